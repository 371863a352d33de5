import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setBackingStorage } from './store';
import { MemoryStorage } from './memory-storage';
import { deckStore, readDeck, recordMissed, recordReview, saveWord, savedWords } from './review';
import { Rating, dayOf, type Clock } from '$lib/review/scheduler';

let mem: MemoryStorage;
beforeEach(() => {
  mem = new MemoryStorage();
  setBackingStorage(mem);
});
afterEach(() => setBackingStorage(undefined));

const KEY = 'qaryatayn.review.deck';
const at = (days: number): Clock => ({ now: Date.UTC(2026, 7, 3, 15) + days * 86_400_000, offset: 180 });

describe('the review deck store', () => {
  it('recordMissed(id, clock) and saveWord(id, clock) keep cards that load back the same', () => {
    expect(recordMissed('who-said.q-zakharova', at(0))).toEqual({ ok: true });
    expect(saveWord('s3.w4', at(0))).toEqual({ ok: true });
    expect(JSON.parse(mem.getItem(KEY)!).v).toBe(1);
    const { deck, problem } = readDeck();
    expect(problem).toBeNull();
    expect(deck.map((c) => c.key)).toEqual(['q:who-said.q-zakharova', 'w:s3.w4']);
    expect(savedWords()).toEqual(new Set(['s3.w4']));
  });

  it('a question missed twice is one card; a review moves its due day on', () => {
    recordMissed('date.x', at(0));
    recordMissed('date.x', at(0));
    expect(readDeck().deck).toHaveLength(1);
    const { deck, saved } = recordReview('q:date.x', Rating.Good, at(1));
    expect(saved.ok).toBe(true);
    expect(dayOf(deck[0].due, 180)).toBeGreaterThan(dayOf(at(1).now, 180));
    expect(readDeck().deck).toEqual(deck);
  });

  it('never overwrites what another tab saved in between: each change starts from the stored deck', () => {
    recordMissed('a', at(0));
    // Another tab adds a word directly in storage.
    const other = JSON.parse(mem.getItem(KEY)!);
    other.data.push({ ...other.data[0], key: 'w:9' });
    mem.setItem(KEY, JSON.stringify(other));
    recordMissed('b', at(0));
    expect(readDeck().deck.map((c) => c.key)).toEqual(['q:a', 'w:9', 'q:b']);
  });

  it('a damaged deck is set aside (kept, not lost) and reported; a new deck starts', () => {
    mem.setItem(KEY, '{"v":1,"data":[{"key":"nonsense"}]}');
    expect(readDeck()).toEqual({ deck: [], problem: 'set-aside' });
    expect(mem.getItem(`${KEY}.set-aside`)).toContain('nonsense');
    mem.setItem(KEY, '{not json');
    expect(readDeck().problem).toBe('set-aside');
    expect(recordMissed('a', at(0)).ok).toBe(true);
    expect(readDeck().deck).toHaveLength(1);
  });

  it('a card listed twice fails the schema', () => {
    recordMissed('a', at(0));
    const env = JSON.parse(mem.getItem(KEY)!);
    env.data.push(env.data[0]);
    mem.setItem(KEY, JSON.stringify(env));
    expect(readDeck().problem).toBe('set-aside');
  });

  it('blocked storage is reported and nothing throws', () => {
    setBackingStorage(new MemoryStorage({ throwOnRead: true }));
    expect(readDeck().problem).toBe('unavailable');
    expect(recordMissed('a', at(0))).toEqual({ ok: false, reason: 'unavailable' });
    setBackingStorage(null);
    expect(readDeck()).toEqual({ deck: [], problem: 'unavailable' });
    expect(saveWord('w', at(0)).ok).toBe(false);
  });

  it('a full storage is reported', () => {
    setBackingStorage(new MemoryStorage({ quota: 100 }));
    expect(recordMissed('a', at(0))).toEqual({ ok: false, reason: 'full' });
  });

  it('a deck written by a newer version is left exactly as it is', () => {
    const newer = '{"v":2,"data":{"cards":[]}}';
    mem.setItem(KEY, newer);
    expect(readDeck().problem).toBe('newer');
    expect(recordMissed('a', at(0))).toEqual({ ok: false, reason: 'newer' });
    expect(mem.getItem(KEY)).toBe(newer);
    expect(deckStore.key).toBe(KEY);
  });
});
