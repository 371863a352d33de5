import { formatDate, formatNumber } from '$lib/i18n/format';
import { fill } from '$lib/i18n/strings';
import type { Lang } from '$lib/i18n/lang';
import type { Label, Rich } from './types';

const ORD_EN = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
// Masculine, definite: «عامها الخامس» (its fifth year).
const ORD_AR = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
  'الحادي عشر',
  'الثاني عشر',
  'الثالث عشر',
  'الرابع عشر',
  'الخامس عشر',
  'السادس عشر',
  'السابع عشر',
  'الثامن عشر',
  'التاسع عشر',
  'العشرون',
];

/** The highest n a `year-ord` label can show. */
export const MAX_ORDINAL = ORD_EN.length;

/** Whether a label can be shown at all (ordinals only go up to twenty). */
export function isShowable(label: Label): boolean {
  return label.t !== 'year-ord' || (Number.isInteger(label.n) && label.n >= 1 && label.n <= MAX_ORDINAL);
}

/** A label as text in the UI language: days as «21 مايو» / "21 May", numbers in the article's digits. */
export function labelText(label: Label, lang: Lang): string {
  switch (label.t) {
    case 'text':
      return label[lang];
    case 'arabic':
      return label.ar;
    case 'day':
      return formatDate(label.day, lang, 'dayMonth');
    case 'num':
      return formatNumber(label.n, lang);
    case 'year-ord':
      return lang === 'ar' ? `عامها ${ORD_AR[label.n - 1]}` : `its ${ORD_EN[label.n - 1]} year`;
  }
}

/** Whether a label is Arabic words whatever the UI language (to mark it `lang="ar"`). */
export function isArabicLabel(label: Label): boolean {
  return label.t === 'arabic';
}

/** A rich text in the UI language, its slots filled. */
export function richText(r: Rich, lang: Lang): string {
  if (!r.slots) return r[lang];
  const values: Record<string, string> = {};
  for (const [k, l] of Object.entries(r.slots)) values[k] = labelText(l, lang);
  return fill(r[lang], values);
}

/** A plain two-language text as a label. */
export function text(ar: string, en: string): Label {
  return { t: 'text', ar, en };
}
