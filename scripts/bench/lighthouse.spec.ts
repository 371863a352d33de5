import { describe, expect, it } from 'vitest';
import { FIGURES, lighthouseMedians } from './lighthouse.js';

const run = (n: number, lcpElement: string | null, failing: string[] = []) => ({
  ...Object.fromEntries(FIGURES.map((k) => [k, n])),
  lcpElement,
  failing,
});

describe('lighthouseMedians', () => {
  it('takes each figure’s median, every failed audit, and the element most runs named', () => {
    const m = lighthouseMedians([
      run(1, 'main > svg'),
      run(9, 'h1', ['color-contrast']),
      run(5, 'main > svg'),
    ] as never);
    for (const k of FIGURES) expect(m[k as keyof typeof m]).toBe(5);
    expect(m.lcpElement).toBe('main > svg');
    expect(m.failing).toEqual(['color-contrast']);
  });
});
