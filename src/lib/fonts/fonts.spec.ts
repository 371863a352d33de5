import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { usedArabic, BASE } from '../../../scripts/subset-fonts.js';

const coverage: number[] = JSON.parse(readFileSync(new URL('./coverage.json', import.meta.url), 'utf8'));

describe('the subset Arabic font', () => {
  it('covers every Arabic-script character the app’s source uses (else run scripts/subset-fonts.js)', () => {
    const have = new Set(coverage);
    const missing = [...usedArabic()].filter((c) => !have.has(c));
    expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
  });

  it('keeps the basic Arabic letters, digits and punctuation for text people type', () => {
    const have = new Set(coverage);
    for (const c of BASE) expect(have.has(c), `U+${c.toString(16)}`).toBe(true);
    for (const ch of 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢٣٤٥٦٧٨٩،؟«»')
      expect(have.has(ch.codePointAt(0)!)).toBe(true);
  });

  it('is small: each weight under 20 KB', () => {
    for (const w of [400, 700])
      expect(readFileSync(new URL(`./naskh-${w}.woff2`, import.meta.url)).length).toBeLessThan(20_000);
  });
});
