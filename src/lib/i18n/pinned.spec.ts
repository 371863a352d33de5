import { describe, expect, it } from 'vitest';
import { locale } from './format';
import type { Lang } from './lang';
import { day, dayRange, integer, pluralCategory, units, type DayStyle, type TimeUnit } from './pinned';

// The tables must write exactly what Intl writes with the pinned locales (Node's ICU here).
const LANGS: Lang[] = ['en', 'ar'];
const OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayMonthShort: { day: 'numeric', month: 'short' },
  monthShort: { month: 'short' },
  monthYear: { month: 'long', year: 'numeric' },
  year: { year: 'numeric' },
};
const intl = (lang: Lang, opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', ...opts });
const DAY = 86_400_000;

/** Every day from 2009 to 2017 (the article's events run 2011–2015). */
const days = Array.from({ length: 9 * 366 }, (_, i) => new Date(Date.UTC(2009, 0, 1) + i * DAY));

describe('integer', () => {
  const numbers = [
    ...Array.from({ length: 2000 }, (_, i) => i),
    9999,
    10_000,
    12_345,
    99_999,
    100_000,
    230_000,
    1_000_000,
    1_234_567,
    2 ** 31,
    Number.MAX_SAFE_INTEGER,
  ];
  for (const lang of LANGS) {
    it(`writes whole numbers as Intl does, grouped and not (${lang})`, () => {
      const grouped = new Intl.NumberFormat(locale(lang));
      const plain = new Intl.NumberFormat(locale(lang), { useGrouping: false });
      for (const n of numbers) {
        expect(integer(n)).toBe(grouped.format(n));
        expect(integer(n, false)).toBe(plain.format(n));
      }
    });
  }

  it('refuses what it cannot write exactly', () => {
    for (const n of [-1, 1.5, NaN, Infinity, 2 ** 53]) expect(() => integer(n)).toThrow(RangeError);
  });

  it('writes the article’s digits in both languages', () => {
    expect(integer(230_000)).toBe('230,000');
    expect(integer(2015, false)).toBe('2015');
    expect(integer(51)).toBe('51');
  });
});

describe('day', () => {
  for (const lang of LANGS)
    for (const style of Object.keys(OPTIONS) as DayStyle[])
      it(`writes every day of 2009–2017 as Intl does: ${style} (${lang})`, () => {
        const f = intl(lang, OPTIONS[style]);
        for (const d of days) expect(day(d, lang, style)).toBe(f.format(d));
      });

  it('writes the article’s day as FACTS.md gives it', () => {
    const d = new Date(Date.UTC(2015, 7, 7));
    expect(day(d, 'en', 'long')).toBe('7 August 2015');
    expect(day(d, 'ar', 'long')).toBe('7 أغسطس 2015');
    expect(day(new Date(Date.UTC(2015, 4, 21)), 'ar', 'dayMonth')).toBe('21 مايو');
    expect(day(new Date(Date.UTC(2015, 8, 1)), 'en', 'short')).toBe('1 Sept 2015');
  });
});

describe('dayRange', () => {
  // Pairs across a day, a month and a year boundary, from one start a week into each month.
  const starts = days.filter((d) => d.getUTCDate() === 7 || d.getUTCDate() === 28);
  const lengths = [0, 1, 2, 6, 20, 40, 100, 200, 400, 1000];
  for (const lang of LANGS)
    for (const style of ['long', 'short'] as const)
      it(`writes spans as Intl's formatRange does: ${style} (${lang})`, () => {
        const f = intl(lang, OPTIONS[style]);
        for (const a of starts)
          for (const n of lengths) {
            const b = new Date(a.getTime() + n * DAY);
            expect(dayRange(a, b, lang, style)).toBe(f.formatRange(a, b));
          }
      });
});

describe('units', () => {
  const UNITS: TimeUnit[] = ['year', 'month', 'week', 'day'];
  // Intl writes the tanween before the alif («شهرًا»); the tables write it on the alif, as the article.
  const tanweenOnAlif = (s: string) => s.replace(/\u064bا/g, 'ا\u064b');
  for (const lang of LANGS)
    for (const unit of UNITS)
      it(`spells out 0–250 ${unit}s as Intl does (${lang})`, () => {
        const f = new Intl.NumberFormat(locale(lang), { style: 'unit', unit, unitDisplay: 'long' });
        for (let n = 0; n <= 250; n++) expect(units(n, unit, lang)).toBe(tanweenOnAlif(f.format(n)));
      });

  it('writes the tanween on the alif, as the article does', () => {
    expect(units(11, 'month', 'ar')).toBe('11 شهراً');
    expect(units(2, 'year', 'ar')).toBe('سنتان');
    expect(units(4, 'year', 'ar')).toBe('4 سنوات');
  });
});

describe('pluralCategory', () => {
  it('gives every whole number from 0 to 10,000 the category Intl.PluralRules gives (ar)', () => {
    const rules = new Intl.PluralRules('ar');
    for (let n = 0; n <= 10_000; n++) expect(pluralCategory(n, 'ar'), String(n)).toBe(rules.select(n));
  });

  it('gives English one and other as Intl.PluralRules does, and zero for 0', () => {
    const rules = new Intl.PluralRules('en');
    for (let n = 1; n <= 1000; n++) expect(pluralCategory(n, 'en')).toBe(rules.select(n));
    expect(pluralCategory(0, 'en')).toBe('zero');
  });
});
