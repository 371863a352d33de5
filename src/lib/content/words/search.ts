import type { Word } from './schema';

/**
 * The words page's search: one normal form for what is typed and what is searched, so a learner finds a
 * word however they write it. Arabic: without its marks (fatḥa … sukūn, the dagger alif), without
 * tatweel, every alif and hamza seat the same (أ إ آ ٱ ء → ا, ؤ → و, ئ → ي), tāʾ marbūṭa as hāʾ (ة → ه),
 * alif maqṣūra as yāʾ (ى → ي), Arabic-Indic digits as 0–9. Latin: lower case, without accents and dots
 * (ā → a, ḥ → h), without ʿ ʾ and apostrophes. In both, spaces and hyphens go, so a root typed «ف ي د»
 * finds فيد and "al qaryatayn" finds al-qaryatayn.
 */
export function normalize(text: string): string {
  return (
    text
      // Compatibility decomposition splits أ إ آ ؤ ئ into their letter and a combining hamza or madda
      // (removed below) and ā ḥ ṣ into a letter and its accent or dot.
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[\u0671\u0621]/g, 'ا')
      .replace(/\u0629/g, 'ه')
      .replace(/\u0649/g, 'ي')
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660))
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
      // marks: Latin combining accents, Arabic vowels and sukūn, dagger alif, madda and hamza above and
      // below, tatweel; then ʿ ʾ and apostrophes, hyphens, spaces and other separators
      .replace(/[\u0300-\u036F\u064B-\u0655\u0670\u0640]/g, '')
      .replace(/[\u02BB-\u02BF'‘’`\-\s_.,،؛;:()«»"“”]/g, '')
  );
}

/** Everything a word can be found by, each normalised: the word as printed and vowelled, its lemma and
 * root, its transliteration, how a number is read, the verb it comes from, and its glosses. */
export function searchKeys(word: Word): string[] {
  const keys = [word.w, word.lemma, word.tr, word.gloss.en, word.gloss.ar];
  if (word.root) keys.push(word.root);
  if (word.read) keys.push(word.read);
  if (word.from) keys.push(word.from);
  return keys.map(normalize).filter(Boolean);
}

/** Whether a word's keys (from `searchKeys`) contain the normalised query; an empty query finds all. */
export function matches(keys: string[], query: string): boolean {
  return query === '' || keys.some((k) => k.includes(query));
}
