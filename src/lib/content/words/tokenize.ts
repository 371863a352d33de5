/**
 * The article's words, as the word layer counts them. A word is a run of Arabic letters, marks, tatweel
 * and digits (`الـ15` is one word: the article plus the number). Punctuation («» ، . ( ) - and spaces)
 * separates words and belongs to none, except a full stop between two letters, which keeps an
 * abbreviation whole (`أ.ب`, the photo agency). `لـ«تحديد` is two words: the detached preposition `لـ` and
 * `تحديد`, since the quotation mark stands between them.
 *
 * Each word keeps where it stands in the sentence (`start`, `end`: UTF-16 offsets), so the reader can mark
 * it without changing a character of the text.
 */
export type Token = { i: number; text: string; start: number; end: number };

// The class lists the marks themselves, on purpose (they are part of a word).
// eslint-disable-next-line no-misleading-character-class
const WORD = /[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0660-\u06690-9]+(?:\.[\u0621-\u064A]+)*/g;

export function tokenize(sentence: string): Token[] {
  const out: Token[] = [];
  for (const m of sentence.matchAll(WORD)) {
    out.push({ i: out.length, text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The Arabic short vowels and other marks the word layer writes (fatḥatān … sukūn, superscript alif). */
export const MARKS = /[\u064B-\u0652\u0670]/g;

/** A word without its marks and tatweel: how the article prints it (the article prints no marks). */
export function bare(word: string): string {
  return word.replace(MARKS, '').replace(/\u0640/g, '');
}

/**
 * The span `[start, end)` of an Arabic sentence widened to the whole words it touches, clitics included:
 * `حمص` in `بحمص` becomes `بحمص`, and `طائرات التحالف` in `لطائرات التحالف` becomes `لطائرات التحالف`.
 * Whatever marks words in an element must mark whole words: WebKit (Safari, every iPhone) does not join
 * Arabic letters across an element's edge, so a `<span>` that starts or ends inside a word breaks it
 * (`ب|حمص` is drawn unjoined and wider). A span that already ends between words is left as it is
 * (`التنظيم` in `و«التنظيم»` stays, the quotation mark parts it from the `و`).
 */
export function wholeWords(sentence: string, start: number, end: number): { start: number; end: number } {
  for (const t of tokenize(sentence)) {
    if (t.start < start && start < t.end) start = t.start;
    if (t.start < end && end < t.end) end = t.end;
  }
  return { start, end };
}
