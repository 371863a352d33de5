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
  // Compatibility decomposition splits أ إ آ ؤ ئ into their letter and a combining hamza or madda, and
  // ā ḥ ṣ into a letter and its accent or dot; the loop then drops the marks and maps what is left.
  const s = text.normalize('NFKD').toLowerCase();
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) {
      if (!DROP_ASCII.has(c)) out += s[k];
    } else if (c >= 0x660 && c <= 0x669) out += String(c - 0x660);
    else if (c >= 0x6f0 && c <= 0x6f9) out += String(c - 0x6f0);
    else if (!isMark(c)) out += MAP.get(c) ?? s[k];
  }
  return out;
}

// Hyphens, apostrophes, spaces and punctuation between words or letters.
const DROP_ASCII = new Set([...'-\'`_.,;:()"\t\n\r '].map((ch) => ch.charCodeAt(0)));
const MAP = new Map<number, string>([
  [0x0671, 'ا'], // alif waṣla
  [0x0621, 'ا'], // hamza on the line
  [0x0629, 'ه'], // tāʾ marbūṭa
  [0x0649, 'ي'], // alif maqṣūra
]);
/** Latin combining accents, Arabic vowels, sukūn, madda, hamza above and below, dagger alif, tatweel,
 * ʿ ʾ and their look-alikes, typographic quotes, Arabic punctuation, other spaces. */
function isMark(c: number): boolean {
  return (
    (c >= 0x300 && c <= 0x36f) ||
    (c >= 0x64b && c <= 0x655) ||
    c === 0x670 ||
    c === 0x640 ||
    (c >= 0x2bb && c <= 0x2bf) ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x60c ||
    c === 0x61b ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200f)
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
