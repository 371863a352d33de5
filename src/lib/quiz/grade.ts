import type { Bank } from './bank';
import type { Answer, Question, QuizConfig } from './types';

/** Whether an answer has the right shape for a question (from storage or a link, so never trusted). */
export function isValidAnswer(q: Question, a: unknown): a is Answer {
  switch (q.format) {
    case 'choice':
      return typeof a === 'number' && Number.isInteger(a) && a >= 0 && a < q.options.length;
    case 'truefalse':
      return typeof a === 'boolean';
    case 'order': {
      if (!Array.isArray(a) || a.length !== q.items.length) return false;
      const seen = new Set<number>();
      for (const x of a) {
        if (typeof x !== 'number' || !Number.isInteger(x) || x < 0 || x >= q.items.length || seen.has(x))
          return false;
        seen.add(x);
      }
      return true;
    }
  }
}

/** Whether `answer` is right. Anything malformed is simply wrong, never an error. */
export function grade(q: Question, answer: unknown): boolean {
  if (!isValidAnswer(q, answer)) return false;
  switch (q.format) {
    case 'choice':
      return answer === q.answer;
    case 'truefalse':
      return answer === q.answer;
    case 'order':
      return (answer as number[]).every((x, i) => x === i);
  }
}

/** For an order answer: how many items sit in their right place (for the review, not the score). */
export function itemsInPlace(q: Question, answer: unknown): number {
  if (q.format !== 'order' || !isValidAnswer(q, answer)) return 0;
  return (answer as number[]).filter((x, i) => x === i).length;
}

export type QuestionResult = { id: string; answered: boolean; correct: boolean };
export type Score = { correct: number; answered: number; total: number; results: QuestionResult[] };

/**
 * Grades a whole answer list against the bank's questions. `answers[i]` answers `config.questionIds[i]`
 * (config order, never the shuffled display order), `null` for unanswered. Unknown question ids count
 * as wrong: a link from a newer app may name questions this device does not have.
 */
export function scoreAnswers(
  config: QuizConfig,
  answers: readonly (Answer | null | undefined)[],
  bank: Bank,
): Score {
  const results = config.questionIds.map((id, i) => {
    const q = bank.byId(id);
    const a = answers[i];
    const answered = a !== null && a !== undefined && !!q && isValidAnswer(q, a);
    return { id, answered, correct: answered && grade(q!, a) };
  });
  return {
    correct: results.filter((r) => r.correct).length,
    answered: results.filter((r) => r.answered).length,
    total: results.length,
    results,
  };
}
