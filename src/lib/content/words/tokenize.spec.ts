import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/content';
import { bare, tokenize } from './tokenize';

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
