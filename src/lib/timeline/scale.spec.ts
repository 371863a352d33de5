import { describe, expect, it } from 'vitest';
import { allocate, brokenScale, clusterSpans, padExtents } from './scale';
import { DAY, dayStart, type Span } from './time';

const d = (iso: string) => dayStart(iso);
const span = (a: string, b: string): Span => [d(a), d(b) + DAY];

describe('clusterSpans(spans, maxGap)', () => {
  it.each([
    ['one span', [span('2015-08-05', '2015-08-05')], [[0]]],
    [
      'close spans together, a far one apart',
      [span('2015-08-05', '2015-08-05'), span('2015-08-05', '2015-08-07'), span('2015-10-01', '2015-10-01')],
      [[0, 1], [2]],
    ],
    [
      'a long span bridges what follows it',
      [span('2015-01-01', '2015-06-30'), span('2015-06-01', '2015-06-01'), span('2015-07-15', '2015-07-15')],
      [[0, 1, 2]],
    ],
  ])('%s', (_, spans, groups) => {
    expect(clusterSpans(spans, 30 * DAY).map((c) => c.members)).toEqual(groups);
  });

  it('gives each cluster the extent of its members', () => {
    const [c] = clusterSpans([span('2015-08-05', '2015-08-06'), span('2015-08-05', '2015-08-07')], DAY);
    expect(c.extent).toEqual([d('2015-08-05'), d('2015-08-08')]);
  });
});

describe('padExtents(extents, minPad, frac)', () => {
  it('pads by whole days, at least minPad, or frac of the length', () => {
    expect(padExtents([span('2015-08-05', '2015-08-07')], DAY, 0.1)).toEqual([
      [d('2015-08-04'), d('2015-08-09')],
    ]);
    expect(padExtents([span('2015-05-21', '2015-06-09')], DAY, 0.15)).toEqual([
      [d('2015-05-18'), d('2015-06-13')],
    ]);
  });

  it('never lets two padded extents overlap', () => {
    const out = padExtents([span('2015-08-01', '2015-08-01'), span('2015-08-04', '2015-08-04')], 5 * DAY, 0);
    expect(out[0][1]).toBeLessThanOrEqual(out[1][0]);
  });
});

describe('allocate(total, weights, mins)', () => {
  it.each([
    [100, [1, 1], [0, 0], [50, 50]],
    [100, [1, 3], [0, 0], [25, 75]],
    [100, [1, 9], [30, 0], [30, 70]],
    [100, [1, 1, 8], [20, 20, 0], [20, 20, 60]],
  ])('shares %i by %j with minimums %j', (total, weights, mins, want) => {
    const got = allocate(total, weights, mins);
    got.forEach((g, i) => expect(g).toBeCloseTo(want[i], 9));
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(total, 9);
  });
});

describe('brokenScale(domains, lengths, range, gap)', () => {
  const domains: Span[] = [span('2011-03-14', '2011-03-16'), span('2015-08-04', '2015-08-08')];
  const ltr = brokenScale(domains, [100, 200], [10, 350], 40);
  const rtl = brokenScale(domains, [100, 200], [350, 10], 40);

  it('draws each segment over its length, with the gap between', () => {
    expect(ltr.segments.map((s) => [s.p0, s.p1])).toEqual([
      [10, 110],
      [150, 350],
    ]);
    expect(ltr.gaps).toEqual([{ t0: domains[0][1], t1: domains[1][0], p0: 110, p1: 150 }]);
  });

  it('runs right to left from the range [width, 0], not by mirroring', () => {
    expect(rtl.segments.map((s) => [s.p0, s.p1])).toEqual([
      [350, 250],
      [210, 10],
    ]);
    expect(rtl(d('2015-08-06'))).toBeLessThan(rtl(d('2011-03-15')));
  });

  it.each([
    ['2011-03-15', 'inside the first segment'],
    ['2013-01-01', 'inside the break'],
    ['2015-08-06', 'inside the second segment'],
    ['2015-09-01', 'past the end'],
    ['2010-01-01', 'before the start'],
  ])('inverts itself at %s (%s)', (iso) => {
    for (const s of [ltr, rtl]) expect(s.invert(s(d(iso)))).toBeCloseTo(d(iso), -1);
  });

  it('keeps time order: later is always further along the range', () => {
    const times = [
      '2010-06-01',
      '2011-03-14',
      '2011-03-15',
      '2012-01-01',
      '2015-08-05',
      '2015-08-06',
      '2016-01-01',
    ];
    const ps = times.map((t) => ltr(d(t)));
    expect([...ps].sort((a, b) => a - b)).toEqual(ps);
  });

  it('carries on past either end with the nearest segment’s density', () => {
    const perDay = 200 / 5;
    expect(ltr(d('2015-08-10'))).toBeCloseTo(350 + perDay, 6);
  });
});
