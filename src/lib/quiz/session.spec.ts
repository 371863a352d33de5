import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from './bank';
import { bankData } from './build-bank';
import { QuizSession, defaultConfig, displayOrder, isRestorable, playOrder, retryConfig } from './session';
import type { Answer, Question, QuizConfig } from './types';

const bank = createBank(bankData());

const T0 = Date.UTC(2025, 0, 1);

function rightAnswer(q: Question): Answer {
  if (q.format === 'choice') return q.answer;
  if (q.format === 'truefalse') return q.answer;
  return q.items.map((_, i) => i);
}

function wrongAnswer(q: Question): Answer {
  if (q.format === 'choice') return (q.answer + 1) % q.options.length;
  if (q.format === 'truefalse') return !q.answer;
  return q.items.map((_, i) => i).reverse();
}

describe('quiz configs', () => {
  it('defaultConfig(bank, lang, mode, seed) holds every question in a seeded order', () => {
    const c = defaultConfig(bank, 'ar', 'practice', 7);
    expect(c.questionIds).toEqual(allQuestionIds(bank));
    expect(c.order).toEqual({ seed: 7 });
    expect(defaultConfig(bank, 'ar', 'practice', 7, 10).questionIds).toHaveLength(10);
    expect(defaultConfig(bank, 'ar', 'practice', 7, 10)).toEqual(
      defaultConfig(bank, 'ar', 'practice', 7, 10),
    );
    expect(defaultConfig(bank, 'ar', 'practice', 7, 10).questionIds).not.toEqual(
      defaultConfig(bank, 'ar', 'practice', 8, 10).questionIds,
    );
  });

  it('playOrder(config) is fixed or seeded: the same seed gives the same quiz', () => {
    const ids = allQuestionIds(bank);
    const fixed: QuizConfig = { questionIds: ids, order: 'fixed', lang: 'en', mode: 'practice' };
    expect(playOrder(fixed)).toEqual(ids.map((_, i) => i));
    const a = playOrder({ ...fixed, order: { seed: 1 } });
    expect(a).toEqual(playOrder({ ...fixed, order: { seed: 1 } }));
    expect(a).not.toEqual(playOrder({ ...fixed, order: { seed: 2 } }));
  });
});

describe('displayOrder(question, seed)', () => {
  it('shuffles text options by the seed, the same way every time', () => {
    const q = bank.byId('inference.needs-moscow')!;
    const orders = new Set(Array.from({ length: 30 }, (_, s) => displayOrder(q, s).join()));
    expect(orders.size).toBeGreaterThan(5);
    expect(displayOrder(q, 3)).toEqual(displayOrder(q, 3));
  });

  it('shows numbers and days sorted, and true before false', () => {
    const n = bank.byId('number.n-51')!;
    if (n.format !== 'choice') throw new Error();
    const shown = displayOrder(n, 99).map((i) => (n.options[i].label as { n: number }).n);
    expect(shown).toEqual([5, 15, 48, 51]);
    const d = bank.byId('relative-date.unsc-vote')!;
    if (d.format !== 'choice') throw new Error();
    const days = displayOrder(d, 1).map((i) => d.options[i].id);
    expect(days).toEqual([...days].sort());
    expect(displayOrder(bank.byId('truefalse.clashes')!, 5)).toEqual([0, 1]);
  });

  it('never starts an order question already in the right order', () => {
    const q = bank.byId('order.events')!;
    for (let seed = 0; seed < 500; seed++) expect(displayOrder(q, seed)).not.toEqual([0, 1, 2, 3]);
  });
});

