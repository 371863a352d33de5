import { describe, expect, it } from 'vitest';
import { spanLanes, stackFlags, type Flag, type PlacedFlag } from './lanes';

const opts = { min: 0, max: 1000, gap: 8, stemGap: 4 };

/** Fails if two boxes share a lane and touch, or a stem runs through someone else's box. */
function expectClean(flags: Flag[], out: PlacedFlag[]) {
  out.forEach((a, i) => {
    expect(a.to - a.from).toBeCloseTo(flags[i].w, 9);
    expect(a.from).toBeGreaterThanOrEqual(opts.min);
    expect(a.to).toBeLessThanOrEqual(opts.max);
    out.forEach((b, j) => {
      if (i === j) return;
      if (a.lane === b.lane) expect(a.to + opts.gap <= b.from || b.to + opts.gap <= a.from).toBe(true);
      // Stem j runs from the axis up to lane b.lane; it must miss every box below that.
      const at = flags[j].at;
      if (a.lane < b.lane && Math.abs(at - flags[i].at) >= 0.5)
        expect(at <= a.from - 4 || at >= a.to + 4).toBe(true);
    });
  });
}

describe('stackFlags(flags, opts)', () => {
  it.each<[string, Flag[]]>([
    [
      'far apart: one lane',
      [
        { at: 10, w: 100 },
        { at: 400, w: 100 },
        { at: 800, w: 100 },
      ],
    ],
    [
      'a burst on one day: a shared pole',
      [
        { at: 500, w: 150 },
        { at: 500, w: 120 },
        { at: 500, w: 200 },
      ],
    ],
    [
      'a burst over three days: a staircase',
      [
        { at: 500, w: 200 },
        { at: 500, w: 160 },
        { at: 500, w: 220 },
        { at: 620, w: 220 },
        { at: 740, w: 240 },
      ],
    ],
    [
      'near the end a box turns back',
      [
        { at: 700, w: 200 },
        { at: 950, w: 200 },
      ],
    ],
  ])('%s: no overlaps, no stem through a label', (_, flags) => {
    expectClean(flags, stackFlags(flags, opts));
  });

  it('puts later flags nearer the axis in a burst', () => {
    const out = stackFlags(
      [
        { at: 500, w: 200 },
        { at: 620, w: 200 },
        { at: 740, w: 200 },
      ],
      opts,
    );
    expect(out.map((o) => o.lane)).toEqual([2, 1, 0]);
  });

  it('starts each box at its stem, towards later time', () => {
    const [o] = stackFlags([{ at: 100, w: 50 }], opts);
    expect([o.from, o.to]).toEqual([100, 150]);
  });
});

describe('spanLanes(spans)', () => {
  it.each([
    [
      'disjoint spans share lane 0',
      [
        [0, 1],
        [2, 3],
      ],
      [0, 0],
    ],
    [
      'overlapping spans take separate lanes',
      [
        [0, 3],
        [1, 2],
        [2, 4],
      ],
      [0, 1, 1],
    ],
    [
      'a span starting where another ends reuses its lane',
      [
        [0, 2],
        [2, 3],
      ],
      [0, 0],
    ],
  ])('%s', (_, spans, lanes) => {
    expect(spanLanes(spans as [number, number][])).toEqual(lanes);
  });
});
