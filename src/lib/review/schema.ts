import * as v from 'valibot';
import type { ReviewCard } from './scheduler';

/** What the review deck keeps on the device, as a valibot schema (`src/lib/storage/review.ts`). */

/** The most cards a deck holds: far above a whole article's questions and words. */
export const DECK_MAX = 5000;

/** A card's key: `q:` and a question id, or `w:` and a word id. */
export const CARD_KEY = /^[qw]:[A-Za-z0-9_.:-]{1,120}$/;

const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const Positive = v.pipe(v.number(), v.finite(), v.minValue(0));
const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const CardSchema = v.object({
  key: v.pipe(v.string(), v.regex(CARD_KEY)),
  added: Time,
  due: Time,
  stability: Positive,
  difficulty: Positive,
  scheduledDays: Count,
  learningSteps: Count,
  reps: Count,
  lapses: Count,
  state: v.picklist([0, 1, 2, 3]),
  lastReview: v.nullable(Time),
  lastRating: v.picklist([0, 1, 2, 3, 4]),
});

/** A stored deck (v1): valid cards, each key once. */
export const DeckSchema = v.pipe(
  v.array(CardSchema),
  v.maxLength(DECK_MAX),
  v.check((d) => new Set(d.map((c) => c.key)).size === d.length, 'a card appears twice'),
) as v.GenericSchema<unknown, ReviewCard[]>;

/** The deck version `defineStore` writes. */
export const DECK_VERSION = 1;
