import { describeWord, parseWordFragment, spacedRoot, wordFragment, wordAt } from '$lib/content/words';
import type { Placed, Word, WordIndex } from '$lib/content/words';
import { bare, tokenize } from '$lib/content/words/tokenize';
import { fill } from '$lib/i18n/strings';
import { VOCAB, VOCAB_TEXT, type VocabSpec } from './data/vocab';
import { mulberry32, shuffle } from './rng';
import type { ChoiceQuestion, Evidence, Label, Option, Passage, Rich } from './types';

/*
 * Vocabulary questions, generated from the word layer: meaning in context, same root, vowelled form
 * and which word fits. `data/vocab.ts` names the words; their forms, glosses and roots, and every
 * option, come from the word data. Pure and deterministic: the options are drawn by a generator seeded
 * with the question's id, so every build makes the same questions.
 */

/** Parts of speech worth a vocabulary question: content words, not particles, pronouns or names. */
export const CONTENT_POS: readonly Word['pos'][] = ['noun', 'adj', 'masdar', 'act-part', 'pass-part', 'verb'];

/** A word worth a question: a content word with a root (not a name), read with certainty. */
export function isLearnable(w: Word): boolean {
  return CONTENT_POS.includes(w.pos) && w.root !== null && !w.uncertain;
}

/** A word that may be drawn as an option: learnable, and not part of a name (الأمن of مجلس الأمن). */
export function isContentWord(w: Word): boolean {
  return isLearnable(w) && !w.entity;
}

// A gloss shown as an option must read alone: letters, spaces and commas, no note in brackets.
const CLEAN_EN = /^[A-Za-z ,'-]+$/;
// The class lists the marks themselves, on purpose (a gloss may be vowelled).
// eslint-disable-next-line no-misleading-character-class
const CLEAN_AR = /^[\u0621-\u064A\u064B-\u0652\u0670 ،]+$/;

/** Whether a word's glosses can stand alone as options in both languages. */
export function hasCleanGloss(w: Word): boolean {
  return CLEAN_EN.test(w.gloss.en) && CLEAN_AR.test(w.gloss.ar);
}

/** An English gloss without its leading article ("the attacks" → "attacks"), for options. */
export function plainGloss(en: string): string {
  return en.replace(/^(the|a|an) /i, '');
}

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'and', 'in', 'by', 'on', 'for', 'with', 'be', 'is']);

/** The meaning-bearing words of a gloss, in either language, marks dropped (for overlap checks). */
export function glossWords(gloss: string): Set<string> {
  return new Set(
    bare(gloss.toLowerCase())
      .split(/[\s,،()]+/)
      .filter((x) => x && !STOP.has(x)),
  );
}

/** Whether two glosses share a meaning-bearing word in English or in Arabic (so both could be right). */
export function glossesOverlap(a: Word, b: Word): boolean {
  for (const lang of ['en', 'ar'] as const) {
    const wa = glossWords(a.gloss[lang]);
    for (const x of glossWords(b.gloss[lang])) if (wa.has(x)) return true;
  }
  return false;
}

/** The radicals two roots share (`حلف`, `لقي` → 1). */
function sharedRadicals(a: string, b: string): number {
  return [...new Set(a)].filter((x) => b.includes(x)).length;
}

