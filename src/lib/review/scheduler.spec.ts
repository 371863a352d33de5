import { describe, expect, it } from 'vitest';
import {
  FAST_MS,
  Rating,
  State,
  addCard,
  aheadOfTime,
  dayDate,
  dayOf,
  dueToday,
  failedToday,
  newCard,
  nextDueDay,
  nextInSession,
  rateAnswer,
  review,
  reviewInDeck,
  startOfDay,
  type Clock,
  type ReviewCard,
} from './scheduler';

const HOUR = 3_600_000;
/** Damascus in August: UTC+3. */
const OFFSET = 180;
/** 18:00 in Damascus on Monday 3 August 2026, plus `days` days and `hours` hours. */
const at = (days: number, hours = 0): Clock => ({
  now: Date.UTC(2026, 7, 3, 15) + days * 24 * HOUR + hours * HOUR,
  offset: OFFSET,
});
const dayNo = (c: Clock) => dayOf(c.now, c.offset);

describe('rateAnswer(answer)', () => {
  it.each([
    [{ correct: false, ms: 1000, firstTry: true }, Rating.Again],
    [{ correct: false, ms: 60_000, firstTry: false }, Rating.Again],
    [{ correct: true, ms: 1000, firstTry: true }, Rating.Easy],
    [{ correct: true, ms: FAST_MS, firstTry: true }, Rating.Easy],
    [{ correct: true, ms: FAST_MS + 1, firstTry: true }, Rating.Good],
    [{ correct: true, ms: 1000, firstTry: false }, Rating.Good],
    [{ correct: true, ms: -5, firstTry: true }, Rating.Good],
  ])('rates %j as %i', (a, r) => expect(rateAnswer(a)).toBe(r));
});

describe('calendar days on the device', () => {
  it('dayOf(t, offset) turns at local midnight, not UTC midnight', () => {
    // 22:30 UTC on 3 August is 01:30 on 4 August in Damascus.
    const t = Date.UTC(2026, 7, 3, 22, 30);
    expect(dayOf(t, 0) + 1).toBe(dayOf(t, OFFSET));
    expect(dayOf(t, -420)).toBe(dayOf(t, 0));
  });
  it('startOfDay(day, offset) is that day’s local midnight, and dayDate(day) its UTC date', () => {
    const d = dayOf(at(0).now, OFFSET);
    expect(startOfDay(d, OFFSET)).toBe(Date.UTC(2026, 7, 2, 21));
    expect(dayDate(d).toISOString()).toBe('2026-08-03T00:00:00.000Z');
  });
});

describe('newCard(key, clock) and addCard(deck, key, clock, missed)', () => {
  it('a new card waits for tomorrow', () => {
    const c = newCard('q:x', at(0));
    expect(c.state).toBe(State.New);
    expect(c.due).toBe(startOfDay(dayNo(at(0)) + 1, OFFSET));
    expect(dueToday([c], at(0))).toEqual([]);
    expect(dueToday([c], at(1, -17.5)).map((x) => x.key)).toEqual(['q:x']); // 00:30 the next day
  });
  it('adds a card once; a word saved twice changes nothing', () => {
    const d1 = addCard([], 'w:1', at(0));
    expect(addCard(d1, 'w:1', at(0))).toBe(d1);
  });
  it('a question missed again counts as a lapse of its card, once a day', () => {
    let deck = addCard([], 'q:a', at(0), true);
    deck = reviewInDeck(deck, 'q:a', Rating.Good, at(1));
    deck = reviewInDeck(deck, 'q:a', Rating.Good, at(2));
    const before = deck[0];
    expect(before.state).toBe(State.Review);
    const after = addCard(deck, 'q:a', at(2, 2), true);
    expect(after[0].lapses).toBe(before.lapses + 1);
    expect(after[0].state).toBe(State.Relearning);
    expect(failedToday(after[0], at(2, 2))).toBe(true);
    expect(addCard(after, 'q:a', at(2, 3), true)).toBe(after);
  });
});

describe('review(card, grade, clock)', () => {
  it('a card answered right is not due again today, even late at night', () => {
    const late = at(0, 5.9); // 23:54
    const c = review(newCard('q:x', at(-1)), Rating.Good, late);
    expect(dayOf(c.due, OFFSET)).toBeGreaterThan(dayNo(late));
    expect(dueToday([c], late)).toEqual([]);
  });
  it('a failed card comes back today, ten minutes later', () => {
    const c = review(newCard('q:x', at(-1)), Rating.Again, at(0));
    expect(c.due - at(0).now).toBe(10 * 60_000);
    expect(dueToday([c], at(0)).map((x) => x.key)).toEqual(['q:x']);
  });
  it('Easy schedules further out than Good, and Good further than Hard', () => {
    const base = review(review(newCard('q:x', at(-1)), Rating.Good, at(0)), Rating.Good, at(1));
    const due = (g: Rating.Hard | Rating.Good | Rating.Easy) => review(base, g, at(3)).due;
    expect(due(Rating.Easy)).toBeGreaterThan(due(Rating.Good));
    expect(due(Rating.Good)).toBeGreaterThan(due(Rating.Hard));
  });
  it('never reads the time itself: the same inputs give the same card', () => {
    const c = newCard('q:x', at(0));
    expect(review(c, Rating.Good, at(1))).toEqual(review(c, Rating.Good, at(1)));
  });
});

