import * as v from 'valibot';
import { AnswerSchema } from '$lib/quiz/schema';
import type { LinkedAttempt } from '$lib/share/attempt';
import { NAME_CHARS } from '$lib/share/text';
import { defineStore, type Store } from './store';

/*
 * What a student's device keeps for teachers' quizzes: the name last typed for a result link (so
 * the next result link is ready), and per quiz slot the finished attempt its result link reports.
 */

/** The student's name for result links (`qaryatayn.quiz.name`). */
export const studentNameStore = defineStore<string>({
  name: 'quiz.name',
  version: 1,
  schema: v.pipe(v.string(), v.maxLength(NAME_CHARS * 2)),
});

const Time = v.pipe(v.number(), v.finite(), v.minValue(0));
const AttemptSchema = v.object({
  answers: v.pipe(v.array(v.nullable(AnswerSchema)), v.maxLength(60)),
  startedAt: Time,
  finishedAt: Time,
});

const attemptStores = new Map<string, Store<LinkedAttempt>>();

/** The finished attempt at one teacher's quiz (`qaryatayn.quiz.result.<slot>`). */
export function attemptStore(slot: string): Store<LinkedAttempt> {
  let s = attemptStores.get(slot);
  if (!s) {
    s = defineStore<LinkedAttempt>({ name: `quiz.result.${slot}`, version: 1, schema: AttemptSchema });
    attemptStores.set(slot, s);
  }
  return s;
}