/** FNV-1a of a question id: the seed its options are drawn with. */
function seedOf(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mustWord(ix: WordIndex, at: string): Placed {
  const ref = parseWordFragment(at);
  const word = ref && wordAt(ix, ref);
  if (!ref || !word) throw new Error(`vocabulary data names no word at ${at}`);
  return { ...ref, word };
}

/** Each lemma once, at its first place in the article, shuffled by the question's seed. */
function pool(ix: WordIndex, id: string): Placed[] {
  const seen = new Set<string>();
  const firsts = ix.all.filter((p) => {
    if (seen.has(p.word.lemma)) return false;
    seen.add(p.word.lemma);
    return true;
  });
  return shuffle(firsts, mulberry32(seedOf(id)));
}

/** The first `n` of `candidates` (in order) that pass `ok`, given those already taken. */
function pick(candidates: Placed[], n: number, ok: (p: Placed, taken: Placed[]) => boolean): Placed[] {
  const taken: Placed[] = [];
  for (const p of candidates) {
    if (taken.length === n) break;
    if (ok(p, taken)) taken.push(p);
  }
  return taken;
}

const CONTEXT_WORDS = 6;

/**
 * The sentence around a word: up to six words either side, "…" where the sentence goes on, and no
 * quotation mark left without its pair.
 */
export function wordInContext(text: string, i: number): { before: string; word: string; after: string } {
  const tokens = tokenize(text);
  const t = tokens[i];
  if (!t) throw new Error(`no word ${i} in «${text}»`);
  const first = tokens[Math.max(0, i - CONTEXT_WORDS)];
  const last = tokens[Math.min(tokens.length - 1, i + CONTEXT_WORDS)];
  const from = first.i === 0 ? 0 : first.start;
  const to = last.i === tokens.length - 1 ? text.length : last.end;
  let before = text.slice(from, t.start);
  let after = text.slice(t.end, to);
  // A quotation cut by the excerpt loses its lone mark.
  const opens = (s: string) => (s.match(/«/g) ?? []).length;
  const closes = (s: string) => (s.match(/»/g) ?? []).length;
  const whole = before + t.text + after;
  const drop = (s: string, at: number) => (at < 0 ? s : s.slice(0, at) + s.slice(at + 1));
  if (opens(whole) > closes(whole)) {
    if (after.includes('«')) after = drop(after, after.lastIndexOf('«'));
    else before = drop(before, before.lastIndexOf('«'));
  } else if (closes(whole) > opens(whole)) {
    if (before.includes('»')) before = drop(before, before.indexOf('»'));
    else after = drop(after, after.indexOf('»'));
  }
  if (from > 0) before = `… ${before}`;
  if (to < text.length) after = `${after.trimEnd()} …`;
  return { before, word: t.text, after };
}

function sentenceText(ix: WordIndex, s: string): string {
  const found = ix.bySentence.get(s);
  if (!found) throw new Error(`no sentence ${s}`);
  return found.text;
}

function arabic(ar: string): Label {
  return { t: 'arabic', ar };
}

function rich(template: Rich, slots: Record<string, { ar: string; en: string } | string>): Rich {
  const value = (lang: 'ar' | 'en') =>
    Object.fromEntries(Object.entries(slots).map(([k, v]) => [k, typeof v === 'string' ? v : v[lang]]));
  return { ar: fill(template.ar, value('ar')), en: fill(template.en, value('en')) };
}

function base(spec: VocabSpec, target: Placed, ix: WordIndex) {
  const evidence: Evidence[] = [{ s: target.s, ar: target.word.w }];
  return {
    id: `${spec.kind}.${spec.id}`,
    kind: spec.kind,
    source: 'generated' as const,
    format: 'choice' as const,
    sentences: [target.s],
    evidence,
    passage: { t: 'word', ...wordInContext(sentenceText(ix, target.s), target.i) } as Passage,
  };
}

/** Meaning in context: the word's gloss, against glosses of words of its part of speech. */
export function meaningQuestion(ix: WordIndex, spec: VocabSpec): ChoiceQuestion {
  const target = mustWord(ix, spec.at);
  const w = target.word;
  if (!isLearnable(w) || !hasCleanGloss(w)) throw new Error(`${spec.id}: not a word to ask the meaning of`);
  const avoid = new Set(spec.avoid ?? []);
  const distractors = pick(pool(ix, spec.id), 3, (p, taken) => {
    const x = p.word;
    return (
      isContentWord(x) &&
      hasCleanGloss(x) &&
      x.pos === w.pos &&
      x.root !== w.root &&
      x.lemma !== w.lemma &&
      !avoid.has(x.lemma) &&
      !glossesOverlap(x, w) &&
      taken.every((t) => !glossesOverlap(t.word, x))
    );
  });
  if (distractors.length < 3) throw new Error(`${spec.id}: too few distractors`);
  // The Arabic glosses unvowelled, as some are written with marks and some not: no option stands out.
  const label = (x: Word): Label => ({ t: 'text', ar: bare(x.gloss.ar), en: plainGloss(x.gloss.en) });
  const options: Option[] = [
    { id: 'answer', label: label(w) },
    ...distractors.map((d) => ({
      id: wordFragment(d),
      label: label(d.word),
      why: rich(VOCAB_TEXT.meaningWhy, { other: d.word.v }),
    })),
  ];
  return {
    ...base(spec, target, ix),
    prompt: { ...VOCAB_TEXT.meaningPrompt, slots: { word: arabic(w.v) } },
    options,
    answer: 0,
    explanation: rich(VOCAB_TEXT.meaningExplain, {
      word: w.v,
      gloss: { ar: w.gloss.ar, en: w.gloss.en },
      root: spacedRoot(w.root!),
    }),
  };
}

/** Same root: which word shares the word's root; the others come from roots that share a letter or two. */
export function sameRootQuestion(ix: WordIndex, spec: VocabSpec): ChoiceQuestion {
  const target = mustWord(ix, spec.at);
  const answer = mustWord(ix, spec.answer ?? '');
  const w = target.word;
  const a = answer.word;
  if (!isLearnable(w) || !isLearnable(a) || w.root !== a.root || w.lemma === a.lemma)
    throw new Error(`${spec.id}: the answer must be another word of the same root`);
  const avoid = new Set(spec.avoid ?? []);
  const root = w.root!;
  const candidates = pool(ix, spec.id).filter(
    (p) =>
      isContentWord(p.word) &&
      p.word.root !== root &&
      !avoid.has(p.word.lemma) &&
      bare(p.word.lemma) !== bare(a.lemma),
  );
  // Roots with letters in common first: they look alike, which is what the question is about.
  const ordered = [
    ...candidates.filter((p) => sharedRadicals(p.word.root!, root) > 0),
    ...candidates.filter((p) => sharedRadicals(p.word.root!, root) === 0),
  ];
  const distractors = pick(ordered, 3, (p, taken) => taken.every((t) => t.word.root !== p.word.root));
  if (distractors.length < 3) throw new Error(`${spec.id}: too few distractors`);
  const evidence: Evidence[] = [
    { s: target.s, ar: w.w },
    { s: answer.s, ar: a.w },
  ];
  return {
    ...base(spec, target, ix),
    sentences: [...new Set([target.s, answer.s])],
    evidence,
    prompt: { ...VOCAB_TEXT.rootPrompt, slots: { word: arabic(w.lemma) } },
    options: [
      { id: 'answer', label: arabic(a.lemma) },
      ...distractors.map((d) => ({
        id: wordFragment(d),
        label: arabic(d.word.lemma),
        why: rich(VOCAB_TEXT.rootWhy, { other: d.word.lemma, root: spacedRoot(d.word.root!) }),
      })),
    ],
    answer: 0,
    explanation: rich(VOCAB_TEXT.rootExplain, {
      word: w.lemma,
      answer: a.lemma,
      root: spacedRoot(root),
      form: a.v,
      gloss: { ar: a.gloss.ar, en: a.gloss.en },
    }),
  };
}

type Case = 'nom' | 'acc' | 'gen';
const CASES: Case[] = ['nom', 'acc', 'gen'];
/** The case ending's mark: a definite or construct noun takes a short vowel, an indefinite one tanwīn. */
const ENDING: Record<'full' | 'tanwin', Record<Case, string>> = {
  full: { nom: '\u064F', acc: '\u064E', gen: '\u0650' },
  tanwin: { nom: '\u064C', acc: '\u064B', gen: '\u064D' },
};

/**
 * The word read with each case ending, the word layer's own reading first. Only for a noun or adjective
 * whose ending is its case's regular mark (not a diptote, a sound plural, or an accusative tanwīn
 * written on an alif), so each other ending is a different case, and wrong here.
 */
export function caseReadings(w: Word): { c: Case; v: string }[] {
  const c = w.noun?.case;
  if (!c || !w.noun) throw new Error(`${w.w}: no case in the word layer`);
  const marks = ENDING[w.noun.state === 'indefinite' ? 'tanwin' : 'full'];
  if (!w.v.endsWith(marks[c])) throw new Error(`${w.w}: «${w.v}» does not end in its case's regular mark`);
  const stem = w.v.slice(0, -1);
  return [c, ...CASES.filter((x) => x !== c)].map((x) => ({ c: x, v: stem + marks[x] }));
}

/** Vowelled form: how the word reads here, against the same word with another case ending. */
export function vowelledQuestion(ix: WordIndex, spec: VocabSpec): ChoiceQuestion {
  const target = mustWord(ix, spec.at);
  const w = target.word;
  if (!isLearnable(w)) throw new Error(`${spec.id}: not a content word`);
  const [right, ...wrong] = caseReadings(w);
  return {
    ...base(spec, target, ix),
    prompt: { ...VOCAB_TEXT.vowelPrompt, slots: { word: arabic(w.w) } },
    options: [
      { id: right.c, label: arabic(right.v) },
      // No note on the others: the explanation gives the word's case, which rules them out.
      ...wrong.map((r) => ({ id: r.c, label: arabic(r.v) })),
    ],
    answer: 0,
    explanation: rich(VOCAB_TEXT.vowelExplain, {
      vowelled: w.v,
      grammar: { ar: describeWord(w, 'ar'), en: describeWord(w, 'en') },
    }),
  };
}

/** A word's clitics and stem as a pattern (`ال+*`, `*+ه`): options of one shape hide the answer less. */
function shape(w: Word): string {
  const stem = w.seg.reduce((a, b) => (b.t.length > a.t.length ? b : a));
  return w.seg.map((s) => (s === stem ? '*' : s.t)).join('+');
}

/** Whether the article ever has `a` straight before `b` (then `b` may well fit after `a`). */
function pairInArticle(ix: WordIndex, a: string, b: string): boolean {
  return ix.sentences.some((s) =>
    s.words.some((x, i) => bare(x.w) === a && bare(s.words[i + 1]?.w ?? '') === b),
  );
}

/**
 * Which word fits: the word taken out of its sentence, against words of its part of speech (the same
 * clitics and case first), each shown vowelled as the article has it; never one the article itself
 * puts beside the gap's neighbours.
 */
export function fitsQuestion(ix: WordIndex, spec: VocabSpec): ChoiceQuestion {
  const target = mustWord(ix, spec.at);
  const w = target.word;
  if (!isLearnable(w)) throw new Error(`${spec.id}: not a content word`);
  const words = ix.bySentence.get(target.s)!.words;
  const prev = bare(words[target.i - 1]?.w ?? '');
  const next = bare(words[target.i + 1]?.w ?? '');
  const avoid = new Set(spec.avoid ?? []);
  const candidates = pool(ix, spec.id).filter((p) => {
    const x = p.word;
    return (
      isContentWord(x) &&
      x.pos === w.pos &&
      x.root !== w.root &&
      x.lemma !== w.lemma &&
      bare(x.w) !== bare(w.w) &&
      !avoid.has(x.lemma) &&
      !glossesOverlap(x, w) &&
      !(prev && pairInArticle(ix, prev, bare(x.w))) &&
      !(next && pairInArticle(ix, bare(x.w), next))
    );
  });
  const rank = (p: Placed) =>
    (shape(p.word) === shape(w) ? 0 : 2) + (p.word.noun?.case === w.noun?.case ? 0 : 1);
  const ordered = [...candidates].sort((x, y) => rank(x) - rank(y));
  const distractors = pick(ordered, 3, (p, taken) => taken.every((t) => t.word.v !== p.word.v));
  if (distractors.length < 3) throw new Error(`${spec.id}: too few distractors`);
  const q = base(spec, target, ix);
  const ctx = wordInContext(sentenceText(ix, target.s), target.i);
  return {
    ...q,
    passage: { t: 'gap', before: ctx.before, after: ctx.after },
    prompt: VOCAB_TEXT.fitsPrompt,
    options: [
      { id: 'answer', label: arabic(w.v) },
      ...distractors.map((d) => ({
        id: wordFragment(d),
        label: arabic(d.word.v),
        why: rich(VOCAB_TEXT.fitsWhy, {
          other: d.word.v,
          gloss: { ar: d.word.gloss.ar, en: d.word.gloss.en },
        }),
      })),
    ],
    answer: 0,
    explanation: rich(VOCAB_TEXT.fitsExplain, { vowelled: w.v, gloss: { ar: w.gloss.ar, en: w.gloss.en } }),
  };
}

const MAKE = {
  'word-meaning': meaningQuestion,
  'same-root': sameRootQuestion,
  vowelled: vowelledQuestion,
  'word-fits': fitsQuestion,
} as const;

/** Every vocabulary question of `specs`, in their order. */
export function vocabQuestions(ix: WordIndex, specs: readonly VocabSpec[] = VOCAB): ChoiceQuestion[] {
  return specs.map((spec) => MAKE[spec.kind](ix, spec));
}
