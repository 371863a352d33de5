import { describe, expect, it } from 'vitest';
import { dodge } from './dodge';

const gaps = (c: number[], s: number[]) => c.slice(1).map((x, i) => x - s[i + 1] / 2 - (c[i] + s[i] / 2));

describe('dodge(want, size, gap, lo, hi)', () => {
  it.each([
    ['boxes already apart stay where they want to be', [10, 100, 200], [20, 20, 20], 0, [10, 100, 200]],
    ['two on the same spot move apart evenly', [100, 100], [20, 20], 0, [90, 110]],
    ['three on the same spot spread around it', [100, 100, 100], [20, 20, 20], 4, [76, 100, 124]],
    ['a crowd pushes only as far as it must', [0, 10, 200], [20, 20, 20], 0, [-5, 15, 200]],
  ])('%s', (_, want, size, gap, out) => {
    const got = dodge(want, size, gap);
    got.forEach((g, i) => expect(g).toBeCloseTo(out[i], 9));
  });

  it('keeps order and the gap even when the wishes are out of order', () => {
    const size = [30, 50, 20, 40];
    const got = dodge([300, 100, 120, 90], size, 6);
    for (const g of gaps(got, size)) expect(g).toBeGreaterThanOrEqual(6 - 1e-9);
  });

  it('stays inside [lo, hi] when it can', () => {
    const size = [40, 40, 40];
    const got = dodge([0, 0, 300], size, 5, 0, 200);
    expect(got[0] - 20).toBeGreaterThanOrEqual(-1e-9);
    expect(got[2] + 20).toBeLessThanOrEqual(200 + 1e-9);
    for (const g of gaps(got, size)) expect(g).toBeGreaterThanOrEqual(5 - 1e-9);
  });

  it('is least squares: unbounded, the centres keep the mean of the wishes', () => {
    const want = [50, 52, 54, 56];
    const got = dodge(want, [30, 30, 30, 30], 2);
    const mean = (a: number[]) => a.reduce((x, y) => x + y, 0) / a.length;
    expect(mean(got)).toBeCloseTo(mean(want), 9);
  });

  it('takes no boxes', () => {
    expect(dodge([], [], 4)).toEqual([]);
  });
});
