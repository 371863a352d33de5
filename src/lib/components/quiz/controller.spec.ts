import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackingStorage } from '$lib/storage/store';
import { MemoryStorage } from '$lib/storage/memory-storage';
import type { Lang } from '$lib/i18n/lang';
import type { Answer, Question } from '$lib/quiz/types';
import { QuizController, SHORT_ROUND } from './controller.svelte';
import { createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';

const bank = createBank(bankData());

const wrong = (q: Question): Answer =>
  q.format === 'choice'
    ? (q.answer + 1) % q.options.length
    : q.format === 'truefalse'
      ? !q.answer
      : [3, 2, 1, 0].slice(-q.items.length);

let mem: MemoryStorage;
/** Every controller a test makes: a wrong answer writes to the review deck a moment later, in its own test's storage. */
let made: QuizController[] = [];
const make = (lang: Lang, opts?: ConstructorParameters<typeof QuizController>[2]) => {
  const c = new QuizController(bank, lang, opts);
  made.push(c);
  return c;
};
beforeEach(() => {
  mem = new MemoryStorage();
  setBackingStorage(mem);
});
afterEach(async () => {
  await Promise.all(made.map((c) => c.missed));
  made = [];
  setBackingStorage(undefined);
});

describe('QuizController', () => {
  it('start(mode, short) plays a quick round and saves it at once', () => {
    const c = make('en');
    c.load();
    expect(c.view).toBe('start');
    expect(c.playing).toBe(false);
    c.start('exam', true);
    expect(c.playing).toBe(true);
    expect(c.session!.total).toBe(SHORT_ROUND);
    expect(c.session!.config.mode).toBe('exam');
    expect(JSON.parse(mem.getItem('qaryatayn.quiz.session.default')!).data.at).toBe(0);
  });

  it('answer(a) saves on every answer and refuses a second one', () => {
    const c = make('ar');
    c.start('practice', true);
    const q = c.session!.current!;
    expect(c.answer(wrong(q))).toBe(true);
    expect(c.answer(wrong(q))).toBe(false);
    const saved = JSON.parse(mem.getItem('qaryatayn.quiz.session.default')!).data;
    expect(saved.answers.filter((a: unknown) => a !== null)).toHaveLength(1);
  });

  it('answer(a) puts a wrongly answered question into the review deck, and a right one not', async () => {
    const c = make('en');
    c.start('exam', true);
    const first = c.session!.current!;
    c.answer(wrong(first));
    await c.missed;
    c.next();
    const second = c.session!.current!;
    c.answer(second.format === 'order' ? second.items.map((_, i) => i) : second.answer);
    await c.missed;
    const deck = JSON.parse(mem.getItem('qaryatayn.review.deck')!).data;
    expect(deck.map((card: { key: string }) => card.key)).toEqual([`q:${first.id}`]);
  });

  it('a vocabulary question answered wrongly in a teacher’s quiz becomes a card like any other', async () => {
    const ids = ['word-meaning.clashes', 'same-root.coalition', 'vowelled.town', 'word-fits.road'];
    const c = make('ar', {
      slot: 'vocab',
      config: { questionIds: ids, order: 'fixed', lang: 'ar', mode: 'practice' },
    });
    c.start('practice', false);
    for (let i = 0; i < ids.length; i++) {
      const q = c.session!.current!;
      expect(q.id).toBe(ids[i]);
      expect(c.answer(wrong(q))).toBe(true);
      c.next();
    }
    await c.missed;
    const deck = JSON.parse(mem.getItem('qaryatayn.review.deck')!).data;
    expect(deck.map((card: { key: string }) => card.key).sort()).toEqual(ids.map((id) => `q:${id}`).sort());
  });

  it('next() after the last answer shows the score, records the attempt and stops "playing"', () => {
    const c = make('en');
    c.start('practice', true);
    for (let i = 0; i < SHORT_ROUND; i++) {
      c.answer(wrong(c.session!.current!));
      c.next();
    }
    expect(c.view).toBe('score');
    expect(c.playing).toBe(false);
    expect(c.attempts).toHaveLength(1);
    expect(c.attempts[0]).toMatchObject({ correct: 0, total: SHORT_ROUND, mode: 'practice', retry: false });
    c.retryMissed();
    expect(c.playing).toBe(true);
    expect(c.session!.total).toBe(SHORT_ROUND);
  });

  it('load() opens an unfinished quiz at its question, and reports set-aside data', () => {
    const a = make('en');
    a.start('practice', false);
    a.answer(wrong(a.session!.current!));
    a.next();
    const b = make('en');
    b.load();
    expect(b.view).toBe('play');
    expect(b.session!.position).toBe(1);

    mem.setItem('qaryatayn.quiz.session.default', 'garbage');
    const c = make('en');
    c.load();
    expect(c.view).toBe('start');
    expect(c.notices).toEqual(['setAside']);
  });

  it('a failed save is reported (unsaved), never thrown', () => {
    setBackingStorage(null);
    const c = make('en');
    c.load();
    c.start('practice', true);
    expect(c.unsaved).toBe(true);
    expect(c.playing).toBe(true);
  });

  it('a given config (a teacher’s quiz) is used instead of the standard one', () => {
    const c = make('en', {
      slot: 't1',
      config: {
        questionIds: ['place.road', 'order.plan'],
        order: 'fixed',
        lang: 'en',
        mode: 'exam',
        title: 'Week 3',
      },
    });
    c.start('practice', false);
    expect(c.session!.total).toBe(2);
    expect(c.session!.config.title).toBe('Week 3');
    expect(mem.getItem('qaryatayn.quiz.session.t1')).not.toBeNull();
    expect(mem.getItem('qaryatayn.quiz.session.default')).toBeNull();
  });

  it('a teacher’s quiz keeps its whole attempt for the result link, through a retry and a reload', () => {
    const config = {
      questionIds: ['place.road', 'truefalse.clashes', 'number.n-51'],
      order: 'fixed' as const,
      lang: 'ar' as const,
      mode: 'practice' as const,
      title: 'Week 3',
    };
    const c = make('en', { slot: 'link-x', config });
    c.load();
    expect(c.linked).toBeNull();
    c.start('practice', false);
    for (let i = 0; i < 3; i++) {
      c.answer(wrong(c.session!.current!));
      c.next();
    }
    expect(c.view).toBe('score');
    expect(c.linked).toMatchObject({ answers: c.session!.data.answers });
    const whole = c.linked!;
    expect(JSON.parse(mem.getItem('qaryatayn.quiz.result.link-x')!).data).toEqual(whole);

    // A retry of the missed questions is a smaller quiz: it does not replace the whole attempt.
    c.retryMissed();
    for (let i = 0; i < 3; i++) {
      c.answer(wrong(c.session!.current!));
      c.next();
    }
    expect(c.session!.config.order).not.toBe('fixed');
    expect(c.linked).toEqual(whole);

    // A reload opens on the score, where the result link is.
    const d = make('en', { slot: 'link-x', config });
    d.load();
    expect(d.view).toBe('score');
    expect(d.linked).toEqual(whole);
    // Another teacher's quiz has its own slot and nothing to report yet.
    const e = make('en', { slot: 'link-y', config: { ...config, title: 'Other' } });
    e.load();
    expect(e.view).toBe('start');
    expect(e.linked).toBeNull();
  });

  it('the standard quiz keeps no attempt for a result link and reopens finished quizzes on the start page', () => {
    const c = make('en');
    c.start('practice', true);
    for (let i = 0; i < SHORT_ROUND; i++) {
      c.answer(wrong(c.session!.current!));
      c.next();
    }
    expect(c.linked).toBeNull();
    const d = make('en');
    d.load();
    expect(d.view).toBe('start');
    expect([...mem.map.keys()].some((k) => k.includes('quiz.result'))).toBe(false);
  });
});
