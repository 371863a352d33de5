import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackingStorage } from '$lib/storage/store';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { recordMissed, readDeck } from '$lib/storage/review';
import { allQuestionIds, questionById } from '$lib/quiz/bank';
import { dayOf, type Clock } from '$lib/review/scheduler';
import type { Answer, Question } from '$lib/quiz/types';
import { ReviewController } from './controller.svelte';

const right = (q: Question): Answer =>
  q.format === 'choice' ? q.answer : q.format === 'truefalse' ? q.answer : q.items.map((_, i) => i);
const wrong = (q: Question): Answer =>
  q.format === 'choice'
    ? (q.answer + 1) % q.options.length
    : q.format === 'truefalse'
      ? !q.answer
      : q.items.map((_, i) => i).reverse();

let now = 0;
const clock = (): Clock => ({ now, offset: 180 });
const DAY = 86_400_000;

beforeEach(() => {
  setBackingStorage(new MemoryStorage());
  now = Date.UTC(2026, 7, 3, 15);
});
afterEach(() => setBackingStorage(undefined));

describe('ReviewController', () => {
  it('the questions missed today are due tomorrow; a session reviews each and ends with the next day', () => {
    const ids = allQuestionIds().slice(0, 3);
    for (const id of ids) recordMissed(id, clock());
    const c = new ReviewController(clock);
    c.load();
    expect(c.dueCount()).toBe(0);
    expect(c.nextDay()).toBe(dayOf(now, 180) + 1);

    now += DAY;
    expect(c.dueCount()).toBe(3);
    c.start();
    const shown: string[] = [];
    let failedOnce = false;
    while (c.view === 'play') {
      const { card, q } = c.current!;
      shown.push(card.key);
      now += 5_000;
      const a = !failedOnce && card.key === `q:${ids[1]}` ? wrong(q) : right(q);
      failedOnce ||= card.key === `q:${ids[1]}`;
      expect(c.answerCard(a)).toBe(true);
      expect(c.answerCard(a)).toBe(false);
      c.next();
    }
    expect(shown).toHaveLength(4);
    expect(shown.at(-1)).toBe(`q:${ids[1]}`);
    expect(c.view).toBe('done');
    expect(c.reviewed).toBe(3);
    expect(c.dueCount()).toBe(0);
    expect(c.nextDay()).toBeGreaterThan(dayOf(now, 180));
    expect(readDeck().deck.every((card) => card.reps >= 1)).toBe(true);
  });

  it('practising ahead reviews cards not yet due, and reports cards the bank does not know', () => {
    recordMissed(allQuestionIds()[0], clock());
    recordMissed('no-such.question', clock());
    const c = new ReviewController(clock);
    c.load();
    expect(c.showable).toHaveLength(1);
    expect(c.hidden).toBe(1);
    c.start(true);
    expect(c.view).toBe('play');
    expect(questionById(c.current!.card.key.slice(2))).toBeTruthy();
    c.answerCard(right(c.current!.q));
    c.next();
    expect(c.view).toBe('done');
  });

  it('reports a damaged deck, and an answer it could not save', () => {
    const mem = new MemoryStorage();
    setBackingStorage(mem);
    mem.setItem('qaryatayn.review.deck', 'garbage');
    const c = new ReviewController(clock);
    c.load();
    expect(c.problem).toBe('set-aside');
    setBackingStorage(null);
    c.load();
    expect(c.problem).toBe('unavailable');
  });
});
