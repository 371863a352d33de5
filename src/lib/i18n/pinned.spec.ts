import { describe, expect, it } from 'vitest';
import { locale } from './format';
import type { Lang } from './lang';
import { day, dayRange, integer, units, type DayStyle, type TimeUnit } from './pinned';

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
        expect(integer(n, lang)).toBe(grouped.format(n));
        expect(integer(n, lang, false)).toBe(plain.format(n));
      }
    });
  }

  it('refuses what it cannot write exactly', () => {
    for (const n of [-1, 1.5, NaN, Infinity, 2 ** 53]) expect(() => integer(n, 'en')).toThrow(RangeError);
  });

  it('uses Arabic-Indic digits and the Arabic thousands separator in Arabic', () => {
    expect(integer(230_000, 'ar')).toBe('٢٣٠٬٠٠٠');
    expect(integer(2015, 'ar', false)).toBe('٢٠١٥');
    expect(integer(51, 'en')).toBe('51');
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
    expect(day(d, 'ar', 'long')).toBe('٧ أغسطس ٢٠١٥');
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
  for (const lang of LANGS)
    for (const unit of UNITS)
      it(`spells out 1–250 ${unit}s as Intl does (${lang})`, () => {
        const f = new Intl.NumberFormat(locale(lang), { style: 'unit', unit, unitDisplay: 'long' });
        for (let n = 1; n <= 250; n++) expect(units(n, unit, lang)).toBe(f.format(n));
      });
});
