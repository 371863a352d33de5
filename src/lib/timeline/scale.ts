import { DAY, type Span } from './time';

/**
 * Groups spans (sorted by start) into clusters: a new cluster starts wherever the quiet time since
 * everything before exceeds `maxGap` ms. Returns each cluster's extent and the indexes it holds.
 */
export function clusterSpans(spans: readonly Span[], maxGap: number): { extent: Span; members: number[] }[] {
  const out: { extent: [number, number]; members: number[] }[] = [];
  spans.forEach(([a, b], i) => {
    const last = out[out.length - 1];
    if (last && a - last.extent[1] <= maxGap) {
      last.extent[1] = Math.max(last.extent[1], b);
      last.members.push(i);
    } else out.push({ extent: [a, b], members: [i] });
  });
  return out;
}

/**
 * Widens each cluster so its marks do not sit on the edge of its stretch of axis: by `minPad` ms, or
 * `frac` of its length if that is more, rounded out to whole days, never into a neighbour.
 */
export function padExtents(extents: readonly Span[], minPad: number, frac: number): Span[] {
  const padded = extents.map(([a, b]): [number, number] => {
    const pad = Math.max(minPad, (b - a) * frac);
    return [Math.floor((a - pad) / DAY) * DAY, Math.ceil((b + pad) / DAY) * DAY];
  });
  for (let i = 1; i < padded.length; i++) {
    if (padded[i][0] < padded[i - 1][1]) {
      const mid = Math.round((extents[i - 1][1] + extents[i][0]) / 2);
      padded[i - 1][1] = mid;
      padded[i][0] = mid;
    }
  }
  return padded;
}

/**
 * Shares `total` px out in proportion to `weights`, but never less than `mins` (water-filling:
 * pieces held at their minimum drop out and the rest is shared again).
 */
export function allocate(total: number, weights: readonly number[], mins: readonly number[]): number[] {
  const out = weights.map(() => 0);
  const fixed = new Set<number>();
  for (;;) {
    const free = weights.map((_, i) => i).filter((i) => !fixed.has(i));
    const left = total - [...fixed].reduce((s, i) => s + mins[i], 0);
    const w = free.reduce((s, i) => s + weights[i], 0);
    let changed = false;
    for (const i of free) {
      out[i] = w > 0 ? (left * weights[i]) / w : left / free.length;
      if (out[i] < mins[i]) {
        fixed.add(i);
        changed = true;
      }
    }
    for (const i of fixed) out[i] = mins[i];
    if (!changed || fixed.size === weights.length) return out;
  }
}

/** One straight piece of the scale: times t0…t1 drawn from p0 to p1. */
export type Piece = { t0: number; t1: number; p0: number; p1: number };

/** A piecewise-linear time scale with breaks: a function from time to position, and back. */
export type BrokenScale = {
  (t: number): number;
  invert(p: number): number;
  /** The stretches of time shown, in time order. */
  segments: Piece[];
  /** The stretches skipped between segments, in time order: each is drawn as a break. */
  gaps: Piece[];
  /** [position of the earliest time, position of the latest]: [0, w] left to right, [w, 0] right to left. */
  range: [number, number];
};

/**
 * Builds a time scale that shows only `domains` (time-ordered, not overlapping), each over its share of
 * the range (`lengths` px), with `gap` px of break between neighbours. The range runs from `range[0]`
 * (earliest) to `range[1]`: give `[width, 0]` for time that runs right to left.
 */
export function brokenScale(
  domains: readonly Span[],
  lengths: readonly number[],
  range: [number, number],
  gap: number,
): BrokenScale {
  const dir = Math.sign(range[1] - range[0]) || 1;
  const ts: number[] = [];
  const ps: number[] = [];
  let at = range[0];
  domains.forEach(([a, b], i) => {
    if (i > 0) at += dir * gap;
    ts.push(a, b);
    ps.push(at, (at += dir * lengths[i]));
  });
  const segments: Piece[] = domains.map((_, i) => ({
    t0: ts[2 * i],
    t1: ts[2 * i + 1],
    p0: ps[2 * i],
    p1: ps[2 * i + 1],
  }));
  const gaps: Piece[] = segments.slice(1).map((s, i) => ({
    t0: segments[i].t1,
    t1: s.t0,
    p0: segments[i].p1,
    p1: s.p0,
  }));
  const last = ts.length - 1;

  /** Index of the knot interval [i, i+1] holding v in `xs` (ascending or descending), ends extended. */
  function piece(xs: number[], v: number): number {
    const up = xs[last] >= xs[0];
    for (let i = 1; i < last; i++) if (up ? v < xs[i] : v > xs[i]) return i - 1;
    return last - 1;
  }
  function lerp(from: number[], to: number[], v: number): number {
    // Inside a gap the break is crossed in a straight line; beyond either end the segment carries on.
    const i = piece(from, v);
    const f0 = from[i];
    const f1 = from[i + 1];
    return f1 === f0 ? to[i] : to[i] + ((v - f0) / (f1 - f0)) * (to[i + 1] - to[i]);
  }
  const scale = ((t: number) => lerp(ts, ps, t)) as BrokenScale;
  scale.invert = (p: number) => lerp(ps, ts, p);
  scale.segments = segments;
  scale.gaps = gaps;
  scale.range = [range[0], at];
  return scale;
}
