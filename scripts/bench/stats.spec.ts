import { describe, expect, it } from 'vitest';
import { KB, median, pct, round } from './stats.js';

describe('stats', () => {
  it('takes the median of odd and even counts, without sorting the input in place', () => {
    const xs = [3, 1, 2];
    expect(median(xs)).toBe(2);
    expect(xs).toEqual([3, 1, 2]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(pct(xs, 95)).toBe(20);
    expect(pct(xs, 50)).toBe(11);
    expect(pct([], 95)).toBeNull();
  });

  it('rounds and counts kilobytes of 1024 bytes', () => {
    expect(round(1.2345, 2)).toBe(1.23);
    expect(KB(1536)).toBe(1.5);
  });
});
