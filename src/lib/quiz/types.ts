import type { Bi, Lang } from '$lib/i18n/lang';

/**
 * What a question is about. The teacher's composer filters by it; the quiz shows it as a small label.
 * Several kinds share one answer format (`Format`).
 */
export type Kind =
  | 'choice'
  | 'truefalse'
  | 'order'
  | 'date'
  | 'relative-date'
  | 'who-said'
  | 'claim'
  | 'number'
  | 'place'
  | 'fill'
  | 'inference'
  | 'word-meaning'
  | 'same-root'
  | 'vowelled'
  | 'word-fits';

export const KINDS: readonly Kind[] = [
  'who-said',
  'claim',
  'date',
  'relative-date',
  'order',
  'number',
  'place',
  'fill',
  'truefalse',
  'inference',
  'choice',
  'word-meaning',
  'same-root',
  'vowelled',
  'word-fits',
];

/** How a question is answered, which decides the shape of its answer. */
export type Format = 'choice' | 'truefalse' | 'order';

/**
 * Something shown to the student that may need formatting in the UI language: a text in both
 * languages, Arabic words from the article (shown as Arabic in both UIs), a calendar day (day and month
 * only: the article never gives a year), a number, or "its fifth year".
 */
export type Label =
  | { t: 'text'; ar: string; en: string }
  | { t: 'arabic'; ar: string }
  | { t: 'day'; day: string }
  | { t: 'num'; n: number }
  | { t: 'year-ord'; n: number };

/** A text in both languages with `{slot}`s filled by labels at display time (numbers, days, names). */
export type Rich = Bi & { slots?: Record<string, Label> };

/** Exact Arabic words of one article sentence that a question rests on. */
export type Evidence = { s: string; ar: string };

/** An answer option. Distractors written by hand say why they are wrong and which words show it. */
export type Option = {
  id: string;
  label: Label;
  /** Why this option is wrong (distractors only). */
  why?: Rich;
  /** The article's words that make this distractor false. */
  against?: Evidence;
};

/** Words shown with the question: a quotation, a claim, a sentence with a gap or with a word marked. */
export type Passage =
  | { t: 'quote'; ar: string; en?: string }
  | { t: 'gap'; before: string; after: string }
  | { t: 'word'; before: string; word: string; after: string }
  | { t: 'statement'; text: Rich };

type Base = {
  /** Stable forever: `who-said.q-zakharova`. Its permanent small integer is in `codes.ts`. */
  id: string;
  kind: Kind;
  /** `generated` from the content data by a template, or written by `hand`. */
  source: 'generated' | 'hand';
  /** What the question is about, shown above it: an event's title. */
  topic?: Rich;
  prompt: Rich;
  passage?: Passage;
  explanation: Rich;
  /** Ids of the sentences it comes from; the first is quoted in the feedback. */
  sentences: string[];
  /** The exact Arabic words, in those sentences, that support the answer. */
  evidence: Evidence[];
};

/** One answer among options (choice, who said it, dates, numbers, places, fill the gap…). */
export type ChoiceQuestion = Base & { format: 'choice'; options: Option[]; answer: number };
export type TrueFalseQuestion = Base & { format: 'truefalse'; answer: boolean };
/** `items` are in the correct order; the answer is a permutation of their indices. */
export type OrderQuestion = Base & { format: 'order'; items: Option[]; itemNotes?: Rich[] };

export type Question = ChoiceQuestion | TrueFalseQuestion | OrderQuestion;

/**
 * An answer in canonical terms, independent of how options were shuffled on screen: the index of the
 * chosen option in `options`, true/false, or the student's order as indices into `items`.
 */
export type Answer = number | boolean | number[];

/** Everything that defines a quiz; the standard quiz and a teacher's link are both just a config. */
export type QuizConfig = {
  questionIds: string[];
  order: 'fixed' | { seed: number };
  lang: Lang;
  mode: 'practice' | 'exam';
  title?: string;
  classLabel?: string;
};
