import { describe, expect, it } from 'vitest';
import { dropAt, moveItem, nextPlace, stepRow, tapRow, type Working } from './order';

// Four items; `[2, 0, 3, 1]` shows item 2 at the top. (Whether an order question is fair to the
// article is order-fair.spec.ts.)
const w = (order: number[], picked: number): Working => ({ order, picked });

describe('moveItem(order, from, to)', () => {
  it.each([
    ['down', [0, 1, 2, 3], 0, 2, [1, 2, 0, 3]],
    ['up', [0, 1, 2, 3], 3, 1, [0, 3, 1, 2]],
    ['to the top', [2, 0, 3, 1], 3, 0, [1, 2, 0, 3]],
    ['nowhere', [2, 0, 3, 1], 1, 1, [2, 0, 3, 1]],
    ['past the end: nothing', [0, 1, 2, 3], 2, 4, [0, 1, 2, 3]],
    ['above the top: nothing', [0, 1, 2, 3], 0, -1, [0, 1, 2, 3]],
  ])('%s: %j, %d → %d gives %j', (_, order, from, to, out) => {
    const before = order.slice();
    expect(moveItem(order, from, to)).toEqual(out);
    expect(order).toEqual(before);
  });
});

describe('tapRow(working, pos)', () => {
  it.each([
    ['the first tap puts its item at the top', w([0, 1, 2, 3], 0), 2, w([2, 0, 1, 3], 1)],
    ['a tap on the next row places it where it is', w([2, 0, 1, 3], 1), 1, w([2, 0, 1, 3], 2)],
    ['with one row left after it, that one is placed too', w([2, 0, 1, 3], 2), 3, w([2, 0, 3, 1], 4)],
    ['a placed row taken back goes just below the placed ones', w([2, 0, 1, 3], 2), 0, w([0, 2, 1, 3], 1)],
    ['the last placed row taken back stays where it is', w([2, 0, 1, 3], 2), 1, w([2, 0, 1, 3], 1)],
    ['all placed: a tap takes one back', w([3, 2, 1, 0], 4), 1, w([3, 1, 0, 2], 3)],
    ['two items: one tap places both', w([1, 0], 0), 1, w([0, 1], 2)],
  ])('%s', (_, before, pos, after) => expect(tapRow(before, pos)).toEqual(after));

  it('tapping the items in their right order, top to bottom, gives the right order', () => {
    let state = w([3, 1, 0, 2], 0);
    for (const item of [0, 1, 2]) state = tapRow(state, state.order.indexOf(item));
    expect(state).toEqual(w([0, 1, 2, 3], 4));
  });
});

describe('stepRow(working, pos, by)', () => {
  it.each([
    ['up', w([0, 1, 2, 3], 1), 2, -1, w([0, 2, 1, 3], 4)],
    ['down', w([0, 1, 2, 3], 0), 0, 1, w([1, 0, 2, 3], 4)],
    ['up from the top: nothing', w([0, 1, 2, 3], 0), 0, -1, null],
    ['down from the bottom: nothing', w([0, 1, 2, 3], 2), 3, 1, null],
  ] as const)('%s', (_, before, pos, by, after) => expect(stepRow(before, pos, by)).toEqual(after));
});

describe('dropAt(mids, from, y)', () => {
  // Rows 40 px tall, their middles at 20, 60, 100, 140.
  const mids = [20, 60, 100, 140];
  it.each([
    ['held where it was', 1, 55, 1],
    ['within its own row', 1, 75, 1],
    ['over the middle of the row above', 1, 19, 0],
    ['just short of the middle above', 1, 21, 1],
    ['under the middle of the row below', 1, 101, 2],
    ['past two rows', 0, 141, 3],
    ['up from the bottom to the top', 3, 5, 0],
    ['above the list', 2, -50, 0],
    ['below the list', 2, 500, 3],
  ])('%s: row %d at y %d goes to %d', (_, from, y, to) => expect(dropAt(mids, from, y)).toBe(to));
});

describe('nextPlace(working)', () => {
  it.each([
    [w([0, 1, 2, 3], 0), 1],
    [w([2, 0, 1, 3], 2), 3],
    // The last row left: a tap places it last.
    [w([2, 0, 1, 3], 3), 4],
    [w([2, 0, 1, 3], 4), 4],
  ])('%j: %d', (state, place) => expect(nextPlace(state)).toBe(place));
});
