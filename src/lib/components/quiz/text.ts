import { wholeWords } from '$lib/content/words/tokenize';

/*
 * How the quiz sets text on the page: Arabic runs inside English text, and an article's sentence with
 * its evidence words marked (shortened when long). The words about questions themselves (labels,
 * kinds, answers, one-line summaries) are built in `$lib/quiz/wording`.
 */

/** A run of text that is Arabic (to be marked `lang="ar"`) or not. */
export type Run = { text: string; ar: boolean; at: number };

const AR_LETTER = /[\u0600-\u06ff\u0750-\u077f]/;
// An Arabic run: from an Arabic letter to the last Arabic letter before Latin text; spaces, digits and
// punctuation in between stay inside it. Guillemets around it stay outside, in the English text's
// direction, so «أمس» shows as «أمس» and not mirrored.
const AR_RUN =
  /[\u0600-\u06ff\u0750-\u077f](?:[\u0600-\u06ff\u0750-\u077f\s\d«»().,…-]*[\u0600-\u06ff\u0750-\u077f])?/g;

/** Splits mixed text so that Arabic words inside English get the Arabic font and direction. */
export function splitRuns(text: string): Run[] {
  if (!AR_LETTER.test(text)) return [{ text, ar: false, at: 0 }];
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(AR_RUN)) {
    const i = m.index ?? 0;
    if (i > at) runs.push({ text: text.slice(at, i), ar: false, at });
    runs.push({ text: m[0], ar: true, at: i });
    at = i + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ar: false, at });
  return runs;
}

/**
 * An Arabic sentence cut into plain and marked parts, marking each evidence phrase (merged where they
 * overlap), widened to whole words: WebKit breaks a word that an element cuts (see `wholeWords`).
 */
export function markEvidence(
  sentence: string,
  words: string[],
): { text: string; mark: boolean; at: number }[] {
  const ranges: [number, number][] = [];
  for (const w of words) {
    const i = sentence.indexOf(w);
    if (i < 0 || !w.length) continue;
    const { start, end } = wholeWords(sentence, i, i + w.length);
    ranges.push([start, end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    // Overlapping phrases, or phrases only a space or a quotation mark apart, read as one mark.
    if (last && (r[0] <= last[1] || /^[\s«»،,.:]{1,3}$/.test(sentence.slice(last[1], r[0]))))
      last[1] = Math.max(last[1], r[1]);
    else merged.push([...r]);
  }
  const out: { text: string; mark: boolean; at: number }[] = [];
  let at = 0;
  for (const [a, b] of merged) {
    if (a > at) out.push({ text: sentence.slice(at, a), mark: false, at });
    out.push({ text: sentence.slice(a, b), mark: true, at: a });
    at = b;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at), mark: false, at });
  return out;
}

/** How much of a long sentence to keep around its marked words. */
const CONTEXT = 45;
const LONG = 170;

/** Whether a sentence is long enough to be shown as an excerpt. */
export function isLongSentence(sentence: string): boolean {
  return sentence.length > LONG;
}

function cutStart(text: string): string {
  if (text.length <= CONTEXT) return text;
  const tail = text.slice(-CONTEXT);
  const sp = tail.indexOf(' ');
  return `… ${sp >= 0 ? tail.slice(sp + 1) : tail}`;
}

function cutEnd(text: string): string {
  if (text.length <= CONTEXT) return text;
  const head = text.slice(0, CONTEXT);
  const sp = head.lastIndexOf(' ');
  return `${sp > 0 ? head.slice(0, sp) : head} …`;
}

/**
 * `markEvidence`, shortened for long sentences: only some words of context are kept around the
 * marked words, with "…" where text was left out. Short sentences are kept whole.
 */
export function excerptEvidence(
  sentence: string,
  words: string[],
): { text: string; mark: boolean; at: number }[] {
  const parts = markEvidence(sentence, words);
  if (sentence.length <= LONG || !parts.some((p) => p.mark)) return parts;
  return parts.map((p, i) => {
    if (p.mark) return p;
    if (i === 0) return { ...p, text: cutStart(p.text) };
    if (i === parts.length - 1) return { ...p, text: cutEnd(p.text) };
    return p.text.length > 2 * CONTEXT ? { ...p, text: `${cutEnd(p.text)} ${cutStart(p.text).slice(2)}` } : p;
  });
}
