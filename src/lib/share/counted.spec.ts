import { describe, expect, it } from 'vitest';
import { collect } from '$lib/i18n/strings/collect';
import { FORMS, counted, pluralCategory } from './counted';

describe('pluralCategory(n, lang)', () => {
  it('agrees with Intl.PluralRules for every count up to 1,200, in both languages', () => {
    for (const lang of ['ar', 'en'] as const) {
      const rules = new Intl.PluralRules(lang);
      for (let n = 0; n <= 1200; n++) expect(pluralCategory(n, lang), `${lang} ${n}`).toBe(rules.select(n));
    }
  });

  it.each([
    [0, 'zero'],
    [1, 'one'],
    [2, 'two'],
    [3, 'few'],
    [10, 'few'],
    [11, 'many'],
    [28, 'many'],
    [99, 'many'],
    [100, 'other'],
    [102, 'other'],
    [103, 'few'],
    [110, 'few'],
    [111, 'many'],
    [200, 'other'],
  ] as const)('Arabic %i is %s', (n, category) => {
    expect(pluralCategory(n, 'ar')).toBe(category);
  });
});

describe('counted(forms, n, lang)', () => {
  const ar = collect.ar.pasteDamaged;
  it.each([
    [1, 'رابط واحد تالف'],
    [2, 'رابطان تالفان'],
    [3, '{3} روابط تالفة'],
    [11, '{11} رابطاً تالفاً'],
    [100, '{100} رابط تالف'],
    [103, '{103} روابط تالفة'],
  ])('Arabic: %i damaged links', (n, want) => {
    // The digits are the language's own (formatNumber); compared here as Western ones.
    const digits = want.replace(/[{}]/g, '');
    const got = counted(ar, n, 'ar').replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));
    expect(got).toBe(digits);
  });

  it('writes English one and other', () => {
    expect(counted(collect.en.pasteAdded, 1, 'en')).toBe('1 result added');
    expect(counted(collect.en.pasteAdded, 28, 'en')).toBe('28 results added');
    expect(counted(collect.en.pasteAdded, 0, 'en')).toBe('0 results added');
  });

  it('refuses a phrase with the wrong number of forms', () => {
    expect(() => counted('a|b', 3, 'ar')).toThrow(/6 forms/);
  });

  it('every counted phrase of the collect strings has all its forms, in both languages', () => {
    const keys = Object.keys(collect.en).filter((k) =>
      collect.en[k as keyof typeof collect.en].includes('|'),
    );
    expect(keys.length).toBeGreaterThanOrEqual(7);
    for (const lang of ['ar', 'en'] as const)
      for (const k of keys) {
        const forms = collect[lang][k as keyof typeof collect.en].split('|');
        expect(forms, `${lang} ${k}`).toHaveLength(FORMS[lang]);
        expect(forms.every((f) => f.trim().length > 0)).toBe(true);
      }
  });
});
