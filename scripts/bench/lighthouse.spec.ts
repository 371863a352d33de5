import { describe, expect, it } from 'vitest';
import { FIGURES, lighthouseMedians } from './lighthouse.js';

const run = (n: number, failing: string[] = []) => ({
  ...Object.fromEntries(FIGURES.map((k) => [k, n])),
  failing,
});

describe('lighthouseMedians', () => {
  it('takes each figure’s median, and every audit any run failed', () => {
    const m = lighthouseMedians([run(1), run(9, ['color-contrast']), run(5, ['color-contrast'])] as never);
    for (const k of FIGURES) expect(m[k as keyof typeof m]).toBe(5);
    expect(m.failing).toEqual(['color-contrast']);
  });
});
