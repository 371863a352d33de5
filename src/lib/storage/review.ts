import { DECK_VERSION, DeckSchema } from '$lib/review/schema';
import { addCard, reviewInDeck, type Clock, type Grade, type ReviewCard } from '$lib/review/scheduler';
import { defineStore, type Saved } from './store';

/** The review deck (`qaryatayn.review.deck`): questions missed in the quiz, words saved from the reader. */
export const deckStore = defineStore<ReviewCard[]>({
  name: 'review.deck',
  version: DECK_VERSION,
  schema: DeckSchema,
});

/**
 * The deck as the device has it, and what to tell the student: `set-aside` (it was damaged and kept
 * aside, a new deck starts), `unavailable` (storage blocked: nothing is kept), `newer` (written by an
 * updated tab: this page must reload before it may change it).
 */
export type DeckRead = {
  deck: ReviewCard[];
  problem: 'set-aside' | 'unavailable' | 'newer' | null;
};

export function readDeck(): DeckRead {
  const r = deckStore.load();
  switch (r.status) {
    case 'ok':
      return { deck: r.value, problem: null };
    case 'empty':
      return { deck: [], problem: null };
    case 'set-aside':
      return { deck: [], problem: 'set-aside' };
    default:
      return { deck: [], problem: r.status };
  }
}

/**
 * Changes the deck as stored right now (read, change, write at once), so that another tab's reviews
 * are never overwritten with an older copy. Returns the deck written and how the save went.
 */
export function updateDeck(change: (deck: readonly ReviewCard[]) => readonly ReviewCard[]): {
  deck: readonly ReviewCard[];
  saved: Saved;
} {
  const { deck, problem } = readDeck();
  if (problem === 'newer') return { deck, saved: { ok: false, reason: 'newer' } };
  if (problem === 'unavailable') return { deck: change(deck), saved: { ok: false, reason: 'unavailable' } };
  const next = change(deck);
  if (next === deck) return { deck, saved: { ok: true } };
  return { deck: next, saved: deckStore.save(next as ReviewCard[]) };
}

/** A question answered wrongly in the quiz becomes a card (or, already one, a lapse of it). */
export function recordMissed(questionId: string, clock: Clock): Saved {
  return updateDeck((d) => addCard(d, `q:${questionId}`, clock, true)).saved;
}

/** A word saved from the reader's word card becomes a card. */
export function saveWord(wordId: string, clock: Clock): Saved {
  return updateDeck((d) => addCard(d, `w:${wordId}`, clock)).saved;
}

/** The words the deck has cards for, by word id (the word card shows them as saved). */
export function savedWords(): Set<string> {
  return new Set(readDeck().deck.flatMap((c) => (c.key.startsWith('w:') ? [c.key.slice(2)] : [])));
}

/** Records one review of card `key`. */
export function recordReview(
  key: string,
  grade: Grade,
  clock: Clock,
): { deck: readonly ReviewCard[]; saved: Saved } {
  return updateDeck((d) => reviewInDeck(d, key, grade, clock));
}
