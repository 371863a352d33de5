import * as v from 'valibot';
import type { Draft } from '$lib/share/compose';
import { defineStore } from './store';

const DraftSchema = v.object({
  selected: v.pipe(v.array(v.pipe(v.string(), v.maxLength(80))), v.maxLength(500)),
  title: v.pipe(v.string(), v.maxLength(200)),
  classLabel: v.pipe(v.string(), v.maxLength(200)),
  lang: v.picklist(['ar', 'en']),
  mode: v.picklist(['practice', 'exam']),
  order: v.picklist(['fixed', 'shuffled']),
  seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)),
});

/** The quiz a teacher is composing (`qaryatayn.teach.draft`). */
export const draftStore = defineStore<Draft>({ name: 'teach.draft', version: 1, schema: DraftSchema });
