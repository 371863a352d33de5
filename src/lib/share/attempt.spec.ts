import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { QuizSession } from '$lib/quiz/session';
import type { QuizConfig } from '$lib/quiz/types';
import { attemptOf, fitsQuiz, sameQuestions } from './attempt';
import { attemptResultPath, decodeResultLink, resultOf } from './result-link';

const bank = createBank(bankData());

const ids = allQuestionIds(bank).slice(0, 3);
const given: QuizConfig = { questionIds: ids, order: 'fixed', lang: 'ar', mode: 'exam', title: 'Week 3' };

/** A session of `config` answered with the first option everywhere, finished at `end`. */
function finished(config: QuizConfig, start: number, end: number) {
  let s = QuizSession.start(config, 9, start, bank);
  while (!s.finished) {
    const q = s.current!;
    s = s.answer(q.format === 'truefalse' ? true : q.format === 'order' ? q.items.map((_, i) => i) : 0);
    s = s.next(end);
  }
  return s.data;
}

describe('sameQuestions(a, b)', () => {
  it('compares the questions and their order, not the title or mode', () => {
    expect(sameQuestions(given, { ...given, title: 'Other', mode: 'practice' })).toBe(true);
    expect(sameQuestions(given, { ...given, questionIds: ids.slice(0, 2) })).toBe(false);
    expect(sameQuestions(given, { ...given, questionIds: [...ids].reverse() })).toBe(false);
    expect(sameQuestions(given, { ...given, order: { seed: 1 } })).toBe(false);
    expect(sameQuestions({ ...given, order: { seed: 1 } }, { ...given, order: { seed: 1 } })).toBe(true);
    expect(sameQuestions({ ...given, order: { seed: 1 } }, { ...given, order: { seed: 2 } })).toBe(false);
  });
});

describe('attemptOf(data, given)', () => {
  it('takes a finished whole attempt', () => {
    const data = finished(given, 1_000, 301_000);
    expect(attemptOf(data, given)).toEqual({ answers: data.answers, startedAt: 1_000, finishedAt: 301_000 });
  });

  it('ignores an unfinished session and a retry of some questions', () => {
    expect(attemptOf(QuizSession.start(given, 1, 0, bank).data, given)).toBeNull();
    const retry = finished({ ...given, questionIds: ids.slice(1), order: { seed: 5 } }, 0, 1);
    expect(attemptOf(retry, given)).toBeNull();
  });
});

describe('fitsQuiz(attempt, given)', () => {
  it('needs one answer a question and a finish after the start', () => {
    expect(fitsQuiz({ answers: [null, null, null], startedAt: 0, finishedAt: 1 }, given)).toBe(true);
    expect(fitsQuiz({ answers: [null], startedAt: 0, finishedAt: 1 }, given)).toBe(false);
    expect(fitsQuiz({ answers: [null, null, null], startedAt: 5, finishedAt: 1 }, given)).toBe(false);
  });
});

describe('resultOf(given, attempt, name) / attemptResultPath(given, attempt, name, bank)', () => {
  const data = finished(given, Date.UTC(2026, 0, 5, 9, 0), Date.UTC(2026, 0, 5, 9, 7, 30));
  const attempt = attemptOf(data, given)!;

  it('reports the answers, the finish and the time taken, never a score', () => {
    const r = resultOf(given, attempt, 'Layla');
    expect(r).toEqual({
      quiz: given,
      name: 'Layla',
      answers: data.answers,
      finishedAt: Date.UTC(2026, 0, 5, 9, 7, 30),
      durationSec: 450,
    });
  });

  it('links to the results page in the quiz’s language, and decodes back to the same result', () => {
    const path = attemptResultPath(given, attempt, 'ليلى', bank);
    expect(path).toMatch(/^\/ar\/results#[A-Za-z0-9_-]+$/);
    const back = decodeResultLink(path.split('#')[1], bank);
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.name).toBe('ليلى');
    expect(back.value.answers).toEqual(data.answers);
    expect(back.value.durationSec).toBe(450);
    expect(back.value.finishedAt).toBe(Date.UTC(2026, 0, 5, 9, 7));
  });
});
