import type { Rich } from '../types';

/*
 * Which words of the article the vocabulary questions ask about. Everything a question shows (the
 * vowelled forms, the glosses, the roots, the options) comes from the word layer
 * (`src/lib/content/words/`, checked by an Arabic teacher); this table only picks words worth learning
 * (content words, not particles or names) and, where needed, says which options must never be drawn.
 * A question's id is `<kind>.<id>` and is permanent (see `codes.ts`).
 */

export type VocabKind = 'word-meaning' | 'same-root' | 'vowelled' | 'word-fits';

export type VocabSpec = {
  kind: VocabKind;
  id: string;
  /** The word asked about, by its place: `p8.s2.w19` is word 19 of sentence p8.s2. */
  at: string;
  /** same-root: the word of the same root that is the answer (its place). */
  answer?: string;
  /**
   * Lemmas never drawn as distractors for this question: words whose meaning is near enough to the
   * answer's that they could also be read as right here.
   */
  avoid?: string[];
};

export const VOCAB: VocabSpec[] = [
  // Meaning in context: the word's gloss in its sentence; distractors are glosses of words of the same
  // part of speech.
  { kind: 'word-meaning', id: 'clashes', at: 'p8.s2.w19' },
  { kind: 'word-meaning', id: 'helicopters', at: 'p6.s1.w11' },
  { kind: 'word-meaning', id: 'needs', at: 'p4.s1.w35' },
  // Same root: another word of the article from the word's root; distractors from other roots.
  { kind: 'same-root', id: 'coalition', at: 'h1.s1.w5', answer: 'p4.s1.w40' },
  { kind: 'same-root', id: 'location', at: 'p8.s3.w8', answer: 'p5.s1.w19' },
  { kind: 'same-root', id: 'regime', at: 'p5.s4.w5', answer: 'p8.s1.w24' },
  // Vowelled form: the case ending the word takes here (its case is given by the word layer).
  { kind: 'vowelled', id: 'town', at: 'p1.s1.w50' },
  { kind: 'vowelled', id: 'committee', at: 'p3.s1.w11' },
  { kind: 'vowelled', id: 'crisis', at: 'p5.s3.w11' },
  // Which word fits: the word taken out of its sentence; options shown vowelled.
  { kind: 'word-fits', id: 'counterpart', at: 'p1.s1.w12' },
  { kind: 'word-fits', id: 'weapons', at: 'p3.s1.w19' },
  // Places are left out: a town could be said to lie «on» one of them.
  { kind: 'word-fits', id: 'road', at: 'p8.s3.w10', avoid: ['مُحَافَظَة', 'مَدِينَة', 'رِيف', 'مَوْقِع'] },
];

/** The wording of the vocabulary questions; `{word}` and the other slots are filled per question. */
export const VOCAB_TEXT = {
  meaningPrompt: {
    ar: 'ما معنى «{word}» في هذه الجملة؟',
    en: 'What does «{word}» mean in this sentence?',
  },
  meaningExplain: {
    ar: 'معنى «{word}» هنا: {gloss}. وجذرها {root}.',
    en: 'Here «{word}» means “{gloss}”. Its root is {root}.',
  },
  meaningWhy: {
    ar: 'هذا معنى «{other}» في المقال.',
    en: 'That is what «{other}» means in the article.',
  },
  rootPrompt: {
    ar: 'أيّ هذه الكلمات تشترك مع «{word}» في الجذر؟',
    en: 'Which of these words shares a root with «{word}»?',
  },
  rootExplain: {
    ar: 'الكلمتان «{word}» و«{answer}» من الجذر {root}. ومعنى «{form}» في المقال: {gloss}.',
    en: '«{word}» and «{answer}» both come from the root {root}. In the article «{form}» means “{gloss}”.',
  },
  rootWhy: {
    ar: '«{other}» من الجذر {root}.',
    en: '«{other}» comes from the root {root}.',
  },
  vowelPrompt: {
    ar: 'كيف تُقرأ «{word}» في هذه الجملة؟',
    en: 'How is «{word}» read in this sentence?',
  },
  vowelExplain: {
    ar: 'تُقرأ هنا «{vowelled}»: {grammar}.',
    en: 'Here it reads «{vowelled}»: {grammar}.',
  },
  fitsPrompt: {
    ar: 'أيّ كلمة تملأ الفراغ في هذه الجملة من المقال؟',
    en: 'Which word fills the gap in this sentence from the article?',
  },
  fitsExplain: {
    ar: 'في المقال: «{vowelled}»، ومعناها هنا: {gloss}.',
    en: 'The article says «{vowelled}»: “{gloss}”.',
  },
  fitsWhy: {
    ar: 'معنى «{other}» في المقال: {gloss}، وهذا لا يناسب الجملة.',
    en: '«{other}» means “{gloss}” in the article, which does not fit here.',
  },
} satisfies Record<string, Rich>;
