import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/content';
import { bare, tokenize, wholeWords } from './tokenize';

describe('tokenize', () => {
  it.each([
    ['و«التنظيم» يسيطر', ['و', 'التنظيم', 'يسيطر']],
    ['للدول الـ15 الأعضاء', ['للدول', 'الـ15', 'الأعضاء']],
    ['لـ«تحديد، بأقصى ما يمكن', ['لـ', 'تحديد', 'بأقصى', 'ما', 'يمكن']],
    ['أ.ب', ['أ.ب']],
    ['الشرقي. أ.ب', ['الشرقي', 'أ.ب']],
    ['أميركي - روسي', ['أميركي', 'روسي']],
    ['لمحاسبة (المسؤولين)».', ['لمحاسبة', 'المسؤولين']],
    ['مقتل 51 داعشياً بقصف..', ['مقتل', '51', 'داعشياً', 'بقصف']],
  ])('%s', (text, words) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(words);
  });

  it('keeps where each word stands, so the text around it is untouched', () => {
    for (const s of sentences) {
      for (const t of tokenize(s.ar)) expect(s.ar.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('finds the 461 words of the article', () => {
    expect(sentences.reduce((n, s) => n + tokenize(s.ar).length, 0)).toBe(461);
  });
});

describe('bare', () => {
  it('drops marks and tatweel, keeps letters and digits', () => {
    expect(bare('دَاعِشِيًّا')).toBe('داعشيا');
    expect(bare('الـ15')).toBe('ال15');
    expect(bare('مُقْتَلُ')).toBe('مقتل');
    expect(bare('الرَّحْمٰن')).toBe('الرحمن');
  });
});

describe('wholeWords', () => {
  /** The words a span of `part` (its nth occurrence) covers once widened. */
  const widen = (sentence: string, part: string) => {
    const at = sentence.indexOf(part);
    const { start, end } = wholeWords(sentence, at, at + part.length);
    return sentence.slice(start, end);
  };

  it.each([
    // A clitic before the name: the span takes the whole word.
    ['قصف بحمص أمس', 'حمص', 'بحمص'],
    ['والولايات المتحدة وفرنسا', 'الولايات المتحدة', 'والولايات المتحدة'],
    ['قصف لطائرات التحالف', 'طائرات التحالف', 'لطائرات التحالف'],
    // A span ending inside a word runs to its end; one inside a single word takes all of it.
    ['الولايات المتحدة', 'الولا', 'الولايات'],
    ['بحمص', 'ح', 'بحمص'],
    // Already whole: a quotation mark, a space or the sentence's edge parts it from its neighbours.
    ['و«التنظيم» يسيطر', 'التنظيم', 'التنظيم'],
    ['و«التنظيم» يسيطر', '«التنظيم»', '«التنظيم»'],
    ['لـ«تحديد، بأقصى', 'تحديد', 'تحديد'],
    ['قصف لطائرات التحالف', 'التحالف', 'التحالف'],
    ['حمص', 'حمص', 'حمص'],
  ])('in %s, %s marks %s', (sentence, part, whole) => {
    expect(widen(sentence, part)).toBe(whole);
  });

  it('leaves a span between words as it is', () => {
    expect(wholeWords('بحمص أمس', 4, 5)).toEqual({ start: 4, end: 5 });
  });
});
