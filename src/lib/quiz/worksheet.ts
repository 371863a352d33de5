import type { Article } from '$lib/content/schema';
import { dirOf, type Dir, type Lang } from '$lib/i18n/lang';
import { formatDate, formatNumber } from '$lib/i18n/format';
import { fill } from '$lib/i18n/strings';
import { print } from '$lib/i18n/strings/print';
import { quiz } from '$lib/i18n/strings/quiz';
import { reader } from '$lib/i18n/strings/reader';
import { isArabicLabel, labelText, richText } from './wording';
import { displayOrder, playOrder } from './session';
import type { Option, Passage, Question, QuizConfig } from './types';
import { tokenize } from '$lib/content/words/tokenize';

/*
 * The printed worksheet and its answer key as plain data, from the teacher's draft: which questions,
 * in which order, laid out for paper (boxes to tick, boxes to number, a line for the missing word), and
 * the key's rows. The components only draw it.
 */

/** A box to tick or number on paper, with its letter and its words. */
export type PaperChoice = {
  /** «أ», «ب»… or A, B… */
  mark: string;
  text: string;
  /** Arabic words from the article whatever the language (to be marked `lang="ar"`). */
  arabic: boolean;
};

export type PaperPassage =
  | { t: 'quote'; ar: string; en?: string }
  | { t: 'statement'; text: string }
  | { t: 'gap'; before: string; after: string }
  | { t: 'word'; before: string; word: string; after: string };

/** One question as the worksheet prints it. */
export type PaperQuestion = {
  id: string;
  /** Its number on the sheet, as the language writes it. */
  n: string;
  topic?: string;
  prompt: string;
  passage?: PaperPassage;
  /** What the student marks: one box among options, True or False, or a number in each item's box. */
  form:
    | { t: 'choice'; options: PaperChoice[]; columns: 1 | 2 }
    | { t: 'truefalse'; options: [string, string] }
    | { t: 'order'; items: PaperChoice[]; hint: string };
};

/** One row of the answer key. */
export type KeyRow = {
  id: string;
  n: string;
  prompt: string;
  /** The right box's letter, for a question with options. */
  mark?: string;
  /** The answer as the sheet shows it: the right option's words, «صح», the numbers to write in order. */
  answer: string;
  /** Arabic words whatever the language (the right option was the article's own words). */
  answerArabic: boolean;
  /** For an order question, the items in the right order. */
  sequence?: string;
  explanation: string;
  /** Where in the article: «الفقرة 8، الجملة 3», "Headline"… */
  sources: string[];
};

/** A block of the article as printed: its label (a paragraph's number), the Arabic, the English. */
export type PaperBlock = {
  id: string;
  kind: 'headline' | 'subheadline' | 'caption' | 'paragraph';
  /** A paragraph's number, or what the block is ("Photo caption"); empty for the headlines. */
  label: string;
  ar: string;
  en: string;
};

/** What the teacher asks to print, from the composer's draft and the Print panel. */
export type PrintRequest = {
  /** The questions chosen (none: the whole bank). */
  selected: readonly string[];
  order: QuizConfig['order'];
  /** The seed of the option order. */
  seed: number;
  /** The quiz's language, which is the printout's. */
  lang: Lang;
  title: string;
  classLabel?: string;
  what: 'worksheet' | 'key';
  /** The English after each paragraph of the article. */
  translation: boolean;
  /** The article's Arabic fully vowelled (from the word layer). */
  vowelled?: boolean;
};

/** Each sentence's words as they are to be printed (vowelled), by sentence id and word position. */
export type Forms = ReadonlyMap<string, readonly string[]>;

/** A sentence with its words replaced by `forms` (by position); spaces and punctuation kept. */
export function withForms(text: string, forms: readonly string[] | undefined): string {
  if (!forms) return text;
  let out = '';
  let at = 0;
  for (const t of tokenize(text)) {
    out += text.slice(at, t.start) + (forms[t.i] ?? t.text);
    at = t.end;
  }
  return out + text.slice(at);
}

/** Everything one printout shows. */
export type Printout = {
  lang: Lang;
  dir: Dir;
  title: string;
  classLabel?: string;
  published: string;
  blocks: PaperBlock[];
  questions: PaperQuestion[];
  key: KeyRow[];
};

/**
 * The ids of the questions on paper, in the quiz's order: those chosen (in bank order, as the link has
 * them, shuffled by the draft's seed if the quiz is), or the whole bank when none are chosen.
 */
export function printedIds(
  selected: readonly string[],
  bankIds: readonly string[],
  order: QuizConfig['order'],
): string[] {
  const chosen = new Set(selected);
  const inBank = bankIds.filter((id) => chosen.has(id));
  const ids = inBank.length ? inBank : [...bankIds];
  return playOrder({ questionIds: ids, order, lang: 'ar', mode: 'practice' }).map((i) => ids[i]);
}

/** The letter of the option at position `i`: «أ», «ب», «ج»… or A, B, C… */
export function markOf(i: number, lang: Lang): string {
  const marks = [...print[lang].marks];
  return marks[i] ?? formatNumber(i + 1, lang);
}

function choice(o: Option, i: number, lang: Lang): PaperChoice {
  return { mark: markOf(i, lang), text: labelText(o.label, lang), arabic: isArabicLabel(o.label) };
}

function passage(p: Passage | undefined, lang: Lang): PaperPassage | undefined {
  if (!p) return undefined;
  if (p.t === 'quote')
    return lang === 'en' && p.en ? { t: 'quote', ar: p.ar, en: p.en } : { t: 'quote', ar: p.ar };
  if (p.t === 'gap') return { t: 'gap', before: p.before, after: p.after };
  if (p.t === 'word') return { t: 'word', before: p.before, word: p.word, after: p.after };
  return { t: 'statement', text: richText(p.text, lang) };
}