describe('a week of reviews', () => {
  /** Six questions missed and ten words saved on day 0; every evening, the session is done. */
  function simulate(wrongOn: (key: string, day: number, n: number) => boolean) {
    let deck: readonly ReviewCard[] = [];
    for (let i = 0; i < 6; i++) deck = addCard(deck, `q:${i}`, at(0), true);
    for (let i = 0; i < 10; i++) deck = addCard(deck, `w:${i}`, at(0, 0.1));
    const shown: string[][] = [];
    const nextDays: (number | null)[] = [];
    for (let day = 0; day < 7; day++) {
      const seen: string[] = [];
      let clock = at(day);
      const timesShown = new Map<string, number>();
      for (let card = nextInSession(deck, clock); card; card = nextInSession(deck, clock)) {
        const n = (timesShown.get(card.key) ?? 0) + 1;
        timesShown.set(card.key, n);
        expect(n, `${card.key} shown ${n} times on day ${day}`).toBeLessThan(5);
        seen.push(card.key);
        const grade = rateAnswer({
          correct: !wrongOn(card.key, day, n),
          ms: 12_000,
          firstTry: !failedToday(card, clock),
        });
        deck = reviewInDeck(deck, card.key, grade, clock);
        clock = { ...clock, now: clock.now + 20_000 };
      }
      shown.push(seen);
      nextDays.push(nextDueDay(deck, clock));
      expect(dueToday(deck, clock)).toEqual([]);
    }
    return { deck, shown, nextDays };
  }

  it('everything missed or saved on day 0 is waiting on day 1, and nothing is lost', () => {
    const { deck, shown } = simulate(() => false);
    expect(shown[0]).toEqual([]);
    expect([...shown[1]].sort()).toEqual([...deck.map((c) => c.key)].sort());
    expect(deck).toHaveLength(16);
    expect(new Set(deck.map((c) => c.key)).size).toBe(16);
  });

  it('answered right every time, the next review moves further out', () => {
    const { deck, shown } = simulate(() => false);
    // Review days of one card, and the gaps between them.
    const days = shown.flatMap((keys, day) => (keys.includes('q:0') ? [day] : []));
    expect(days[0]).toBe(1);
    const gaps = days.slice(1).map((d, i) => d - days[i]);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1]);
    const last = deck.find((c) => c.key === 'q:0')!;
    const lastGap = dayOf(last.due, OFFSET) - days[days.length - 1];
    expect(lastGap).toBeGreaterThan(gaps[gaps.length - 1] ?? 0);
    expect(last.state).toBe(State.Review);
  });

  it('pins the schedule: the same answers always give the same days', () => {
    const { deck, shown, nextDays } = simulate((key, day, n) => key === 'q:1' && day === 1 && n === 1);
    const start = dayNo(at(0));
    expect(shown.map((s) => s.length)).toEqual([0, 17, 1, 15, 1, 0, 0]);
    expect(nextDays.map((d) => (d === null ? null : d - start))).toEqual([1, 2, 3, 4, 10, 10, 10]);
    // Reviewed on days 1 and 3, every card but the one failed on day 1 is next due on day 14; that one,
    // reviewed again on days 2 and 4, on day 10.
    const dueDays = Object.fromEntries(deck.map((c) => [c.key, dayOf(c.due, OFFSET) - start]));
    expect(dueDays['q:1']).toBe(10);
    expect(Object.values(dueDays).filter((d) => d === 14)).toHaveLength(15);
    expect(deck.map((c) => c.reps)).toEqual(deck.map((c) => (c.key === 'q:1' ? 4 : 2)));
  });

  it('a card failed today comes back in the same session, after the others', () => {
    const { shown } = simulate((key, day, n) => key === 'q:1' && day === 1 && n === 1);
    const day1 = shown[1];
    expect(day1.filter((k) => k === 'q:1')).toHaveLength(2);
    expect(day1.at(-1)).toBe('q:1');
  });
});

describe('nextDueDay(deck, clock) and aheadOfTime(deck, clock, n)', () => {
  it('says when the next card falls due, and offers the soonest ones ahead of time', () => {
    const deck = [
      review(newCard('q:b', at(-1)), Rating.Good, at(0)),
      review(review(newCard('q:a', at(-3)), Rating.Good, at(-2)), Rating.Easy, at(0)),
    ];
    expect(dueToday(deck, at(0))).toEqual([]);
    const days = deck.map((c) => dayOf(c.due, OFFSET));
    expect(Math.min(...days)).toBeGreaterThan(dayNo(at(0)));
    expect(nextDueDay(deck, at(0))).toBe(Math.min(...days));
    expect(aheadOfTime(deck, at(0), 5).map((c) => c.key)).toEqual(['q:b', 'q:a']);
    expect(aheadOfTime(deck, at(0), 1)).toHaveLength(1);
    expect(nextDueDay([], at(0))).toBeNull();
  });
  it('runs over 300 cards in well under 5 ms', () => {
    let deck: readonly ReviewCard[] = [];
    for (let i = 0; i < 300; i++) deck = addCard(deck, `w:${i}`, at(i % 7));
    const run = () => {
      const t0 = performance.now();
      dueToday(deck, at(9));
      nextDueDay(deck, at(9));
      nextInSession(deck, at(9));
      return performance.now() - t0;
    };
    run(); // the first run compiles the functions
    const times = Array.from({ length: 5 }, run).sort((a, b) => a - b);
    expect(times[2]).toBeLessThan(5);
  });
});
