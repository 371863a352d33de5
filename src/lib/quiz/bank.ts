import type { Kind, Question } from './types';

/*
 * The question bank as the app holds it. It is built at build time (`build-bank.ts`) and written to
 * `/data/quiz.json`; a page that needs it loads it once (`load-bank.ts`) and installs it here. Until
 * then the bank is empty: `bankReady()` tells.
 */

/** `/data/quiz.json`: every question, and the article's sentences they cite, in both languages. */
export type BankData = {
  questions: Question[];
  sentences: Record<string, { ar: string; en: string }>;
};

/** Every question, in bank order (empty until installed). */
export let bank: readonly Question[] = [];
let byId = new Map<string, Question>();
let quoted: BankData['sentences'] = {};

/** Makes `data` the bank. Called once the data is loaded; the tests install the built bank. */
export function installBank(data: BankData): void {
  bank = data.questions;
  byId = new Map(bank.map((q) => [q.id, q]));
  quoted = data.sentences;
}

export function bankReady(): boolean {
  return bank.length > 0;
}

/** The question with this id, or undefined (ids come from storage and links, so callers must check). */
export function questionById(id: string): Question | undefined {
  return byId.get(id);
}

/** Every question id, in bank order. */
export function allQuestionIds(): string[] {
  return bank.map((q) => q.id);
}

/** How many questions of each kind the bank holds. */
export function countByKind(): Record<Kind, number> {
  const out = {} as Record<Kind, number>;
  for (const q of bank) out[q.kind] = (out[q.kind] ?? 0) + 1;
  return out;
}

/** The text of a sentence that a question cites (the feedback quotes it). */
export function citedSentence(id: string): { ar: string; en: string } | undefined {
  return quoted[id];
}