/**
 * A question laid out for paper: options in the order the quiz would show them with this seed (so the
 * answer is not always the first box), an order question's items never already in order.
 */
export function paperQuestion(q: Question, n: number, lang: Lang, seed: number): PaperQuestion {
  const shown = displayOrder(q, seed);
  const base = {
    id: q.id,
    n: formatNumber(n, lang),
    ...(q.topic ? { topic: richText(q.topic, lang) } : {}),
    prompt: richText(q.prompt, lang),
    ...(q.passage ? { passage: passage(q.passage, lang) } : {}),
  };
  if (q.format === 'truefalse')
    return { ...base, form: { t: 'truefalse', options: [quiz[lang].trueLabel, quiz[lang].falseLabel] } };
  if (q.format === 'order')
    return {
      ...base,
      form: {
        t: 'order',
        items: shown.map((k, i) => choice(q.items[k], i, lang)),
        hint: print[lang].orderHint,
      },
    };
  const options = shown.map((k, i) => choice(q.options[k], i, lang));
  return { ...base, form: { t: 'choice', options, columns: columnsFor(options) } };
}

/** The longest option, in characters, that still prints two to a line. */
export const SHORT_OPTION = 28;

/** Short options print two to a line, which keeps a worksheet of ten questions to about three pages. */
export function columnsFor(options: readonly PaperChoice[]): 1 | 2 {
  return options.every((o) => [...o.text].length <= SHORT_OPTION) ? 2 : 1;
}

/** Where a sentence stands, for people: «الفقرة 8، الجملة 3», "Headline", "Photo caption". */
export function sourceOf(sentenceId: string, article: Article, lang: Lang): string {
  const r = reader[lang];
  const [blockId] = sentenceId.split('.');
  const block = article.blocks.find((b) => b.id === blockId);
  const at = block ? block.sentences.findIndex((s) => s.id === sentenceId) : -1;
  if (!block || at < 0) return sentenceId;
  const place =
    block.kind === 'paragraph'
      ? fill(r.paragraph, { n: paragraphNumber(block.id, article, lang) })
      : r[block.kind];
  // A sentence is named only where its block has more than one.
  return block.sentences.length > 1
    ? fill(print[lang].sentence, { place, n: formatNumber(at + 1, lang) })
    : place;
}

/** A paragraph's number as printed: its place among the paragraphs, counted from 1. */
function paragraphNumber(blockId: string, article: Article, lang: Lang): string {
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph');
  return formatNumber(paragraphs.findIndex((b) => b.id === blockId) + 1, lang);
}

/** A question's row in the answer key, for the same seed as its worksheet. */
export function keyRow(q: Question, n: number, lang: Lang, seed: number, article: Article): KeyRow {
  const shown = displayOrder(q, seed);
  const p = print[lang];
  const base = {
    id: q.id,
    n: formatNumber(n, lang),
    prompt: richText(q.prompt, lang),
    explanation: richText(q.explanation, lang),
    sources: [...new Set(q.sentences)].map((id) => sourceOf(id, article, lang)),
  };
  if (q.format === 'truefalse')
    return { ...base, answer: q.answer ? quiz[lang].trueLabel : quiz[lang].falseLabel, answerArabic: false };
  if (q.format === 'order') {
    // The item shown k-th is the shown[k]-th in the right order.
    const numbers = shown.map((k) => formatNumber(k + 1, lang)).join(p.listSep);
    const arrow = lang === 'ar' ? ' ← ' : ' → ';
    return {
      ...base,
      answer: fill(p.orderAnswer, { numbers }),
      answerArabic: false,
      sequence: q.items.map((it) => labelText(it.label, lang)).join(arrow),
    };
  }
  const at = shown.indexOf(q.answer);
  const right = q.options[q.answer];
  return {
    ...base,
    mark: markOf(at, lang),
    answer: labelText(right.label, lang),
    answerArabic: isArabicLabel(right.label),
  };
}

/** The article as printed: headline, subheadline, the photo's caption, then the paragraphs numbered. */
export function paperBlocks(article: Article, lang: Lang, forms?: Forms): PaperBlock[] {
  const r = reader[lang];
  return article.blocks.map((b) => ({
    id: b.id,
    kind: b.kind,
    label:
      b.kind === 'paragraph' ? paragraphNumber(b.id, article, lang) : b.kind === 'caption' ? r.caption : '',
    ar: b.sentences.map((s) => withForms(s.ar, forms?.get(s.id))).join(' '),
    en: b.sentences.map((s) => s.en).join(' '),
  }));
}

/** The whole printout: the title, the article, the questions in order, and the key for them. */
export function printout(o: {
  questions: readonly Question[];
  lang: Lang;
  seed: number;
  title: string;
  classLabel?: string;
  article: Article;
  /** The article's words vowelled, when the teacher asked for it. */
  forms?: Forms;
}): Printout {
  const { lang, seed, article } = o;
  return {
    lang,
    dir: dirOf(lang),
    title: o.title,
    ...(o.classLabel ? { classLabel: o.classLabel } : {}),
    published: fill(print[lang].published, { date: formatDate(article.meta.published, lang, 'long') }),
    blocks: paperBlocks(article, lang, o.forms),
    questions: o.questions.map((q, i) => paperQuestion(q, i + 1, lang, seed)),
    key: o.questions.map((q, i) => keyRow(q, i + 1, lang, seed, article)),
  };
}
