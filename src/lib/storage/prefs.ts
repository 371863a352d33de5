import { defineStore } from './store';

export const TEXT_SCALES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2] as const;

export type Prefs = {
  lang?: 'ar' | 'en';
  theme: 'system' | 'light' | 'dark';
  /** 0.8–2, a multiple of the default text size. */
  textScale: number;
  /** The reader's "show the whole translation" switch. */
  showTranslation: boolean;
  /** The reader's vowels switch: every Arabic word shown fully vowelled. */
  vowels: boolean;
  /** Read-aloud at a learner's pace (0.7) rather than the voice's own. */
  slowSpeech: boolean;
};

export const DEFAULT_PREFS: Prefs = {
  theme: 'system',
  textScale: 1,
  showTranslation: false,
  vowels: false,
  slowSpeech: false,
};

/**
 * Checks stored preferences by hand rather than with valibot: this runs on every page, and the shell's
 * JavaScript budget is tight. Unknown or missing fields fall back to the defaults; wrong types fail.
 */
export function checkPrefs(x: unknown): Prefs | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return undefined;
  const o = x as Record<string, unknown>;
  const out: Prefs = { ...DEFAULT_PREFS };
  if (o.lang !== undefined) {
    if (o.lang !== 'ar' && o.lang !== 'en') return undefined;
    out.lang = o.lang;
  }
  if (o.theme !== undefined) {
    if (o.theme !== 'system' && o.theme !== 'light' && o.theme !== 'dark') return undefined;
    out.theme = o.theme;
  }
  if (o.textScale !== undefined) {
    if (typeof o.textScale !== 'number' || !(o.textScale >= 0.8 && o.textScale <= 2)) return undefined;
    out.textScale = o.textScale;
  }
  if (o.showTranslation !== undefined) {
    if (typeof o.showTranslation !== 'boolean') return undefined;
    out.showTranslation = o.showTranslation;
  }
  if (o.vowels !== undefined) {
    if (typeof o.vowels !== 'boolean') return undefined;
    out.vowels = o.vowels;
  }
  if (o.slowSpeech !== undefined) {
    if (typeof o.slowSpeech !== 'boolean') return undefined;
    out.slowSpeech = o.slowSpeech;
  }
  return out;
}

/** Language, theme, text size. The inline boot script in app.html reads the same key before first paint. */
export const prefsStore = defineStore<Prefs>({ name: 'prefs', version: 1, schema: { check: checkPrefs } });
