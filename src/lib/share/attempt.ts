import type { SessionData } from '$lib/quiz/session';
import type { Answer, QuizConfig } from '$lib/quiz/types';

/*
 * A student's finished attempt at a teacher's quiz: what the result link reports. It is kept apart
 * from the session, because "retry the missed ones" replaces the session with a smaller quiz, and the
 * teacher wants the whole quiz back.
 */

export type LinkedAttempt = {
  /** In the teacher's quiz's list order (`config.questionIds`). */
  answers: (Answer | null)[];
  startedAt: number;
  finishedAt: number;
};

/** Whether two configs ask the same questions in the same order (title and mode aside). */
export function sameQuestions(a: QuizConfig, b: QuizConfig): boolean {
  if (a.questionIds.length !== b.questionIds.length) return false;
  if (a.questionIds.some((id, i) => id !== b.questionIds[i])) return false;
  if (a.order === 'fixed' || b.order === 'fixed') return a.order === b.order;
  return a.order.seed === b.order.seed;
}

/** The attempt a finished session makes at the teacher's quiz; null when unfinished or a retry. */
export function attemptOf(data: SessionData, given: QuizConfig): LinkedAttempt | null {
  if (data.finishedAt === null || !sameQuestions(data.config, given)) return null;
  return { answers: data.answers.slice(), startedAt: data.startedAt, finishedAt: data.finishedAt };
}

/** Whether a stored attempt can be reported for this quiz (one answer per question). */
export function fitsQuiz(attempt: LinkedAttempt, given: QuizConfig): boolean {
  return attempt.answers.length === given.questionIds.length && attempt.finishedAt >= attempt.startedAt;
}
