import { describe, expect, it } from 'vitest';
import { dropOverlaps, extentOf, pickStep, STEPS, tickTimes, type AxisLabel } from './ticks';
import { DAY, dayStart, isoDay } from './time';

describe('pickStep(pxPerDay, need)', () => {
  it.each([
    [100, 40, 'day', 1],
    [30, 40, 'day', 2],
    [10, 40, 'day', 7],
    [3, 40, 'month', 1],
    [0.5, 40, 'month', 3],
    [0.2, 40, 'year', 1],
  ])('at %f px a day, with %i px per tick, picks every %i %s', (ppd, need, unit, every) => {
    expect(pickStep(ppd, () => need)).toMatchObject({ unit, every });
  });

  it('picks nothing when even years would crowd', () => {
    expect(pickStep(0.001, () => 40)).toBeNull();
  });
});

describe('tickTimes(step, t0, t1)', () => {
  it('puts day ticks at noon, the middle of the day a mark stands for', () => {
    const ts = tickTimes(STEPS[0], dayStart('2015-08-05'), dayStart('2015-08-08'));
    expect(ts.map(isoDay)).toEqual(['2015-08-05', '2015-08-06', '2015-08-07']);
    for (const t of ts) expect(t % DAY).toBe(DAY / 2);
  });

  it('puts month ticks on the first of the month', () => {
    const month = STEPS.find((s) => s.unit === 'month' && s.every === 1)!;
    const ts = tickTimes(month, dayStart('2015-05-18'), dayStart('2015-08-09'));
    expect(ts.map(isoDay)).toEqual(['2015-06-01', '2015-07-01', '2015-08-01']);
  });
});

describe('dropOverlaps(labels, gap, min, max)', () => {
  const l = (key: string, kind: AxisLabel['kind'], at: number, size = 40, row = 0): AxisLabel => ({
    key,
    kind,
    text: key,
    at,
    size,
    align: 'center',
    row,
  });

  it('keeps breaks before years before ticks', () => {
    const kept = dropOverlaps([l('t', 'tick', 100), l('y', 'year', 110), l('g', 'gap', 120)], 4, 0, 500);
    expect(kept.map((k) => k.key)).toEqual(['g']);
  });

  it('keeps ticks that do not touch, in order', () => {
    const kept = dropOverlaps([l('a', 'tick', 100), l('b', 'tick', 130), l('c', 'tick', 160)], 4, 0, 500);
    expect(kept.map((k) => k.key)).toEqual(['a', 'c']);
  });

  it('lets different rows overlap', () => {
    expect(dropOverlaps([l('a', 'tick', 100, 40, 0), l('b', 'year', 100, 40, 1)], 4, 0, 500)).toHaveLength(2);
  });

  it('drops what would leave the axis', () => {
    expect(dropOverlaps([l('a', 'tick', 10), l('b', 'tick', 495)], 4, 0, 500)).toEqual([]);
  });

  it('reads extents by alignment', () => {
    expect(extentOf({ ...l('a', 'year', 100), align: 'forward' })).toEqual([100, 140]);
    expect(extentOf({ ...l('a', 'year', 100), align: 'backward' })).toEqual([60, 100]);
  });
});
