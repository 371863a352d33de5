import * as v from 'valibot';
import type { Bank } from './bank';
import { isRestorable, type SessionData } from './session';

/**
 * What the quiz keeps on the device, as valibot schemas, and how older stored shapes become the
 * current one. `src/lib/storage/quiz.ts` wires these into `defineStore`.
 */

const Uint32 = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
const Index = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000));
const Time = v.pipe(v.number(), v.finite(), v.minValue(0));

/** An answer in canonical terms: option index, true/false, or an order of item indices. */
export const AnswerSchema = v.union([Index, v.boolean(), v.pipe(v.array(Index), v.maxLength(20))]);

export const QuizConfigSchema = v.object({
  questionIds: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.minLength(1), v.maxLength(1000)),
  order: v.union([v.literal('fixed'), v.object({ seed: Uint32 })]),
  lang: v.picklist(['ar', 'en']),
  mode: v.picklist(['practice', 'exam']),
  title: v.optional(v.pipe(v.string(), v.maxLength(200))),
  classLabel: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

const SessionShape = v.object({
  config: QuizConfigSchema,
  seed: Uint32,
  answers: v.array(v.nullable(AnswerSchema)),
  at: Index,
  startedAt: Time,
  finishedAt: v.nullable(Time),
});

/** A stored session (v2): the shape, and playable with this bank (ids known, answers fit). */
export function sessionDataSchema(bank: Bank): v.GenericSchema<unknown, SessionData> {
  return v.pipe(
    SessionShape,
    v.check(
      (d) => isRestorable(d as SessionData, bank),
      'the session names unknown questions or holds invalid answers',
    ),
  ) as v.GenericSchema<unknown, SessionData>;
}

/** The session version `defineStore` writes. */
export const SESSION_VERSION = 2;

/**
 * Version 1, the first stored shape: no config (always practice, all questions in a list already
 * shuffled), answers keyed by question id, the start time as an ISO string.
 */
export const SessionV1Schema = v.object({
  ids: v.array(v.string()),
  seed: Uint32,
  lang: v.picklist(['ar', 'en']),
  answers: v.record(v.string(), AnswerSchema),
  current: Index,
  started: v.string(),
});

/** v1 → v2: the id list becomes a fixed-order config; answers move into config order. */
export function migrateSessionV1(old: unknown): SessionData {
  const o = v.parse(SessionV1Schema, old);
  const started = Date.parse(o.started);
  return {
    config: { questionIds: o.ids, order: 'fixed', lang: o.lang, mode: 'practice' },
    seed: o.seed,
    answers: o.ids.map((id) => o.answers[id] ?? null),
    at: Math.min(o.current, o.ids.length),
    startedAt: Number.isFinite(started) ? started : 0,
    finishedAt: o.current >= o.ids.length ? (Number.isFinite(started) ? started : 0) : null,
  };
}

/** One finished attempt, for the list on the start page. */
export const AttemptSchema = v.object({
  /** When it was finished (ms since 1970). */
  at: Time,
  correct: Index,
  total: v.pipe(Index, v.minValue(1)),
  mode: v.picklist(['practice', 'exam']),
  lang: v.picklist(['ar', 'en']),
  /** A retry of the missed questions, not a whole quiz. */
  retry: v.optional(v.boolean(), false),
  title: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

export type Attempt = v.InferOutput<typeof AttemptSchema>;

/** Past attempts, newest first, capped so storage never grows without bound. */
export const ATTEMPTS_MAX = 30;
export const AttemptsSchema = v.pipe(v.array(AttemptSchema), v.maxLength(1000));
