import type { Rating, State } from 'ts-fsrs';

/*
 * Which cards of the review deck are due, in days of the student's own calendar. Kept apart from the
 * scheduler (and from ts-fsrs): the tab bar counts due cards on every page, which must stay light.
 */

/** `Rating.Again`, written out so that this file loads nothing of ts-fsrs. */
const AGAIN = 1 as Rating.Again;

export const MINUTE = 60_000;
export const DAY = 86_400_000;

/** Now, and the device's offset from UTC in minutes (east positive: Damascus +180). */
export type Clock = { now: number; offset: number };

/** The clock of this device at this moment (the only place the real time is read, by the caller). */
export function deviceClock(now: number): Clock {
  return { now, offset: -new Date(now).getTimezoneOffset() };
}

/**
 * One card of the deck, as stored: `key` says what it reviews (`q:<question id>` a question missed in
 * the quiz, `w:<word id>` a word saved from the reader); the rest is FSRS's memory state with times
 * as epoch milliseconds, and the last rating given (`lastRating`, 0 before any review).
 */
export type ReviewCard = {
  key: string;
  added: number;
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
  lastRating: Rating;
};

/** The calendar day (days since 1 January 1970, on the device's calendar) that a time falls on. */
export function dayOf(t: number, offset: number): number {
  return Math.floor((t + offset * MINUTE) / DAY);
}

/** When a calendar day starts, as an epoch time, on a device with this offset. */
export function startOfDay(day: number, offset: number): number {
  return day * DAY - offset * MINUTE;
}

/** A calendar day as a UTC midnight Date, for the app's date formatting (which writes UTC days). */
export function dayDate(day: number): Date {
  return new Date(day * DAY);
}

/** Whether the card was failed today and not yet answered right since: it comes back today. */
export function failedToday(c: ReviewCard, clock: Clock): boolean {
  return (
    c.lastRating === AGAIN &&
    c.lastReview !== null &&
    dayOf(c.lastReview, clock.offset) === dayOf(clock.now, clock.offset)
  );
}

/**
 * The cards to review today, most overdue first: due before tomorrow starts, and not already answered
 * right today. A card failed today counts as soon as it is due again (ten minutes later), or at once
 * when it is the last one left, so a session never stalls waiting for the clock.
 */
export function dueToday(deck: readonly ReviewCard[], clock: Clock): ReviewCard[] {
  const today = dayOf(clock.now, clock.offset);
  const tomorrow = startOfDay(today + 1, clock.offset);
  const seenRight = (c: ReviewCard) =>
    c.lastReview !== null && dayOf(c.lastReview, clock.offset) === today && c.lastRating !== AGAIN;
  const due = deck.filter((c) => c.due < tomorrow && !seenRight(c));
  return due.sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The next card of today's session: the most overdue one not failed just now, else a failed one. */
export function nextInSession(deck: readonly ReviewCard[], clock: Clock): ReviewCard | undefined {
  const due = dueToday(deck, clock);
  return due.find((c) => !failedToday(c, clock) || c.due <= clock.now) ?? due[0];
}

/** The first calendar day after today on which a card falls due, or null for an empty deck. */
export function nextDueDay(deck: readonly ReviewCard[], clock: Clock): number | null {
  const today = dayOf(clock.now, clock.offset);
  const dueNow = new Set(dueToday(deck, clock).map((c) => c.key));
  let next: number | null = null;
  for (const c of deck) {
    if (dueNow.has(c.key)) continue;
    const d = Math.max(dayOf(c.due, clock.offset), today + 1);
    if (next === null || d < next) next = d;
  }
  return next;
}

/** Cards not due today, soonest first, for practising ahead. */
export function aheadOfTime(deck: readonly ReviewCard[], clock: Clock, n: number): ReviewCard[] {
  const dueNow = new Set(dueToday(deck, clock).map((c) => c.key));
  return deck
    .filter((c) => !dueNow.has(c.key))
    .sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : 1))
    .slice(0, n);
}

/**
 * How many cards are due today in a stored deck's raw text, checked by hand (no schema library: the
 * tab bar runs this on every page). Anything unreadable counts nothing; the review page says why.
 */
export function countDueRaw(raw: string | null, clock: Clock): number {
  if (!raw) return 0;
  try {
    const env = JSON.parse(raw) as { v?: unknown; data?: unknown };
    if (env?.v !== 1 || !Array.isArray(env.data)) return 0;
    const cards = (env.data as Partial<ReviewCard>[]).filter(
      (c): c is ReviewCard =>
        typeof c?.key === 'string' &&
        typeof c.due === 'number' &&
        (c.lastReview === null || typeof c.lastReview === 'number') &&
        typeof c.lastRating === 'number',
    );
    return dueToday(cards, clock).length;
  } catch {
    return 0;
  }
}
