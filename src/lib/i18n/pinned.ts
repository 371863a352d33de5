import type { Lang } from './lang';

// Whole numbers, calendar days and lengths of time written from tables, not through Intl. On a phone the
// page's first Intl object loads the locale data: 15–20 ms of blocked main thread on a desktop core, four
// times that on a cheap phone, inside the first render of the timeline, the quiz and the composer. The
// tables also pin the text: every device writes «7 Sept 2015» and «7 أغسطس 2015» alike, whatever its
// ICU version. `pinned.spec.ts` checks every form against Intl (the pinned locales in `format.ts`), day by
// day and number by number.
//
// Arabic is written as the article writes it (a UAE paper): Western digits and the month names «مايو»,
// «أغسطس», so a date the UI writes matches the date in the sentence it quotes (convention.spec.ts).

const AR_MONTHS = 'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ');

const MONTHS: Record<Lang, { long: string[]; short: string[] }> = {
  en: {
    long: 'January February March April May June July August September October November December'.split(' '),
    short: 'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' '),
  },
  // Arabic writes the same month name in both widths.
  ar: { long: AR_MONTHS, short: AR_MONTHS },
};

/**
 * Writes a whole number ≥ 0, grouped by thousands unless told not to: «230,000», «2015». Both languages
 * write Western digits and the same separator (the article prints «51», «230 ألف»).
 */
export function integer(n: number, grouping = true): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`not a whole number ≥ 0: ${n}`);
  const s = String(n);
  return grouping ? s.replace(/\B(?=(\d{3})+$)/g, ',') : s;
}

/** The date widths the tables write (the same names as `format.ts`'s styles). */
export type DayStyle = 'long' | 'short' | 'dayMonth' | 'dayMonthShort' | 'monthShort' | 'monthYear' | 'year';

type Parts = { y: number; m: number; d: number };

function parts(date: Date): Parts {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

const monthOf = (p: Parts, lang: Lang, style: DayStyle) =>
  MONTHS[lang][style === 'short' || style === 'dayMonthShort' || style === 'monthShort' ? 'short' : 'long'][
    p.m
  ];

/** One UTC day in a style: «7 August 2015», «7 Aug», «Aug», «August 2015», «2015»; «7 أغسطس 2015» in Arabic. */
export function day(date: Date, lang: Lang, style: DayStyle): string {
  const p = parts(date);
  const d = integer(p.d);
  const y = integer(p.y, false);
  const m = monthOf(p, lang, style);
  switch (style) {
    case 'long':
    case 'short':
      return `${d} ${m} ${y}`;
    case 'dayMonth':
    case 'dayMonthShort':
      return `${d} ${m}`;
    case 'monthShort':
      return m;
    case 'monthYear':
      return `${m} ${y}`;
    case 'year':
      return y;
  }
}

/**
 * Two UTC days as one span, writing once what they share, as CLDR does: «5 – 7 Aug 2015»,
 * «30 Jul – 7 Aug 2015», «30 Dec 2014 – 7 Jan 2015»; Arabic «5–7 أغسطس 2015».
 */
export function dayRange(a: Date, b: Date, lang: Lang, style: 'long' | 'short'): string {
  const p = parts(a);
  const q = parts(b);
  // English sets the dash between thin spaces; Arabic between spaces, or tight between two days.
  const dash = lang === 'en' ? '\u2009–\u2009' : ' – ';
  if (p.y !== q.y) return `${day(a, lang, style)}${dash}${day(b, lang, style)}`;
  if (p.m !== q.m)
    return `${day(a, lang, style === 'short' ? 'dayMonthShort' : 'dayMonth')}${dash}${day(b, lang, style)}`;
  if (p.d === q.d) return day(a, lang, style);
  return `${integer(p.d)}${lang === 'en' ? dash : '–'}${day(b, lang, style)}`;
}

export type TimeUnit = 'year' | 'month' | 'week' | 'day';

const UNITS: Record<
  Lang,
  Record<TimeUnit, { one: string; two?: string; few?: string; many?: string; other: string }>
> = {
  en: {
    year: { one: '# year', other: '# years' },
    month: { one: '# month', other: '# months' },
    week: { one: '# week', other: '# weeks' },
    day: { one: '# day', other: '# days' },
  },
  // CLDR's Arabic plural forms: 1 and 2 are words alone, 3–10 take the plural, 11–99 the accusative
  // singular. Intl writes that tanween on the letter before the alif («شهرًا»); these tables write it on
  // the alif, as the article does («داعشياً», «اتفاقاً»), and the spec checks them against Intl so.
  ar: {
    year: { one: 'سنة', two: 'سنتان', few: '# سنوات', many: '# سنة', other: '# سنة' },
    month: { one: 'شهر', two: 'شهران', few: '# أشهر', many: '# شهراً', other: '# شهر' },
    week: { one: 'أسبوع', two: 'أسبوعان', few: '# أسابيع', many: '# أسبوعاً', other: '# أسبوع' },
    day: { one: 'يوم', two: 'يومان', few: '# أيام', many: '# يوماً', other: '# يوم' },
  },
};

/** The plural categories of CLDR (and of `Intl.PluralRules`). */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The plural category of a whole number ≥ 0, as `Intl.PluralRules` gives it, from CLDR's rules (no Intl
 * object at start-up). Arabic: 0 zero, 1 one, 2 two, and by n % 100: 3–10 few, 11–99 many, else other.
 * English: 1 one, else other; 0 is zero here too, so that «no questions» can be said.
 */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (lang === 'en') return 'other';
  if (n === 2) return 'two';
  const r = n % 100;
  if (r >= 3 && r <= 10) return 'few';
  if (r >= 11 && r <= 99) return 'many';
  return 'other';
}

/** A whole number of units, spelled out: «4 years», «سنتان», «11 شهراً». */
export function units(n: number, unit: TimeUnit, lang: Lang): string {
  const forms: Partial<Record<PluralCategory, string>> & { other: string } = UNITS[lang][unit];
  return (forms[pluralCategory(n, lang)] ?? forms.other).replace('#', integer(n));
}
