import type { Bank } from '$lib/quiz/bank';
import { grade } from '$lib/quiz/grade';
import type { Answer, Question } from '$lib/quiz/types';
import {
  aheadOfTime,
  deviceClock,
  dueToday,
  failedToday,
  nextDueDay,
  nextInSession,
  rateAnswer,
  Rating,
  type Clock,
  type Grade,
  type ReviewCard,
} from '$lib/review/scheduler';
import { readDeck, recordReview, type DeckRead } from '$lib/storage/review';
import { parseWordFragment, wordAt, type Word, type WordIndex, type WordRef } from '$lib/content/words';

export type View = 'home' | 'play' | 'done';

/** How many cards a round of practising ahead takes. */
export const AHEAD_ROUND = 10;

/**
 * A card the page can show: a question of this bank, or a word saved from the reader's word card (shown
 * once the word layer has loaded: `words`).
 */
export type Shown =
  { card: ReviewCard; kind: 'q'; q: Question } | { card: ReviewCard; kind: 'w'; ref: WordRef; word: Word };

/** How a student rates their recall of a word: did not know it, knew it, knew it at once. */
export type Recall = 'again' | 'good' | 'easy';
const RECALL: Record<Recall, Grade> = { again: Rating.Again, good: Rating.Good, easy: Rating.Easy };

/** What a card's key names, in this bank and word layer, or undefined. */
export function shownOf(card: ReviewCard, bank: Bank, words: WordIndex | undefined): Shown | undefined {
  if (card.key.startsWith('q:')) {
    const q = bank.byId(card.key.slice(2));
    return q && { card, kind: 'q', q };
  }
  const ref = words && card.key.startsWith('w:') ? parseWordFragment(card.key.slice(2)) : null;
  const word = ref && wordAt(words!, ref);
  return ref && word ? { card, kind: 'w', ref, word } : undefined;
}

/**
 * The review page's state: the deck, today's session one card at a time, and what to tell the student
 * about storage. The time comes from `clock()` (the device's; tests pass their own). Every answer is
 * written to the deck at once, starting from the deck as stored (another tab may have reviewed too).
 */
export class ReviewController {
  deck = $state.raw<readonly ReviewCard[]>([]);
  problem = $state<DeckRead['problem']>(null);
  unsaved = $state(false);
  view = $state<View>('home');
  current = $state.raw<Shown | null>(null);
  answer = $state.raw<Answer | null>(null);
  /** Cards answered in this session (a card failed and retried counts once). */
  reviewed = $state(0);
  /** Set when the next card's heading should take focus. */
  focusCard = $state(false);
  /** The word layer, once loaded (the deck's word cards need it to show). */
  words = $state.raw<WordIndex | undefined>();
  /** Whether the current word card's meaning is showing. */
  revealed = $state(false);

  /** The questions, as the page loaded them. */
  readonly bank: Bank;
  readonly clock: () => Clock;
  #ahead: string[] = [];
  /** Keys of the cards answered in this session (plain state, never shown). */
  #seen: string[] = [];
  #shownAt = 0;

  constructor(bank: Bank, clock: () => Clock = () => deviceClock(Date.now())) {
    this.bank = bank;
    this.clock = clock;
  }

  /** The cards this page can show (questions this bank knows, words once the word layer is in); others are kept, not shown. */
  get showable(): ReviewCard[] {
    return this.deck.filter((c) => shownOf(c, this.bank, this.words));
  }

  /** Whether the deck holds word cards (the page then loads the word layer). */
  get hasWords(): boolean {
    return this.deck.some((c) => c.key.startsWith('w:'));
  }

  get hidden(): number {
    return this.deck.length - this.showable.length;
  }

  /** How many cards are due today. */
  dueCount(clock = this.clock()): number {
    return dueToday(this.showable, clock).length;
  }

  /** The first day after today with a card due, or null. */
  nextDay(clock = this.clock()): number | null {
    return nextDueDay(this.showable, clock);
  }

  /** Reads the deck from the device (on load, and when another tab changed it). */
  load(): void {
    const r = readDeck();
    this.deck = r.deck;
    this.problem = r.problem;
  }

  /** Starts today's session, or, with `ahead`, a round of cards not yet due. */
  start(ahead = false): void {
    const clock = this.clock();
    this.#ahead = ahead ? aheadOfTime(this.showable, clock, AHEAD_ROUND).map((c) => c.key) : [];
    this.#seen = [];
    this.reviewed = 0;
    this.#show(clock);
  }

  #show(clock: Clock): void {
    const showable = this.showable;
    const card =
      nextInSession(showable, clock) ??
      showable.find((c) => this.#ahead.includes(c.key) && !this.#seen.includes(c.key));
    this.answer = null;
    this.revealed = false;
    if (!card) {
      this.current = null;
      this.view = 'done';
      return;
    }
    this.current = shownOf(card, this.bank, this.words)!;
    this.view = 'play';
    this.focusCard = true;
    this.#shownAt = clock.now;
  }

  /** Grades the answer, rates it and records the review; false if the card was already answered. */
  answerCard(a: Answer): boolean {
    const cur = this.current;
    if (!cur || cur.kind !== 'q' || this.answer !== null) return false;
    const clock = this.clock();
    const correct = grade(cur.q, a);
    const rating = rateAnswer({
      correct,
      ms: clock.now - this.#shownAt,
      firstTry: !failedToday(cur.card, clock) && !this.#seen.includes(cur.card.key),
    });
    this.#record(cur.card.key, rating, clock);
    this.answer = a;
    return true;
  }

  /** Shows the current word card's meaning. */
  reveal(): void {
    if (this.current?.kind === 'w') this.revealed = true;
  }

  /** Records how well the student recalled the current word (after its meaning showed), then the next card. */
  rateWord(recall: Recall): boolean {
    const cur = this.current;
    if (!cur || cur.kind !== 'w' || !this.revealed) return false;
    const clock = this.clock();
    this.#record(cur.card.key, RECALL[recall], clock);
    this.#show(clock);
    return true;
  }

  #record(key: string, rating: Grade, clock: Clock): void {
    const { deck, saved } = recordReview(key, rating, clock);
    this.deck = deck;
    this.unsaved = !saved.ok;
    if (!saved.ok && saved.reason === 'newer') this.problem = 'newer';
    if (!this.#seen.includes(key)) this.reviewed += 1;
    this.#seen.push(key);
  }

  /** The next card, or the end of the session. */
  next(): void {
    this.#show(this.clock());
  }

  /** Back to the page's start. */
  home(): void {
    this.view = 'home';
    this.current = null;
    this.answer = null;
    this.revealed = false;
  }
}
