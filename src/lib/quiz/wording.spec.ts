import { describe, expect, it } from 'vitest';
import { createBank } from './bank';
import { bankData } from './build-bank';
import { answerText, countText, questionSummary, rightAnswerText, summaryParts } from './wording';

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

describe('the words for a question’s answers and count', () => {
  it('countText(n, lang) agrees numbers with nouns in Arabic', () => {
    expect(countText(48, 'ar')).toBe('48 سؤالاً');
    expect(countText(10, 'ar')).toBe('10 أسئلة');
    expect(countText(1, 'ar')).toBe('سؤال واحد');
    expect(countText(2, 'ar')).toBe('سؤالان');
    expect(countText(100, 'ar')).toBe('100 سؤال');
    expect(countText(103, 'ar')).toBe('103 أسئلة');
    expect(countText(48, 'en')).toBe('48 questions');
  });

  it('answerText and rightAnswerText put answers in words', () => {
    const tf = bank.byId('truefalse.vote-done')!;
    expect(answerText(tf, true, 'en')).toBe('True');
    expect(rightAnswerText(tf, 'ar')).toBe('خطأ');
    const order = bank.byId('order.events')!;
    expect(rightAnswerText(order, 'en').split(' → ')[0]).toBe('The group seizes Palmyra');
    expect(answerText(order, null, 'en')).toBe('Not answered');
    expect(answerText(bank.byId('number.n-15')!, 0, 'ar')).toBe('15');
  });
});
