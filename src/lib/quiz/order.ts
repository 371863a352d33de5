/**
 * How a student arranges an order question's items: by tapping them in order, with the up and down
 * buttons, or by dragging. A working order is the items' canonical indices, top first (item i belongs
 * at place i), and `picked` counts the rows at the top placed by taps so far.
 */
export type Working = { order: readonly number[]; picked: number };

/** `order` with the item at `from` moved to `to`; the same order when either is out of range or they are equal. */
export function moveItem(order: readonly number[], from: number, to: number): number[] {
  const next = order.slice();
  if (from === to || Math.min(from, to) < 0 || Math.max(from, to) >= order.length) return next;
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * A tap on the row at `pos`. A row not placed yet takes the next place (and when only one is left
 * after it, that one is placed too); a placed row is taken back, to just below the placed ones.
 */
export function tapRow(w: Working, pos: number): Working {
  const n = w.order.length;
  if (pos >= w.picked) {
    return { order: moveItem(w.order, pos, w.picked), picked: w.picked + 1 >= n - 1 ? n : w.picked + 1 };
  }
  return { order: moveItem(w.order, pos, w.picked - 1), picked: w.picked - 1 };
}

/**
 * The up (-1) or down (+1) button of the row at `pos`: the row swaps with its neighbour, and every
 * row counts as placed from then on. Null at either end, where the button does nothing.
 */
export function stepRow(w: Working, pos: number, by: -1 | 1): Working | null {
  const to = pos + by;
  if (pos < 0 || to < 0 || Math.max(pos, to) >= w.order.length) return null;
  return { order: moveItem(w.order, pos, to), picked: w.order.length };
}

/**
 * Where the row at `from`, dragged to the height `y`, goes among rows whose middles are at `mids`
 * (top first): past every row above whose middle it rose over, or below whose middle it sank under.
 */
export function dropAt(mids: readonly number[], from: number, y: number): number {
  let to = from;
  mids.forEach((mid, i) => {
    if (i < from && y < mid) to = Math.min(to, i);
    if (i > from && y > mid) to = Math.max(to, i);
  });
  return to;
}

/** The place (1-based) a tap on a row not yet placed would give it: the next, or the last one left. */
export function nextPlace(w: Working): number {
  return Math.min(w.picked, w.order.length - 1) + 1;
}
