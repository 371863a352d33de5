import type { Kind, Question } from './types';

/*
 * The question bank as the app holds it. It is built at build time (`build-bank.ts`) and written to
 * `/data/quiz.json`; a page that needs it loads it (`load-bank.ts`), which gives a `Bank`, and passes
 * that to everything that looks questions up: link codecs, grading, sessions, the class list. There is
 * no bank in module state, so nothing can read a question before the bank has come: a function that
 * needs one takes one. Tests build theirs with `createBank(bankData())`. A link's permanent codes name
 * questions through `questionOfCode(bank, code)` (`codes.ts`: only the link codecs load that list).
 */

/** `/data/quiz.json`: every question, and the article's sentences they cite, in both languages. */
export type BankData = {
  questions: Question[];
  sentences: Record<string, { ar: string; en: string }>;
};

/** Where questions are looked up: all of them, by id, and the sentences they cite. */
export interface Bank {
  /** Every question, in bank order. */
  readonly all: readonly Question[];
  /** The question with this id, or undefined (ids come from storage and links, so callers must check). */
  byId(id: string): Question | undefined;
  /** The text of a sentence that a question cites (the feedback quotes it). */
  sentence(id: string): { ar: string; en: string } | undefined;
}

/** The bank `data` holds. */
export function createBank(data: BankData): Bank {
  const all: readonly Question[] = data.questions;
  const byId = new Map(all.map((q) => [q.id, q]));
  const sentences = data.sentences;
  return {
    all,
    byId: (id) => byId.get(id),
    sentence: (id) => (Object.hasOwn(sentences, id) ? sentences[id] : undefined),
  };
}

/** Every question id, in bank order. */
export function allQuestionIds(bank: Bank): string[] {
  return bank.all.map((q) => q.id);
}

/** How many questions of each kind the bank holds. */
export function countByKind(bank: Bank): Record<Kind, number> {
  const out = {} as Record<Kind, number>;
  for (const q of bank.all) out[q.kind] = (out[q.kind] ?? 0) + 1;
  return out;
}
