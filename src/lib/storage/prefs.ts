import * as v from 'valibot';
import { defineStore } from './store';

export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2] as const;

const PrefsSchema = v.object({
  lang: v.optional(v.picklist(['ar', 'en'])),
  theme: v.optional(v.picklist(['system', 'light', 'dark']), 'system'),
  textScale: v.optional(v.pipe(v.number(), v.minValue(0.8), v.maxValue(2)), 1),
  /** The reader's "show the whole translation" switch. */
  showTranslation: v.optional(v.boolean(), false),
});

export type Prefs = v.InferOutput<typeof PrefsSchema>;
export const DEFAULT_PREFS: Prefs = { theme: 'system', textScale: 1, showTranslation: false };

/** Language, theme, text size. The inline boot script in app.html reads the same key before first paint. */
export const prefsStore = defineStore({ name: 'prefs', version: 1, schema: PrefsSchema });