describe('QuizSession', () => {
  const config = defaultConfig(bank, 'en', 'practice', 11, 6);

  it('QuizSession.start(config, seed, bank) begins at the first question with nothing answered', () => {
    const s = QuizSession.start(config, 5, T0, bank);
    expect(s.position).toBe(0);
    expect(s.total).toBe(6);
    expect(s.finished).toBe(false);
    expect(s.currentAnswer).toBeNull();
    expect(s.current?.id).toBe(config.questionIds[playOrder(config)[0]]);
    expect(() => QuizSession.start({ ...config, questionIds: ['no.such'] }, 1, T0, bank)).toThrow();
  });

  it('answer(a) records the first answer only: a double tap does not record twice', () => {
    const s0 = QuizSession.start(config, 5, T0, bank);
    const q = s0.current!;
    const s1 = s0.answer(wrongAnswer(q));
    expect(s1).not.toBe(s0);
    expect(s1.currentAnswer).toEqual(wrongAnswer(q));
    const s2 = s1.answer(rightAnswer(q));
    expect(s2).toBe(s1);
    expect(s2.score().correct).toBe(0);
    // The original is untouched (sessions are values).
    expect(s0.currentAnswer).toBeNull();
  });

  it('answer(a) ignores answers of the wrong shape', () => {
    const s0 = QuizSession.start(config, 5, T0, bank);
    expect(s0.answer([9, 9, 9] as Answer)).toBe(s0);
  });

  it('next(now) moves on only after an answer, and finishes after the last', () => {
    let s = QuizSession.start(config, 5, T0, bank);
    expect(s.next(T0)).toBe(s);
    for (let i = 0; i < s.total; i++) s = s.answer(rightAnswer(s.current!)).next(T0 + i);
    expect(s.finished).toBe(true);
    expect(s.current).toBeNull();
    expect(s.data.finishedAt).toBe(T0 + 5);
    expect(s.score()).toMatchObject({ correct: 6, total: 6 });
    expect(s.missedIds()).toEqual([]);
  });

  it('answers are stored in config order, whatever order the questions were played in', () => {
    let s = QuizSession.start(config, 5, T0, bank);
    const first = s.current!;
    s = s.answer(rightAnswer(first));
    const at = config.questionIds.indexOf(first.id);
    expect(s.data.answers[at]).toEqual(rightAnswer(first));
    expect(s.data.answers.filter((a) => a !== null)).toHaveLength(1);
  });

  it('toString() and QuizSession.restore(text, bank) round-trip: same question, same answers', () => {
    let s = QuizSession.start(config, 5, T0, bank);
    s = s.answer(wrongAnswer(s.current!)).next(T0);
    s = s.answer(rightAnswer(s.current!));
    const back = QuizSession.restore(s.toString(), bank)!;
    expect(back.position).toBe(1);
    expect(back.current!.id).toBe(s.current!.id);
    expect(back.currentAnswer).toEqual(s.currentAnswer);
    expect(back.data).toEqual(s.data);
    expect(back.displayOrderAt(1)).toEqual(s.displayOrderAt(1));
  });

  it('QuizSession.restore(text, bank) refuses anything that is not a playable session', () => {
    const good = QuizSession.start(config, 5, T0, bank).toString();
    expect(QuizSession.restore('{', bank)).toBeNull();
    expect(QuizSession.restore('null', bank)).toBeNull();
    expect(QuizSession.restore('{"config":{}}', bank)).toBeNull();
    const d = JSON.parse(good);
    d.config.questionIds[0] = 'gone.question';
    expect(QuizSession.restore(JSON.stringify(d), bank)).toBeNull();
    const e = JSON.parse(good);
    e.at = 3; // three questions "passed" without answers
    expect(QuizSession.restore(JSON.stringify(e), bank)).toBeNull();
    const f = JSON.parse(good);
    f.answers = [];
    expect(QuizSession.restore(JSON.stringify(f), bank)).toBeNull();
  });

  it('isRestorable(data, bank) checks each stored answer against its question', () => {
    const d = QuizSession.start(config, 5, T0, bank).data;
    const i = config.questionIds.findIndex((id) => bank.byId(id)!.format === 'choice');
    const bad = structuredClone(d);
    bad.answers[i] = 17;
    expect(isRestorable(d, bank)).toBe(true);
    expect(isRestorable(bad, bank)).toBe(false);
  });

  it('missedIds() and retryConfig() make a quiz of just the missed questions', () => {
    let s = QuizSession.start(config, 5, T0, bank);
    const missed: string[] = [];
    for (let i = 0; i < s.total; i++) {
      const q = s.current!;
      const wrong = i % 2 === 0;
      if (wrong) missed.push(q.id);
      s = s.answer(wrong ? wrongAnswer(q) : rightAnswer(q)).next(T0);
    }
    expect(s.missedIds()).toEqual(missed);
    const retry = retryConfig(s.config, s.missedIds(), 77);
    expect(retry).toMatchObject({ questionIds: missed, order: { seed: 77 }, mode: 'practice', lang: 'en' });
    expect(QuizSession.start(retry, 1, T0, bank).total).toBe(missed.length);
  });
});
