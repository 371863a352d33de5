import type { Lang } from '$lib/i18n/lang';
import { quiz as quizStrings } from '$lib/i18n/strings/quiz';
import { labelText, richText } from '$lib/quiz/wording';
import { displayOrder } from '$lib/quiz/session';
import type { Question } from '$lib/quiz/types';
import type { Word } from '$lib/content/words/schema';
import type { ReviewCard } from './due';

/*
 * The review deck as a file Anki imports (File → Import): plain text, one note a line, fields split by
 * tabs, with Anki's header lines saying so. Pure: the caller passes the deck and how to look up its
 * questions, sentences and words, and offers the text for download.
 */

/** Every note carries this tag, so a student can find the article's cards in a big collection. */
export const ANKI_TAG = 'qaryatayn-2015';

/** The name the file is offered under. */
export const ANKI_FILE_NAME = 'qaryatayn-2015-review.txt';

/** Where the export finds what a card's key names (the bank, the article's sentences, the word layer). */
export type AnkiLookup = {
  question(id: string): Question | undefined;
  /** The Arabic text of a sentence of the article. */
  sentence(id: string): string | undefined;
  /** A word by its id (`p5.s2.w3`), or undefined when unknown or the words are not loaded. */
  word(id: string): Word | undefined;
};

/** One note: the fields in column order. */
export type AnkiNote = { front: string; back: string; sentence: string; tags: string };

export type AnkiExport =
  | { ok: true; text: string; notes: number; skipped: number }
  /** `empty`: the deck has no cards; `unknown`: it has some, but none this app version can read. */
  | { ok: false; reason: 'empty' | 'unknown' };

/**
 * A field as one line of plain text: tabs and line breaks (which would shift the columns or start a
 * new note) become spaces. A field with a double quote, or starting with `#` (a comment line to Anki
 * when it opens a line), is quoted as CSV quotes, its quotes doubled, which Anki reads back as written.
 */
export function ankiField(text: string): string {
  const flat = text
    .replace(/[\t\n\r\v\f\u0085\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return /["]/.test(flat) || flat.startsWith('#') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** The seed the options are listed in (not the bank's order, where the answer always comes first). */
const LIST_SEED = 1;

/** What a question asks, as one line: its topic, prompt, passage and the options to choose from. */
export function questionFront(q: Question, lang: Lang): string {
  const parts: string[] = [];
  if (q.topic) parts.push(`${richText(q.topic, lang)}:`);
  parts.push(richText(q.prompt, lang));
  const p = q.passage;
  if (p?.t === 'quote') parts.push(`«${p.ar}»`);
  else if (p?.t === 'statement')
    parts.push(lang === 'ar' ? `«${richText(p.text, lang)}»` : `“${richText(p.text, lang)}”`);
  else if (p?.t === 'gap') parts.push(`«${p.before}_____${p.after}»`);
  else if (p?.t === 'word') parts.push(`«${p.before}${p.word}${p.after}»`);
  if (q.format !== 'truefalse') {
    const opts = q.format === 'choice' ? q.options : q.items;
    const shown = displayOrder(q, LIST_SEED).map((i) => labelText(opts[i].label, lang));
    parts.push(`(${shown.join(' / ')})`);
  }
  return parts.join(' ');
}

/** The right answer as one line: the option, true or false, or the items in their order. */
export function questionBack(q: Question, lang: Lang): string {
  if (q.format === 'choice') return labelText(q.options[q.answer].label, lang);
  if (q.format === 'truefalse') return quizStrings[lang][q.answer ? 'trueLabel' : 'falseLabel'];
  return q.items.map((it) => labelText(it.label, lang)).join(lang === 'ar' ? ' ← ' : ' → ');
}

/** The note for one card, or undefined when this app version cannot say what the card is. */
export function ankiNote(card: ReviewCard, look: AnkiLookup, lang: Lang): AnkiNote | undefined {
  const id = card.key.slice(2);
  if (card.key.startsWith('q:')) {
    const q = look.question(id);
    if (!q) return undefined;
    return {
      front: questionFront(q, lang),
      back: questionBack(q, lang),
      sentence: look.sentence(q.sentences[0]) ?? '',
      tags: `${ANKI_TAG} ${ANKI_TAG}::${q.kind}`,
    };
  }
  if (card.key.startsWith('w:')) {
    const w = look.word(id);
    if (!w) return undefined;
    return {
      front: w.v,
      back: w.gloss[lang],
      sentence: look.sentence(id.replace(/\.w\d+$/, '')) ?? '',
      tags: `${ANKI_TAG} ${ANKI_TAG}::word`,
    };
  }
  return undefined;
}

/**
 * The deck as an Anki import file: the header lines (tab separator, plain text, the tags' column,
 * the fields' names), then one note per card the app knows, oldest card first. Cards from another app
 * version are skipped and counted; a deck with nothing to write gives its reason, never an empty file.
 */
export function ankiExport(deck: readonly ReviewCard[], look: AnkiLookup, lang: Lang): AnkiExport {
  if (deck.length === 0) return { ok: false, reason: 'empty' };
  const sorted = [...deck].sort((a, b) => a.added - b.added || (a.key < b.key ? -1 : 1));
  const notes = sorted.flatMap((c) => ankiNote(c, look, lang) ?? []);
  if (notes.length === 0) return { ok: false, reason: 'unknown' };
  const lines = [
    '#separator:tab',
    '#html:false',
    '#columns:Front\tBack\tSentence\tTags',
    '#tags column:4',
    ...notes.map((n) => [n.front, n.back, n.sentence, n.tags].map(ankiField).join('\t')),
  ];
  return {
    ok: true,
    text: `${lines.join('\n')}\n`,
    notes: notes.length,
    skipped: deck.length - notes.length,
  };
}
