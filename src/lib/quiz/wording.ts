import { count } from '$lib/i18n/count';
import { formatDate, formatNumber } from '$lib/i18n/format';
import { fill } from '$lib/i18n/strings';
import { quiz } from '$lib/i18n/strings/quiz';
import type { Lang } from '$lib/i18n/lang';
import type { Answer, Kind, Label, Question, Rich } from './types';

/*
 * Every word the app builds about a question, in one place: its labels and rich texts in the UI
 * language, its kind, an answer given and the right one, and the question in one line for lists,
 * charts and the CSV. The quiz, the review deck, the teacher's pages and the Anki export all read
 * questions through these.
 */

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

const KIND_KEY = {
  choice: 'kind_choice',
  truefalse: 'kind_truefalse',
  order: 'kind_order',
  date: 'kind_date',
  'relative-date': 'kind_relativeDate',
  'who-said': 'kind_whoSaid',
  claim: 'kind_claim',
  number: 'kind_number',
  place: 'kind_place',
  fill: 'kind_fill',
  inference: 'kind_inference',
  'word-meaning': 'kind_wordMeaning',
  'same-root': 'kind_sameRoot',
  vowelled: 'kind_vowelled',
  'word-fits': 'kind_wordFits',
} as const satisfies Record<Kind, keyof (typeof quiz)['en']>;

/** A kind of question, named in the UI language. */
export function kindLabel(kind: Kind, lang: Lang): string {
  return quiz[lang][KIND_KEY[kind]];
}

/** "48 questions" / «48 سؤالاً», with Arabic's number agreement. */
export function countText(n: number, lang: Lang): string {
  return count(n, 'question', lang);
}

/** An answer as words: the option, True/False, or the items in the order given. */
export function answerText(q: Question, a: Answer | null, lang: Lang): string {
  const s = quiz[lang];
  if (a === null) return s.notAnswered;
  if (q.format === 'choice')
    return typeof a === 'number' && q.options[a] ? labelText(q.options[a].label, lang) : '';
  if (q.format === 'truefalse') return a === true ? s.trueLabel : s.falseLabel;
  return Array.isArray(a) ? a.map((i) => labelText(q.items[i].label, lang)).join(arrow(lang)) : '';
}

/** The right answer as words. */
export function rightAnswerText(q: Question, lang: Lang): string {
  if (q.format === 'choice') return labelText(q.options[q.answer].label, lang);
  if (q.format === 'truefalse') return q.answer ? quiz[lang].trueLabel : quiz[lang].falseLabel;
  return q.items.map((it) => labelText(it.label, lang)).join(arrow(lang));
}

function arrow(lang: Lang): string {
  return lang === 'ar' ? ' ← ' : ' → ';
}

/**
 * A question in one line, for lists and charts: its prompt and, briefly, what it shows. The detail
 * (a quotation, a sentence with a gap) is often the article's Arabic inside an English prompt, so it
 * comes apart: the page isolates it right to left, or its quotation marks and "…" land on the wrong
 * side.
 */
export type SummaryParts = { prompt: string; detail: string; detailAr: boolean };

/** `s` cut to `n` characters (not UTF-16 units), with "…" when cut. */
function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join('')}…` : s;
}

/** The prompt and the detail of a question, together at most `max` characters. */
export function summaryParts(q: Question, lang: Lang, max = 90): SummaryParts {
  const p = q.passage;
  let detail = '';
  if (p?.t === 'quote') detail = `«${p.ar}»`;
  else if (p?.t === 'statement') detail = richText(p.text, lang);
  else if (p?.t === 'gap') detail = `${p.before} … ${p.after}`;
  else if (p?.t === 'word') detail = `${p.before}${p.word}${p.after}`;
  const prompt = cut(richText(q.prompt, lang), max);
  // What room the prompt leaves; a detail squeezed to a few letters says nothing, so it goes.
  const room = max - [...prompt].length - 1;
  return {
    prompt,
    detail: room >= 12 ? cut(detail, room) : '',
    detailAr: p?.t === 'quote' || p?.t === 'gap' || p?.t === 'word',
  };
}

/** The same as one plain line (for a CSV column). */
export function questionSummary(q: Question, lang: Lang, max = 90): string {
  const { prompt, detail } = summaryParts(q, lang, max);
  return detail ? `${prompt} ${detail}` : prompt;
}
