import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';

/*
 * The review deck's scheduling: FSRS (ts-fsrs) decides how far out each card's next review goes; this
 * module adds the app's rules on top, in days of the student's own calendar. Pure: the time and the
 * device's UTC offset are always passed in (a `Clock`), so a test can live through a week in a loop.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Right answers quicker than this (and at the first try of the day) rate Easy rather than Good. */
export const FAST_MS = 10_000;

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

// Fuzz off: the same answers always give the same dates. Short-term steps on, so FSRS itself handles
// a card failed and retried the same day; one ten-minute step, as nobody waits longer in a session.
const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['10m'],
  relearning_steps: ['10m'],
});

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

/** The rating an answer earns: wrong → Again; right → Good, or Easy when fast and at the first try. */
export function rateAnswer(a: { correct: boolean; ms: number; firstTry: boolean }): Grade {
  if (!a.correct) return Rating.Again;
  return a.firstTry && a.ms >= 0 && a.ms <= FAST_MS ? Rating.Easy : Rating.Good;
}

/**
 * A card never reviewed yet, due tomorrow: what was just missed (its right answer just shown) or just
 * saved is reviewed after a night, not at once; practising ahead can take it sooner.
 */
export function newCard(key: string, clock: Clock): ReviewCard {
  return {
    key,
    added: clock.now,
    due: startOfDay(dayOf(clock.now, clock.offset) + 1, clock.offset),
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    lastReview: null,
    lastRating: Rating.Manual,
  };
}

function toFsrs(c: ReviewCard): Card {
  return {
    due: new Date(c.due),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: c.learningSteps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview === null ? {} : { last_review: new Date(c.lastReview) }),
  };
}

/** Whether the card was failed today and not yet answered right since: it comes back today. */
export function failedToday(c: ReviewCard, clock: Clock): boolean {
  return (
    c.lastRating === Rating.Again &&
    c.lastReview !== null &&
    dayOf(c.lastReview, clock.offset) === dayOf(clock.now, clock.offset)
  );
}

/**
 * The card after one review rated `grade` at `clock.now`. FSRS computes the next due time; a card
 * answered right is then not due again before tomorrow (FSRS's ten-minute learning step would bring
 * it back today), while a failed one comes back in ten minutes, today.
 */
export function review(c: ReviewCard, grade: Grade, clock: Clock): ReviewCard {
  const { card } = scheduler.next(toFsrs(c), new Date(clock.now), grade);
  const tomorrow = startOfDay(dayOf(clock.now, clock.offset) + 1, clock.offset);
  const due = grade === Rating.Again ? card.due.getTime() : Math.max(card.due.getTime(), tomorrow);
  return {
    key: c.key,
    added: c.added,
    due,
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: clock.now,
    lastRating: grade,
  };
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
    c.lastReview !== null && dayOf(c.lastReview, clock.offset) === today && c.lastRating !== Rating.Again;
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
 * The deck with a card for `key`: a new card if the deck has none; if it has one, the fresh evidence
 * (a question missed again in the quiz) is a lapse, reviewed as Again. Returns the same deck when
 * nothing changes (a word saved twice).
 */
export function addCard(
  deck: readonly ReviewCard[],
  key: string,
  clock: Clock,
  missed = false,
): readonly ReviewCard[] {
  const i = deck.findIndex((c) => c.key === key);
  if (i < 0) return [...deck, newCard(key, clock)];
  if (!missed || failedToday(deck[i], clock)) return deck;
  const next = deck.slice();
  next[i] = review(deck[i], Rating.Again, clock);
  return next;
}

/** The deck after reviewing the card `key` with `grade` (the same deck if there is no such card). */
export function reviewInDeck(
  deck: readonly ReviewCard[],
  key: string,
  grade: Grade,
  clock: Clock,
): readonly ReviewCard[] {
  const i = deck.findIndex((c) => c.key === key);
  if (i < 0) return deck;
  const next = deck.slice();
  next[i] = review(deck[i], grade, clock);
  return next;
}

export { Rating, State, type Grade };
