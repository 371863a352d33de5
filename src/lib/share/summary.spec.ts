import { describe, expect, it } from 'vitest';
import { createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { questionSummary, summaryParts } from './summary';

const bank = createBank(bankData());

const quote = bank.all.find((q) => q.passage?.t === 'quote')!;
const gap = bank.all.find((q) => q.passage?.t === 'gap')!;
const statement = bank.all.find((q) => q.passage?.t === 'statement')!;

describe('summaryParts(q, lang, max)', () => {
  it('keeps the article’s Arabic apart, marked as Arabic, for quotations and gaps', () => {
    const a = summaryParts(quote, 'en', 400);
    expect(a.detail.startsWith('«')).toBe(true);
    expect(a.detail.endsWith('»')).toBe(true);
    expect(a.detailAr).toBe(true);
    expect(summaryParts(gap, 'en').detailAr).toBe(true);
    expect(summaryParts(statement, 'en').detailAr).toBe(false);
  });

  it('stays within max characters, cutting the detail first, with "…" inside the part that was cut', () => {
    for (const q of bank.all)
      for (const lang of ['ar', 'en'] as const)
        for (const max of [40, 90, 140]) {
          const { prompt, detail } = summaryParts(q, lang, max);
          const line = questionSummary(q, lang, max);
          expect([...line].length, line).toBeLessThanOrEqual(max);
          expect(line).toBe(detail ? `${prompt} ${detail}` : prompt);
        }
    const short = summaryParts(quote, 'en', 90);
    expect(short.detail.endsWith('…')).toBe(true);
    expect(short.detail.startsWith('«')).toBe(true);
  });
});
