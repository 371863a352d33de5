import { defineStore, type Loaded, type Saved, type Store } from './store';
import {
  ATTEMPTS_MAX,
  AttemptsSchema,
  SESSION_VERSION,
  migrateSessionV1,
  sessionDataSchema,
  type Attempt,
} from '$lib/quiz/schema';
import type { Bank } from '$lib/quiz/bank';
import type { SessionData } from '$lib/quiz/session';

/**
 * The quiz's entries on the device: the quiz in progress (one per slot: the standard quiz is
 * `default`; a teacher's quiz can use its own slot) and the list of past attempts.
 */

const sessionStores = new WeakMap<Bank, Map<string, Store<SessionData>>>();

/**
 * The store of the quiz in progress for one slot (`qaryatayn.quiz.session.<slot>`). What it loads is
 * checked against `bank`: a stored session naming questions this bank does not have is set aside.
 */
export function sessionStore(bank: Bank, slot = 'default'): Store<SessionData> {
  let slots = sessionStores.get(bank);
  if (!slots) sessionStores.set(bank, (slots = new Map()));
  let s = slots.get(slot);
  if (!s) {
    s = defineStore<SessionData>({
      name: `quiz.session.${slot}`,
      version: SESSION_VERSION,
      schema: sessionDataSchema(bank),
      migrations: { 1: migrateSessionV1 },
    });
    slots.set(slot, s);
  }
  return s;
}

/** Finished attempts, newest first. */
export const attemptsStore = defineStore<Attempt[]>({
  name: 'quiz.attempts',
  version: 1,
  schema: AttemptsSchema,
});

/** Adds a finished attempt at the front of the list (keeping at most `ATTEMPTS_MAX`). */
export function recordAttempt(list: Attempt[], attempt: Attempt): { list: Attempt[]; saved: Saved } {
  const next = [attempt, ...list].slice(0, ATTEMPTS_MAX);
  return { list: next, saved: attemptsStore.save(next) };
}

export type { Loaded, Saved };
