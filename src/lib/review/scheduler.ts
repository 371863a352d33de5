import { fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { dayOf, failedToday, startOfDay, type Clock, type ReviewCard } from './due';

export * from './due';

/*
 * The review deck's scheduling: FSRS (ts-fsrs) decides how far out each card's next review goes; this
 * module adds the app's rules on top, in days of the student's own calendar. Pure: the time and the
 * device's UTC offset are always passed in (a `Clock`), so a test can live through a week in a loop.
 */

/** Right answers quicker than this (and at the first try of the day) rate Easy rather than Good. */
export const FAST_MS = 10_000;

// Fuzz off: the same answers always give the same dates. Short-term steps on, so FSRS itself handles
// a card failed and retried the same day; one ten-minute step, as nobody waits longer in a session.
const scheduler = fsrs({
  enable_fuzz: false,
  enable_short_term: true,
  learning_steps: ['10m'],
  relearning_steps: ['10m'],
});

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
