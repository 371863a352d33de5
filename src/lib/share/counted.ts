import type { Lang } from '$lib/i18n/lang';
import { fill } from '$lib/i18n/strings';
import { formatNumber } from '$lib/i18n/format';

/*
 * Counted nouns. Arabic agrees a noun with its number in six ways (CLDR plural categories: 0, 1, 2,
 * 3–10, 11–99, and 100, 101, 102, 200…), English in two. A counted phrase is kept in the strings as
 * its forms joined by `|`: Arabic `zero|one|two|few|many|other`, English `one|other`.
 */

export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

const ORDER: Record<Lang, PluralCategory[]> = {
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  en: ['one', 'other'],
};

/** How many forms a counted phrase has in each language. */
export const FORMS: Record<Lang, number> = { ar: ORDER.ar.length, en: ORDER.en.length };

/** The plural category of a whole number ≥ 0, as `Intl.PluralRules` gives it (without its start-up cost). */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  const r = n % 100;
  if (r >= 3 && r <= 10) return 'few';
  if (r >= 11) return 'many';
  return 'other';
}

/** The form of a counted phrase for `n`, with `{n}` written in the language's digits. */
export function counted(forms: string, n: number, lang: Lang): string {
  const list = forms.split('|');
  if (list.length !== FORMS[lang])
    throw new Error(`a ${lang} counted phrase needs ${FORMS[lang]} forms: ${forms}`);
  return fill(list[ORDER[lang].indexOf(pluralCategory(n, lang))], { n: formatNumber(n, lang) });
}
