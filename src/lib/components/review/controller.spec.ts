import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackingStorage } from '$lib/storage/store';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { recordMissed, readDeck, saveWord } from '$lib/storage/review';
import { articleWords } from '$lib/content/words/all';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { dayOf, type Clock } from '$lib/review/scheduler';
import type { Answer, Question } from '$lib/quiz/types';
import { ReviewController } from './controller.svelte';

const bank = createBank(bankData());

/** The current card's question (the card must be a question's). */
function qOf(c: ReviewController): Question {
  const cur = c.current!;
  if (cur.kind !== 'q') throw new Error(`${cur.card.key} is not a question`);
  return cur.q;
}

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
  it('reviews vocabulary cards like the others: shown, graded by the engine, rescheduled', () => {
    const ids = ['word-meaning.helicopters', 'same-root.location', 'vowelled.crisis', 'word-fits.weapons'];
    for (const id of ids) recordMissed(id, clock());
    now += DAY;
    const c = new ReviewController(bank, clock);
    c.load();
    expect(c.dueCount()).toBe(4);
    c.start();
    const shown: string[] = [];
    while (c.view === 'play') {
      const card = c.current!.card;
      const q = qOf(c);
      expect(q.id).toBe(card.key.slice(2));
      shown.push(q.id);
      now += 5_000;
      c.answerCard(right(q));
      c.next();
    }
    expect(shown.sort()).toEqual([...ids].sort());
    expect(c.dueCount()).toBe(0);
    expect(readDeck().deck.every((card) => card.reps === 1 && card.due > now)).toBe(true);
    expect(bank.byId(ids[0])?.kind).toBe('word-meaning');
  });

  it('the questions missed today are due tomorrow; a session reviews each and ends with the next day', () => {
    const ids = allQuestionIds(bank).slice(0, 3);
    for (const id of ids) recordMissed(id, clock());
    const c = new ReviewController(bank, clock);
    c.load();
    expect(c.dueCount()).toBe(0);
    expect(c.nextDay()).toBe(dayOf(now, 180) + 1);

    now += DAY;
    expect(c.dueCount()).toBe(3);
    c.start();
    const shown: string[] = [];
    let failedOnce = false;
    while (c.view === 'play') {
      const card = c.current!.card;
      const q = qOf(c);
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
    recordMissed(allQuestionIds(bank)[0], clock());
    recordMissed('no-such.question', clock());
    const c = new ReviewController(bank, clock);
    c.load();
    expect(c.showable).toHaveLength(1);
    expect(c.hidden).toBe(1);
    c.start(true);
    expect(c.view).toBe('play');
    expect(bank.byId(c.current!.card.key.slice(2))).toBeTruthy();
    c.answerCard(right(qOf(c)));
    c.next();
    expect(c.view).toBe('done');
  });

  it('reports a damaged deck, and an answer it could not save', () => {
    const mem = new MemoryStorage();
    setBackingStorage(mem);
    mem.setItem('qaryatayn.review.deck', 'garbage');
    const c = new ReviewController(bank, clock);
    c.load();
    expect(c.problem).toBe('set-aside');
    setBackingStorage(null);
    c.load();
    expect(c.problem).toBe('unavailable');
  });

  it('shows saved words once the word layer is in: meaning on request, rated by recall, failed ones again today', () => {
    saveWord('p3.s1.w3', clock());
    saveWord('p1.s1.w1', clock());
    saveWord('p99.s1.w1', clock());
    const c = new ReviewController(bank, clock);
    c.load();
    expect(c.hasWords).toBe(true);
    // Without the word layer, its cards wait (kept, not shown).
    expect(c.showable).toHaveLength(0);
    c.words = articleWords();
    expect(c.showable).toHaveLength(2);
    expect(c.hidden).toBe(1);
    now += 86_400_000;
    expect(c.dueCount()).toBe(2);
    c.start();
    const seen: string[] = [];
    while (c.view === 'play') {
      const cur = c.current!;
      expect(cur.kind).toBe('w');
      if (cur.kind !== 'w') break;
      seen.push(`${cur.card.key} ${cur.word.w}`);
      // Rated only once its meaning showed.
      expect(c.rateWord('good')).toBe(false);
      c.reveal();
      expect(c.revealed).toBe(true);
      now += 4_000;
      const first = !seen.slice(0, -1).some((x) => x.startsWith(cur.card.key));
      expect(c.rateWord(cur.card.key === 'w:p3.s1.w3' && first ? 'again' : 'easy')).toBe(true);
      expect(c.revealed).toBe(false);
    }
    // «يصوت» failed once comes back in the same session; «وزير» once.
    expect(seen.filter((x) => x === 'w:p3.s1.w3 يصوت')).toHaveLength(2);
    expect(seen.filter((x) => x === 'w:p1.s1.w1 وزير')).toHaveLength(1);
    expect(seen).toHaveLength(3);
    expect(c.reviewed).toBe(2);
    expect(c.dueCount()).toBe(0);
    const deck = readDeck().deck;
    expect(deck.find((x) => x.key === 'w:p1.s1.w1')!.due).toBeGreaterThan(now + 86_400_000);
    expect(deck.find((x) => x.key === 'w:p99.s1.w1')!.reps).toBe(0);
  });
});
