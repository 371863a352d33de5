import { describe, expect, it } from 'vitest';
import { createBank } from './bank';
import { bankData } from './build-bank';
import { grade, isValidAnswer, itemsInPlace, scoreAnswers } from './grade';
import type { Question, QuizConfig } from './types';

const bank = createBank(bankData());

function q(id: string): Question {
  const x = bank.byId(id);
  if (!x) throw new Error(id);
  return x;
}

describe('grading each kind', () => {
  const table: [string, unknown, boolean][] = [
    // choice kinds: the canonical index of the right option
    ['who-said.q-zakharova', 0, true],
    ['who-said.q-zakharova', 1, false],
    ['claim.c-strategic', 0, true],
    ['number.n-230000', 1, false],
    ['date.palmyra-falls', 0, true],
    ['relative-date.kerry-announces', 0, true],
    ['relative-date.kerry-announces', 2, false],
    ['place.road', 0, true],
    ['fill.yesterday', 0, true],
    ['fill.yesterday', 3, false],
    ['inference.needs-moscow', 0, true],
    ['choice.organization', 0, true],
    // true/false: a boolean
    ['truefalse.vote-done', false, true],
    ['truefalse.vote-done', true, false],
    ['truefalse.clashes', true, true],
    // order: a permutation of item indices
    ['order.events', [0, 1, 2, 3], true],
    ['order.events', [1, 0, 2, 3], false],
    ['order.plan', [0, 1, 2, 3], true],
  ];
  for (const [id, answer, right] of table)
    it(`grade(${id}, ${JSON.stringify(answer)}) is ${right}`, () => {
      expect(grade(q(id), answer)).toBe(right);
    });

  it('grade(question, malformed) is false, never an error', () => {
    const bad = [null, undefined, -1, 99, 1.5, '0', [0], {}, NaN];
    for (const a of bad) {
      expect(grade(q('place.road'), a)).toBe(false);
      expect(grade(q('truefalse.clashes'), a)).toBe(false);
      expect(grade(q('order.events'), a)).toBe(false);
    }
    expect(isValidAnswer(q('order.events'), [0, 0, 1, 2])).toBe(false);
    expect(isValidAnswer(q('order.events'), [0, 1, 2, 4])).toBe(false);
    expect(isValidAnswer(q('order.events'), [3, 2, 1, 0])).toBe(true);
  });

  it('itemsInPlace(order question, answer) counts the items in their right place', () => {
    expect(itemsInPlace(q('order.events'), [0, 1, 3, 2])).toBe(2);
    expect(itemsInPlace(q('order.events'), [3, 2, 1, 0])).toBe(0);
    expect(itemsInPlace(q('place.road'), 0)).toBe(0);
  });
});

describe('scoreAnswers(config, answers, bank)', () => {
  const config: QuizConfig = {
    questionIds: ['place.road', 'truefalse.vote-done', 'order.events', 'fill.yesterday'],
    order: { seed: 9 },
    lang: 'en',
    mode: 'exam',
  };

  it('grades answers given in config order, counting unanswered ones as wrong', () => {
    const s = scoreAnswers(config, [0, false, [1, 0, 2, 3], null], bank);
    expect(s).toMatchObject({ correct: 2, answered: 3, total: 4 });
    expect(s.results.map((r) => r.correct)).toEqual([true, true, false, false]);
    expect(s.results[3]).toEqual({ id: 'fill.yesterday', answered: false, correct: false });
  });

  it('treats unknown question ids and malformed answers as wrong, without throwing', () => {
    const s = scoreAnswers({ ...config, questionIds: ['no.such', 'place.road'] }, [0, 'x' as never], bank);
    expect(s).toMatchObject({ correct: 0, answered: 0, total: 2 });
    expect(scoreAnswers(config, [], bank).correct).toBe(0);
  });
});
