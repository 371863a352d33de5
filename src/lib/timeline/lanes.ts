/** A label hung like a flag from a vertical stem at `at` (time runs towards +), `w` wide. */
export type Flag = { at: number; w: number };
/** Where a flag went: its lane (0 nearest the axis) and its box [from, to] along the axis. */
export type PlacedFlag = { lane: number; from: number; to: number };

/** Two stems closer than this are one shared pole (events on the same day). */
const SAME_POLE = 0.5;

/**
 * Stacks flag labels in lanes above a horizontal axis so that no two boxes overlap and no stem runs
 * through another label. Flags are placed latest first, each in the lowest lane that works, which
 * turns a burst of events into a staircase read from the top down. A flag's box starts at its stem
 * and runs towards later time, or the other way where it would leave [min, max].
 */
export function stackFlags(
  flags: readonly Flag[],
  opts: { min: number; max: number; gap: number; stemGap: number },
): PlacedFlag[] {
  const { min, max, gap, stemGap } = opts;
  const out: PlacedFlag[] = new Array(flags.length);
  const placed: number[] = [];
  const stemHits = (at: number, own: number, box: PlacedFlag) =>
    Math.abs(at - own) >= SAME_POLE && at > box.from - stemGap && at < box.to + stemGap;

  for (let i = flags.length - 1; i >= 0; i--) {
    const { at, w } = flags[i];
    let from = at;
    if (at + w > max) from = Math.max(min, at - w);
    const to = from + w;
    const clashes = (lane: number, stems: boolean) =>
      placed.some((j) => {
        const o = out[j];
        if (o.lane === lane) return !(o.to + gap <= from || to + gap <= o.from);
        if (!stems) return false;
        if (o.lane > lane) return stemHits(flags[j].at, at, { lane, from, to });
        return stemHits(at, flags[j].at, o);
      });
    // A box turned back from the end can sit across other stems in every lane: then only boxes count.
    let lane = 0;
    while (lane <= flags.length && clashes(lane, true)) lane++;
    if (lane > flags.length) for (lane = 0; clashes(lane, false); lane++);
    out[i] = { lane, from, to };
    placed.push(i);
  }
  return out;
}

/** Lanes for time spans (interval colouring, first fit in time order): overlapping spans never share. */
export function spanLanes(spans: readonly (readonly [number, number])[]): number[] {
  const ends: number[] = [];
  return spans.map(([a, b]) => {
    let lane = ends.findIndex((e) => e <= a);
    if (lane === -1) lane = ends.length;
    ends[lane] = b;
    return lane;
  });
}
