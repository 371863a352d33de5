/** The longest student name a result link carries, in characters. */
export const NAME_CHARS = 40;

/**
 * Cleans text that arrives in a link (a quiz title, a class label, a student's name): removes bidi
 * controls that could reorder what people see (RTL spoofing), other invisible control characters, and
 * unpaired surrogates; folds runs of white space; trims; caps the length in characters.
 */
// Bidi embeddings, overrides and isolates; LRM/RLM/ALM; C0/C1 controls; line separators; BOM.
/* eslint-disable no-control-regex -- removing control characters is the point */
const INVISIBLE =
  /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g;
/* eslint-enable no-control-regex */

export function cleanText(s: string, maxChars: number): string {
  const cleaned = s
    .replace(INVISIBLE, ' ')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return [...cleaned].slice(0, maxChars).join('');
}
