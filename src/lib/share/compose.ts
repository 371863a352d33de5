import type { Lang } from '$lib/i18n/lang';
import { mulberry32, shuffle } from '$lib/quiz/rng';
import type { QuizConfig } from '$lib/quiz/types';
import { LIMITS, cleanClassLabel, cleanTitle } from './quiz-link';

/** What the teacher has chosen so far (kept on the device, so a reload loses nothing). */
export type Draft = {
  selected: string[];
  title: string;
  classLabel: string;
  lang: Lang;
  mode: 'practice' | 'exam';
  order: 'fixed' | 'shuffled';
  seed: number;
};

/** The quiz a draft describes, with questions in bank order; or why there is none yet. */
export function draftConfig(
  draft: Draft,
  bankIds: readonly string[],
  fallbackTitle: string,
): { ok: true; config: QuizConfig } | { ok: false; reason: 'none' | 'too-many' } {
  const chosen = new Set(draft.selected);
  const questionIds = bankIds.filter((id) => chosen.has(id));
  if (questionIds.length === 0) return { ok: false, reason: 'none' };
  if (questionIds.length > LIMITS.questions) return { ok: false, reason: 'too-many' };
  const title = cleanTitle(draft.title) ?? fallbackTitle;
  const classLabel = cleanClassLabel(draft.classLabel);
  return {
    ok: true,
    config: {
      questionIds,
      order: draft.order === 'fixed' ? 'fixed' : { seed: draft.seed >>> 0 },
      lang: draft.lang,
      mode: draft.mode,
      title,
      ...(classLabel ? { classLabel } : {}),
    },
  };
}

/** `n` questions picked at random from `ids` (seeded, so a test can pin it). */
export function pickRandom(ids: readonly string[], n: number, seed: number): string[] {
  return shuffle(ids, mulberry32(seed)).slice(0, Math.max(0, Math.min(n, ids.length)));
}
