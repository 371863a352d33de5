import { describe, expect, it } from 'vitest';
import { count, countPhrase } from './count';
import { collect } from './strings/collect';
import { counts, type Noun } from './strings/counts';

// One number of each Arabic plural category, and the 100s where the remainder decides (103: few, 111:
// many), with the form a careful Arabic teacher writes for each noun.
const AR: Record<Noun, [number, string][]> = {
  question: [
    [0, 'لا أسئلة'],
    [1, 'سؤال واحد'],
    [2, 'سؤالان'],
    [3, '3 أسئلة'],
    [10, '10 أسئلة'],
    [11, '11 سؤالاً'],
    [48, '48 سؤالاً'],
    [99, '99 سؤالاً'],
    [100, '100 سؤال'],
    [102, '102 سؤال'],
    [103, '103 أسئلة'],
    [110, '110 أسئلة'],
    [111, '111 سؤالاً'],
    [200, '200 سؤال'],
  ],
  student: [
    [0, 'لا طلاب'],
    [1, 'طالب واحد'],
    [2, 'طالبان'],
    [7, '7 طلاب'],
    [25, '25 طالباً'],
    [100, '100 طالب'],
    [105, '105 طلاب'],
    [120, '120 طالباً'],
  ],
  character: [
    [0, 'لا أحرف'],
    [1, 'حرف واحد'],
    [2, 'حرفان'],
    [9, '9 أحرف'],
    [61, '61 حرفاً'],
    [100, '100 حرف'],
    [104, '104 أحرف'],
    [137, '137 حرفاً'],
    [200, '200 حرف'],
  ],
  minute: [
    [0, '0 دقيقة'],
    [1, 'دقيقة واحدة'],
    [2, 'دقيقتان'],
    [5, '5 دقائق'],
    [12, '12 دقيقة'],
    [100, '100 دقيقة'],
    [103, '103 دقائق'],
    [111, '111 دقيقة'],
  ],
  card: [
    [0, 'لا بطاقات'],
    [1, 'بطاقة واحدة'],
    [2, 'بطاقتان'],
    [6, '6 بطاقات'],
    [16, '16 بطاقة'],
    [100, '100 بطاقة'],
    [104, '104 بطاقات'],
    [116, '116 بطاقة'],
  ],
  km: [
    [0, '0 كيلومتر'],
    [1, 'كيلومتر واحد'],
    [2, 'كيلومتران'],
    [3, '3 كيلومترات'],
    [74, '74 كيلومتراً'],
    [101, '101 كيلومتر'],
    [106, '106 كيلومترات'],
    [119, '119 كيلومتراً'],
    [200, '200 كيلومتر'],
    [6949, '6,949 كيلومتراً'],
  ],
};

describe('count(n, noun, lang)', () => {
  for (const noun of Object.keys(AR) as Noun[])
    it(`agrees «${noun}» with its number in each Arabic plural category`, () => {
      for (const [n, text] of AR[noun]) expect(count(n, noun, 'ar'), String(n)).toBe(text);
    });

  it('covers every category for every noun, in both languages (zero, one, two, few, many, other)', () => {
    for (const noun of Object.keys(AR) as Noun[]) {
      const nums = AR[noun].map(([n]) => n);
      const rules = new Intl.PluralRules('ar');
      expect(new Set(nums.map((n) => rules.select(n))).size, noun).toBe(6);
    }
    for (const lang of ['ar', 'en'] as const)
      for (const [key, form] of Object.entries(counts[lang]))
        if (/_(few|many|other)$/.test(key)) expect(form, `${lang} ${key}`).toContain('{n}');
  });

  it('writes English with one and other', () => {
    expect(count(1, 'question', 'en')).toBe('1 question');
    expect(count(2, 'question', 'en')).toBe('2 questions');
    expect(count(48, 'question', 'en')).toBe('48 questions');
    expect(count(0, 'question', 'en')).toBe('no questions');
    expect(count(1, 'student', 'en')).toBe('1 student');
    expect(count(61, 'character', 'en')).toBe('61 characters');
    expect(count(12, 'minute', 'en')).toBe('12 min');
    expect(count(1234, 'km', 'en')).toBe('1,234 km');
  });

  it('refuses a number it cannot count', () => {
    for (const n of [-1, 1.5, NaN]) expect(() => count(n, 'question', 'ar')).toThrow(RangeError);
  });
});

describe('countPhrase(n, table, key, lang): a feature’s own counted phrases', () => {
  it.each([
    [0, 'لا روابط تالفة'],
    [1, 'رابط واحد تالف'],
    [2, 'رابطان تالفان'],
    [3, '3 روابط تالفة'],
    [11, '11 رابطاً تالفاً'],
    [100, '100 رابط تالف'],
    [103, '103 روابط تالفة'],
    [111, '111 رابطاً تالفاً'],
  ])('Arabic: %i damaged links', (n, text) => {
    expect(countPhrase(n, collect.ar, 'pasteDamaged', 'ar')).toBe(text);
  });

  it('agrees the verb and the noun of a phrase: «أُضيفت نتيجتان», «أُضيفت 28 نتيجة»', () => {
    expect(countPhrase(2, collect.ar, 'scanCount', 'ar')).toBe('أُضيفت نتيجتان');
    expect(countPhrase(5, collect.ar, 'scanCount', 'ar')).toBe('أُضيفت 5 نتائج');
    expect(countPhrase(28, collect.ar, 'pasteAdded', 'ar')).toBe('أُضيفت 28 نتيجة');
    expect(countPhrase(4, collect.ar, 'pasteForeign', 'ar')).toBe('لم تُقرأ 4 روابط من موقع آخر');
    expect(countPhrase(12, collect.ar, 'pasteForeign', 'ar')).toBe('لم يُقرأ 12 رابطاً من موقع آخر');
  });

  it('writes English with one and other, 0 as a tally', () => {
    expect(countPhrase(1, collect.en, 'pasteAdded', 'en')).toBe('1 result added');
    expect(countPhrase(28, collect.en, 'pasteAdded', 'en')).toBe('28 results added');
    expect(countPhrase(1234, collect.en, 'pasteAdded', 'en')).toBe('1,234 results added');
    expect(countPhrase(0, collect.en, 'pasteAdded', 'en')).toBe('0 results added');
  });

  it('refuses a table missing a form, and a number it cannot count', () => {
    const partial = { x_one: 'one', x_other: '{n}' } as unknown as Parameters<typeof countPhrase>[1];
    expect(() => countPhrase(3, partial, 'x', 'ar')).toThrow(/x_few/);
    expect(() => countPhrase(-1, collect.ar, 'scanCount', 'ar')).toThrow(RangeError);
  });

  it('every counted phrase of the collect strings has all six forms, in both languages, with its number', () => {
    const keys = Object.keys(collect.en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.replace(/_other$/, ''));
    expect(keys.length).toBeGreaterThanOrEqual(7);
    for (const lang of ['ar', 'en'] as const)
      for (const key of keys)
        for (const c of ['zero', 'one', 'two', 'few', 'many', 'other']) {
          const form = (collect[lang] as Record<string, string>)[`${key}_${c}`];
          expect(form?.trim(), `${lang} ${key}_${c}`).toBeTruthy();
          if (['few', 'many', 'other'].includes(c)) expect(form, `${lang} ${key}_${c}`).toContain('{n}');
        }
  });
});
