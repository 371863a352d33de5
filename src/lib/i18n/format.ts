import type { Lang } from './lang';
import { day, dayRange, integer, type DayStyle } from './pinned';

// Bare 'ar' gives Latin or Arabic-Indic digits depending on the ICU version, and some engines default
// ar-SA to the Hijri calendar. Pin both so every device shows the same digits and the same dates. Arabic
// gets the article's own digits (51, 230, 2015) and its month names («مايو», «أغسطس»: bare 'ar' names
// them so), so that a date the UI writes reads like the date in the sentence it quotes.
//
// There is no setting for Arabic-Indic digits: numbers are also written into the data the build
// prerenders (the map's distances, the timeline's dates) and into hand-written content, and a setting
// would have to rewrite all of those on the phone while leaving the article's quoted words alone.
const LOCALE: Record<Lang, string> = {
  ar: 'ar-u-ca-gregory-nu-latn',
  en: 'en-GB-u-ca-gregory-nu-latn',
};

/** The Intl locale tag for a UI language, with calendar and numbering system pinned. */
export function locale(lang: Lang): string {
  return LOCALE[lang];
}

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dtf(lang: Lang, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...opts });
    cache.set(key, f);
  }
  return f;
}

function nf(lang: Lang, opts: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], opts);
    cache.set(key, f);
  }
  return f;
}

/** A calendar day given as `YYYY-MM-DD` (always UTC, so no device's time zone moves it). */
export function parseDay(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not a day: ${iso}`);
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

/** The day styles of pinned.ts's tables, and two with the weekday, which Intl writes. */
type DateStyle = DayStyle | 'full' | 'weekday';

const WEEKDAY_STYLES: Record<'full' | 'weekday', Intl.DateTimeFormatOptions> = {
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  weekday: { weekday: 'long' },
};

/** Formats a UTC date in the UI language: `formatDate(d, 'ar', 'long')` → «7 أغسطس 2015». */
export function formatDate(date: Date | string, lang: Lang, style: DateStyle = 'long'): string {
  const d = typeof date === 'string' ? parseDay(date) : date;
  // Days, months and years come from pinned.ts's tables; only weekdays need Intl.
  return style === 'full' || style === 'weekday'
    ? dtf(lang, WEEKDAY_STYLES[style]).format(d)
    : day(d, lang, style);
}

/** Formats any DateTimeFormat options in the UI language (UTC). */
export function formatDateWith(date: Date, lang: Lang, opts: Intl.DateTimeFormatOptions): string {
  return dtf(lang, opts).format(date);
}

const MOMENT: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
};
const moments = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment on the device's clock (an attempt taken, a result received) in the device's own time zone:
 * «7 أغسطس، 14:05». Not for the article's dates, which are calendar days (`formatDate`, UTC). With
 * `year`, the year too (an attempt list that may span years).
 */
export function formatMoment(ms: number, lang: Lang, year = false): string {
  const key = `${lang}|${String(year)}`;
  let f = moments.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], year ? { ...MOMENT, year: 'numeric' } : MOMENT);
    moments.set(key, f);
  }
  return f.format(ms);
}

/** A day range, collapsing what the two ends share: «5 – 7 August 2015», «5–7 أغسطس 2015». */
export function formatDayRange(
  start: Date | string,
  end: Date | string,
  lang: Lang,
  style: 'long' | 'short' = 'long',
): string {
  const a = typeof start === 'string' ? parseDay(start) : start;
  const b = typeof end === 'string' ? parseDay(end) : end;
  return dayRange(a, b, lang, style);
}

/** Formats a number as the UI language writes it: `formatNumber(230000, 'ar')` → «230,000». */
export function formatNumber(n: number, lang: Lang, opts: Intl.NumberFormatOptions = {}): string {
  // Counts, years and ids (whole, ≥ 0, plain) from pinned.ts's table; anything else through Intl.
  const keys = Object.keys(opts);
  const plain = keys.length === 0 || (keys.length === 1 && typeof opts.useGrouping === 'boolean');
  if (plain && Number.isSafeInteger(n) && n >= 0) return integer(n, opts.useGrouping !== false);
  return nf(lang, opts).format(n);
}

/** "3 / 10" style counters. */
export function formatFraction(a: number, b: number, lang: Lang): string {
  return `${formatNumber(a, lang)} / ${formatNumber(b, lang)}`;
}

/** A percentage from a 0–1 ratio. */
export function formatPercent(ratio: number, lang: Lang): string {
  return nf(lang, { style: 'percent', maximumFractionDigits: 0 }).format(ratio);
}

/** Removes bidi marks Intl may add (e.g. U+200E before a minus), for comparisons in tests. */
export function stripBidiMarks(s: string): string {
  return s.replace(/[\u200e\u200f\u061c]/g, '');
}
