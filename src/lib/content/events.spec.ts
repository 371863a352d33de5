import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { EventsSchema } from './schema';
import { article, entity, events, sentence } from './index';

describe('timeline events', () => {
  it('EventsSchema accepts them all', () => {
    expect(v.safeParse(EventsSchema, events).issues).toBeUndefined();
  });

  it('ids are unique', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('are in time order, each ending on or after its start', () => {
    for (const e of events) expect(e.end >= e.start, e.id).toBe(true);
    const keys = events.map((e) => `${e.start}|${e.end}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('point at existing sentences, and their evidence is the exact Arabic of those sentences', () => {
    for (const e of events) {
      for (const id of e.sentences) expect(sentence(id), `${e.id} → ${id}`).toBeDefined();
      for (const ev of e.evidence) {
        expect(e.sentences, `${e.id}: evidence sentence listed`).toContain(ev.s);
        expect(sentence(ev.s)!.ar, `${e.id}: «${ev.ar}»`).toContain(ev.ar);
      }
    }
  });

  it('name only known places and actors', () => {
    for (const e of events) {
      for (const p of e.places) expect(entity(p)?.kind, `${e.id} place ${p}`).toBe('place');
      for (const a of e.actors) expect(entity(a), `${e.id} actor ${a}`).toBeDefined();
    }
  });

  it('give a source for every date the article does not state itself', () => {
    // An inferred date rests on the publication date, which was worked out with outside reports.
    for (const e of events.filter((x) => x.known !== 'stated'))
      expect(e.sources.length, e.id).toBeGreaterThan(0);
  });

  it('say that the coalition strikes’ days rest on the inferred publication date, and the report’s own date is unconfirmed (FACTS.md §8)', () => {
    const strikes = events.find((e) => e.id === 'coalition-strikes')!;
    expect(strikes.how.en).toMatch(/publication date/);
    expect(strikes.how.en).toMatch(/could not confirm the date of the Syrian Observatory/);
    expect(strikes.how.ar).toMatch(/تاريخ النشر/);
    expect(strikes.how.ar).toMatch(/لم نتمكن من تأكيده/);
  });

  it('date no statement the article leaves undated: Russia and Zakharova are not on 6 August', () => {
    const announces = events.find((e) => e.id === 'kerry-announces')!;
    expect(announces.actors).not.toContain('russia');
    expect(announces.actors).not.toContain('zakharova');
    expect(announces.sentences.filter((s) => s.startsWith('p7.'))).toEqual([]);
  });

  it('mark the vote as expected, not as done', () => {
    expect(events.filter((e) => e.expected).map((e) => e.id)).toEqual(['unsc-vote']);
  });

  it('agree with FACTS.md and with the resolved relative times', () => {
    const at = (id: string) => events.find((e) => e.id === id)!;
    expect(at('palmyra-falls')).toMatchObject({ start: '2015-05-21', end: '2015-05-21', known: 'stated' });
    expect(at('palmyra-falls').start).toBe(entity('t-21-may')!.days!.start);
    expect(at('kerry-lavrov-meet')).toMatchObject({ start: '2015-08-05', end: '2015-08-05' });
    expect(at('kerry-announces').start).toBe(entity('t-yesterday')!.days!.start);
    expect(at('unsc-vote').start).toBe(entity('t-today')!.days!.start);
    expect(at('unsc-vote').start).toBe(article.meta.published);
    expect(at('qaryatayn-falls')).toMatchObject({ start: '2015-08-05', end: '2015-08-06' });
    expect(at('coalition-strikes')).toMatchObject({ start: '2015-08-05', end: '2015-08-07' });
    expect(at('crisis-begins').start.slice(0, 7)).toBe('2011-03');
  });

  it('has one event in 2011, one in May and five in the three days of August', () => {
    expect(events.filter((e) => e.start.startsWith('2011')).length).toBe(1);
    expect(events.filter((e) => e.start.startsWith('2015-05')).length).toBe(1);
    expect(events.filter((e) => e.start >= '2015-08-05' && e.end <= '2015-08-07').length).toBe(5);
  });

  it('mark what happened outside the article as such (the vote’s result)', () => {
    const vote = events.find((e) => e.id === 'unsc-vote')!;
    expect(vote.outside?.en).toMatch(/not in the article/);
    expect(vote.description.en).not.toMatch(/2235|unanimous/i);
  });
});
