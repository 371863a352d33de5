import type { Lang } from '$lib/i18n/lang';
import { richText } from '$lib/quiz/labels';
import type { Question } from '$lib/quiz/types';

/**
 * A question in one line, for lists and charts: its prompt and, briefly, what it shows. The detail
 * (a quotation, a sentence with a gap) is often the article's Arabic inside an English prompt, so it
 * comes apart: the page isolates it right to left, or its quotation marks and "…" land on the wrong
 * side.
 */
export type SummaryParts = { prompt: string; detail: string; detailAr: boolean };

/** `s` cut to `n` characters (not UTF-16 units), with "…" when cut. */
function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? `${chars.slice(0, Math.max(0, n - 1)).join('')}…` : s;
}

/** The prompt and the detail of a question, together at most `max` characters. */
export function summaryParts(q: Question, lang: Lang, max = 90): SummaryParts {
  const p = q.passage;
  let detail = '';
  if (p?.t === 'quote') detail = `«${p.ar}»`;
  else if (p?.t === 'statement') detail = richText(p.text, lang);
  else if (p?.t === 'gap') detail = `${p.before} … ${p.after}`;
  else if (p?.t === 'word') detail = `${p.before}${p.word}${p.after}`;
  const prompt = cut(richText(q.prompt, lang), max);
  // What room the prompt leaves; a detail squeezed to a few letters says nothing, so it goes.
  const room = max - [...prompt].length - 1;
  return {
    prompt,
    detail: room >= 12 ? cut(detail, room) : '',
    detailAr: p?.t === 'quote' || p?.t === 'gap' || p?.t === 'word',
  };
}

/** The same as one plain line (for a CSV column). */
export function questionSummary(q: Question, lang: Lang, max = 90): string {
  const { prompt, detail } = summaryParts(q, lang, max);
  return detail ? `${prompt} ${detail}` : prompt;
}
