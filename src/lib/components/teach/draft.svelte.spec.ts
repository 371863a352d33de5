import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/lang';
import type { Draft as DraftData } from '$lib/share/compose';
import { LIMITS } from '$lib/share/quiz-link';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { setBackingStorage } from '$lib/storage/store';
import { Draft, RANDOM_DEFAULT, randomCount } from './draft.svelte';

const KEY = 'qaryatayn.teach.draft';
const IDS = Array.from({ length: 80 }, (_, i) => `q${i}`);

let mem: MemoryStorage;
const stops: (() => void)[] = [];
beforeEach(() => {
  mem = new MemoryStorage();
  setBackingStorage(mem);
});
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  setBackingStorage(undefined);
});

/** A draft as the composer makes it, mounted (its effects run). */
function mounted(pageLang: Lang = 'en'): Draft {
  let d!: Draft;
  stops.push(
    $effect.root(() => {
      d = new Draft({ bankIds: IDS, pageLang: () => pageLang });
    }),
  );
  flushSync();
  return d;
}
const kept = (): DraftData => JSON.parse(mem.getItem(KEY)!).data;

const SAVED: DraftData = {
  selected: ['q3', 'q1'],
  title: 'Week 2',
  classLabel: '9B',
  lang: 'en',
  mode: 'exam',
  order: 'shuffled',
  seed: 42,
};

describe('Draft', () => {
  it('takes up the draft kept on the device when mounted', () => {
    mem.setItem(KEY, JSON.stringify({ v: 1, data: SAVED }));
    const d = mounted('ar');
    expect(d.data).toEqual(SAVED);
    expect(d.chosen.has('q3')).toBe(true);
  });

  it('with none kept, starts one in the page’s language with a seed of its own, kept at once', () => {
    const a = mounted('ar');
    expect(a.data).toMatchObject({ selected: [], title: '', lang: 'ar', mode: 'practice', order: 'fixed' });
    expect(kept()).toEqual(a.data);
    setBackingStorage(new MemoryStorage());
    const b = mounted('en');
    expect(b.lang).toBe('en');
    expect(b.seed).not.toBe(a.seed);
  });

  it('a damaged draft is set aside and a new one started', () => {
    mem.setItem(KEY, '{"v":1,"data":{"selected":"q1"}}');
    const d = mounted('en');
    expect(d.data).toMatchObject({ selected: [], lang: 'en' });
    expect(mem.getItem(`${KEY}.set-aside`)).toContain('"q1"');
  });

  it('keeps every change on the device at once', () => {
    const d = mounted();
    d.title = 'Quiz A';
    flushSync();
    expect(kept().title).toBe('Quiz A');
    d.toggle('q5', true);
    d.mode = 'exam';
    flushSync();
    expect(kept()).toMatchObject({ selected: ['q5'], mode: 'exam' });
  });

  it('toggle(id, on), selectAll(ids) and clear() change the choice, keeping the order it was made in', () => {
    const d = mounted();
    d.toggle('q7', true);
    d.toggle('q2', true);
    d.toggle('q7', false);
    expect(d.selected).toEqual(['q2']);
    d.selectAll(['q1', 'q2', 'q3']);
    expect(d.selected).toEqual(['q2', 'q1', 'q3']);
    d.clear();
    expect(d.selected).toEqual([]);
  });

  it('pickRandom(ids) chooses that many of the questions shown instead, and corrects the field', () => {
    const d = mounted();
    d.toggle('q79', true);
    const shown = IDS.slice(0, 20);
    d.randomN = 5;
    d.pickRandom(shown);
    expect(d.selected).toHaveLength(5);
    expect(new Set(d.selected).size).toBe(5);
    for (const id of d.selected) expect(shown).toContain(id);
    d.randomN = 2.6;
    d.pickRandom(shown);
    expect([d.randomN, d.selected.length]).toEqual([3, 3]);
  });

  it('makes the quiz of its chosen questions, in bank order, or says why there is none', () => {
    const d = mounted();
    expect(d.result).toEqual({ ok: false, reason: 'none' });
    d.selectAll(['q9', 'q4']);
    d.lang = 'ar';
    const r = d.result;
    expect(r.ok && r.config.questionIds).toEqual(['q4', 'q9']);
    // No title typed: the quiz's language gives the default.
    expect(r.ok && r.config.title).toBeTruthy();
    d.selectAll(IDS);
    expect(d.result).toEqual({ ok: false, reason: 'too-many' });
  });

  it('newSeed() gives the shuffled order a new seed, kept', () => {
    const d = mounted();
    const before = d.seed;
    d.newSeed();
    flushSync();
    expect(d.seed).not.toBe(before);
    expect(kept().seed).toBe(d.seed);
  });
});

describe('randomCount(input)', () => {
  it.each([
    [5, 5],
    [2.4, 2],
    ['7', 7],
    [-3, 1],
    [0, RANDOM_DEFAULT],
    [null, RANDOM_DEFAULT],
    ['', RANDOM_DEFAULT],
    ['many', RANDOM_DEFAULT],
    [LIMITS.questions + 40, LIMITS.questions],
  ])('randomCount(%j) is %d', (input, n) => expect(randomCount(input)).toBe(n));
});
