import { describe, expect, it } from 'vitest';
import { claims, entity, events, sentence, sentences } from '$lib/content';
import { createBank } from './bank';
import { bankData } from './build-bank';
import { HAND_ORDER } from './data/hand';
import { dayFitsEvent } from './generate';
import { labelText, richText } from './wording';
import type { OrderQuestion } from './types';

const bank = createBank(bankData());

/*
 * An ordering question is fair when a careful reader of the article can put its items in one order
 * only. Each item gets the set of places the article allows it (days for events, the position of its
 * attribution for claims, its step in a chain of the article's own words for a plan); an order is
 * consistent with the article when the items can take strictly increasing places in it.
 */

const ARTICLE = sentences.map((s) => s.ar).join('\n');
const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

/** Every offset in the article where `words` start. */
function offsets(words: string): number[] {
  const out: number[] = [];
  for (let i = ARTICLE.indexOf(words); i >= 0; i = ARTICLE.indexOf(words, i + 1)) out.push(i);
  return out;
}

/** The places the article allows each item of `q`, in the question's (correct) order. */
function placesOf(q: OrderQuestion): number[][] {
  if (q.id === 'order.events')
    return q.items.map((it) => {
      const e = events.find((x) => x.id === it.id)!;
      const days: number[] = [];
      for (let d = dayNumber('2011-01-01'); d <= dayNumber('2015-12-31'); d++) {
        const iso = new Date(d * DAY).toISOString().slice(0, 10);
        if (dayFitsEvent(iso, e)) days.push(d);
      }
      return days;
    });
  if (q.id === 'order.claims') return q.items.map((it) => offsets(claims.find((c) => c.id === it.id)!.ar));
  const hand = HAND_ORDER.find((h) => `order.${h.id}` === q.id);
  if (hand) return q.items.map((_, i) => [i]);
  throw new Error(`${q.id}: no rule says where its items sit in the article; add one here`);
}

/** Whether items can take strictly increasing places in the order `perm`. */
function fits(places: number[][], perm: number[]): boolean {
  let last = -Infinity;
  for (const i of perm) {
    const next = places[i].filter((p) => p > last).sort((a, b) => a - b)[0];
    if (next === undefined) return false;
    last = next;
  }
  return true;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) =>
    Array.from({ length: n }, (_, i) => [...p.slice(0, i), n - 1, ...p.slice(i)]),
  );
}

const orderQuestions = bank.all.filter((q): q is OrderQuestion => q.format === 'order');

describe('ordering questions', () => {
  it('there are some, each with 3 to 5 items', () => {
    expect(orderQuestions.map((q) => q.id)).toEqual(['order.events', 'order.claims', 'order.plan']);
    for (const q of orderQuestions) expect(q.items.length).toBeGreaterThanOrEqual(3);
  });

  for (const q of orderQuestions)
    it(`${q.id}: exactly one order is consistent with the article, the one the quiz marks right`, () => {
      const places = placesOf(q);
      for (const [i, p] of places.entries())
        expect(p.length, `${q.id} item ${i} has no place`).toBeGreaterThan(0);
      const consistent = permutations(q.items.length).filter((perm) => fits(places, perm));
      expect(consistent).toEqual([q.items.map((_, i) => i)]);
    });

  it('order.claims: each attribution names its speaker and occurs once in the article', () => {
    const q = orderQuestions.find((x) => x.id === 'order.claims')!;
    for (const it of q.items) {
      const c = claims.find((x) => x.id === it.id)!;
      expect(offsets(c.ar), c.id).toHaveLength(1);
      expect(c.ar, c.id).toContain(entity(c.by)!.name.ar);
      expect(labelText(it.label, 'ar')).toContain(entity(c.by)!.name.ar);
    }
    // The 51 dead come before the Syrian Observatory's attribution (headline, paragraph 1): the
    // prompt asks for the attribution, so a reader who goes by the headline is not misled.
    expect(richText(q.prompt, 'en')).toMatch(/attribute/);
    expect(richText(q.prompt, 'ar')).toMatch(/ينسب/);
  });

  it('a hand-written order is a chain of the article’s own words, each step after the one before', () => {
    for (const h of HAND_ORDER) {
      expect(h.after, h.id).toHaveLength(h.items.length - 1);
      for (const a of h.after) expect(sentence(a.s)?.ar, `${h.id}: «${a.ar}»`).toContain(a.ar);
    }
  });
});

describe('what the article reports as expected is never asked as done', () => {
  const expected = events.filter((e) => e.expected);

  it('no question asks on which day an expected event happened', () => {
    for (const e of expected)
      for (const q of bank.all.filter((x) => x.topic?.en === e.title.en)) {
        expect(richText(q.prompt, 'en'), q.id).not.toMatch(/did this happen|happened\?/);
        expect(richText(q.prompt, 'en'), q.id).toMatch(/expected/);
        expect(richText(q.prompt, 'ar'), q.id).toMatch(/متوقعاً/);
      }
  });

  it('an order with an expected event among its items orders days, not only what happened', () => {
    const ids = new Set(expected.map((e) => e.id));
    for (const q of orderQuestions.filter((x) => x.items.some((it) => ids.has(it.id)))) {
      expect(richText(q.prompt, 'en'), q.id).toMatch(/expected/);
      expect(richText(q.prompt, 'ar'), q.id).toMatch(/متوقعاً/);
      expect(richText(q.explanation, 'en'), q.id).toMatch(/expected on 7 August/);
      expect(richText(q.explanation, 'ar'), q.id).toMatch(/كان متوقعاً في 7 أغسطس/);
    }
  });
});
