import * as v from 'valibot';
import { AnswerSchema } from '$lib/quiz/schema';
import type { StoredResult } from '$lib/share/class-list';
import { defineStore } from './store';

const StoredResultSchema = v.object({
  quiz: v.pipe(v.string(), v.maxLength(600)),
  name: v.pipe(v.string(), v.maxLength(120)),
  answers: v.pipe(v.array(v.nullable(AnswerSchema)), v.maxLength(60)),
  finishedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  durationSec: v.pipe(v.number(), v.integer(), v.minValue(0)),
  receivedAt: v.pipe(v.number(), v.minValue(0)),
});

/**
 * The most results a stored list may hold. Nothing trims the list, so this must stay above what
 * localStorage can hold (about 5 MB, some 15,000 results): a list the app saved must always load.
 */
export const RESULTS_MAX = 50_000;

/** Students' results a teacher has opened on this device (`qaryatayn.results`). */
export const resultsStore = defineStore<StoredResult[]>({
  name: 'results',
  version: 1,
  schema: v.pipe(v.array(StoredResultSchema), v.maxLength(RESULTS_MAX)),
});
