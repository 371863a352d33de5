import type { Lang } from './lang';
import { integer, pluralCategory } from './pinned';
import { counts, type Noun } from './strings/counts';

/**
 * A whole number ≥ 0 of something, the noun agreeing with the number: «سؤال واحد», «سؤالان», «3 أسئلة»,
 * «11 سؤالاً», «100 سؤال»; "1 question", "48 questions". From tables: no `Intl.PluralRules` at start-up.
 */
export function count(n: number, noun: Noun, lang: Lang): string {
  return counts[lang][`${noun}_${pluralCategory(n, lang)}`].replace('{n}', integer(n));
}
