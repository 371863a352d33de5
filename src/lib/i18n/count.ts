import type { Lang } from './lang';
import { integer, pluralCategory, type PluralCategory } from './pinned';
import { counts, type Noun } from './strings/counts';

/** A counted phrase in a strings table: one form per plural category, `key_zero` … `key_other`. */
export type CountedForms<K extends string> = Record<`${K}_${PluralCategory}`, string>;

/**
 * The form of a counted phrase that agrees with `n`, `{n}` written as every number is: a feature keeps
 * its own counted phrases («أُضيفت 3 نتائج», "3 results added") in its own strings table, in the same
 * shape as `counts`, and they agree by the same rules.
 */
export function countPhrase<K extends string>(n: number, table: CountedForms<K>, key: K, lang: Lang): string {
  const category = pluralCategory(n, lang);
  const form = table[`${key}_${category}`] as string | undefined;
  if (form === undefined) throw new Error(`no «${key}_${category}» form in this ${lang} table`);
  return form.replace('{n}', integer(n));
}

/**
 * A whole number ≥ 0 of something, the noun agreeing with the number: «سؤال واحد», «سؤالان», «3 أسئلة»,
 * «11 سؤالاً», «100 سؤال»; "1 question", "48 questions". From tables: no `Intl.PluralRules` at start-up.
 */
export function count(n: number, noun: Noun, lang: Lang): string {
  return countPhrase(n, counts[lang], noun, lang);
}
