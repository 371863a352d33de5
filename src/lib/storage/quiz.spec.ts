import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackingStorage } from './store';
import { MemoryStorage } from './memory-storage';
import { attemptsStore, recordAttempt, sessionStore } from './quiz';
import { QuizSession, defaultConfig } from '$lib/quiz/session';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { ATTEMPTS_MAX, type Attempt } from '$lib/quiz/schema';

const bank = createBank(bankData());

let mem: MemoryStorage;
beforeEach(() => {
  mem = new MemoryStorage();
  setBackingStorage(mem);
});
afterEach(() => setBackingStorage(undefined));

const T0 = Date.UTC(2025, 0, 1);
const KEY = 'qaryatayn.quiz.session.default';

describe('the quiz session store', () => {
  it('sessionStore(bank).save(data) then load() gives the same session back', () => {
    let s = QuizSession.start(defaultConfig(bank, 'ar', 'exam', 3, 5), 9, T0, bank);
    const q = s.current!;
    s = s.answer(q.format === 'truefalse' ? true : q.format === 'order' ? q.items.map((_, i) => i) : 0);
    expect(sessionStore(bank).save(s.data)).toEqual({ ok: true });
    expect(JSON.parse(mem.getItem(KEY)!).v).toBe(2);
    const r = sessionStore(bank).load();
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.migrated).toBe(false);
    expect(QuizSession.fromData(r.value, bank)!.data).toEqual(s.data);
  });

  it('sessionStore(bank, slot) keeps separate slots apart', () => {
    sessionStore(bank, 'teacher-abc').save(
      QuizSession.start(defaultConfig(bank, 'en', 'exam', 1, 3), 1, T0, bank).data,
    );
    expect(sessionStore(bank).load().status).toBe('empty');
    expect(sessionStore(bank, 'teacher-abc').load().status).toBe('ok');
  });

  it('load() migrates a version 1 session (answers by id, no config) to version 2', () => {
    const ids = allQuestionIds(bank).slice(0, 4);
    const first = bank.byId(ids[0])!;
    const a0 = first.format === 'truefalse' ? false : first.format === 'order' ? [1, 0, 2, 3] : 2;
    const v1 = {
      v: 1,
      data: {
        ids,
        seed: 42,
        lang: 'en',
        answers: { [ids[0]]: a0 },
        current: 1,
        started: '2025-01-01T10:00:00.000Z',
      },
    };
    mem.setItem(KEY, JSON.stringify(v1));
    const r = sessionStore(bank).load();
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.migrated).toBe(true);
    expect(r.value).toEqual({
      config: { questionIds: ids, order: 'fixed', lang: 'en', mode: 'practice' },
      seed: 42,
      answers: [a0, null, null, null],
      at: 1,
      startedAt: Date.UTC(2025, 0, 1, 10),
      finishedAt: null,
    });
    // Written back in the new shape, and playable at the same question.
    expect(JSON.parse(mem.getItem(KEY)!).v).toBe(2);
    const s = QuizSession.fromData(r.value, bank)!;
    expect(s.current!.id).toBe(ids[1]);
  });

  it('load() sets aside corrupt text and an unknown question, never throwing', () => {
    for (const raw of [
      '{not json',
      JSON.stringify({ v: 2, data: { hello: 1 } }),
      JSON.stringify({
        v: 2,
        data: {
          ...QuizSession.start(defaultConfig(bank, 'en', 'exam', 1, 3), 1, T0, bank).data,
          config: { questionIds: ['gone.q'], order: 'fixed', lang: 'en', mode: 'exam' },
          answers: [null],
        },
      }),
      JSON.stringify({ v: 1, data: { ids: 'nope' } }),
    ]) {
      mem.setItem(KEY, raw);
      const r = sessionStore(bank).load();
      expect(r.status, raw).toBe('set-aside');
      expect(mem.getItem(KEY)).toBeNull();
      expect(mem.getItem(`${KEY}.set-aside`)).toBe(raw);
    }
  });

  it('load() leaves a session saved by a newer version (another tab) exactly as it is', () => {
    const raw = JSON.stringify({ v: 9, data: {} });
    mem.setItem(KEY, raw);
    expect(sessionStore(bank).load()).toEqual({ status: 'newer' });
    expect(mem.getItem(KEY)).toBe(raw);
    expect(mem.getItem(`${KEY}.set-aside`)).toBeNull();
  });

  it('load() reports unavailable storage instead of failing', () => {
    setBackingStorage(null);
    expect(sessionStore(bank).load().status).toBe('unavailable');
    expect(
      sessionStore(bank).save(QuizSession.start(defaultConfig(bank, 'en', 'exam', 1, 3), 1, T0, bank).data),
    ).toEqual({
      ok: false,
      reason: 'unavailable',
    });
  });
});

describe('past attempts', () => {
  const attempt = (i: number): Attempt => ({
    at: T0 + i,
    correct: i % 10,
    total: 10,
    mode: 'practice',
    lang: 'ar',
    retry: false,
  });

  it('recordAttempt(list, attempt) puts the newest first and keeps at most ATTEMPTS_MAX', () => {
    let list: Attempt[] = [];
    for (let i = 0; i < ATTEMPTS_MAX + 5; i++) list = recordAttempt(list, attempt(i)).list;
    expect(list).toHaveLength(ATTEMPTS_MAX);
    expect(list[0].at).toBe(T0 + ATTEMPTS_MAX + 4);
    const r = attemptsStore.load();
    expect(r.status === 'ok' && r.value).toEqual(list);
  });

  it('attemptsStore.load() sets aside an attempt list that fails its schema', () => {
    mem.setItem('qaryatayn.quiz.attempts', JSON.stringify({ v: 1, data: [{ at: 'yesterday' }] }));
    expect(attemptsStore.load().status).toBe('set-aside');
  });
});
