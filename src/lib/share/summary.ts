import type { Lang } from '$lib/i18n/lang';
import { richText } from '$lib/quiz/labels';
import type { Question } from '$lib/quiz/types';

/** A question in one line, for lists and charts: its prompt and, briefly, what it shows. */
export function questionSummary(q: Question, lang: Lang, max = 90): string {
  const prompt = richText(q.prompt, lang);
  const p = q.passage;
  let detail = '';
  if (p?.t === 'quote') detail = `«${p.ar}»`;
  else if (p?.t === 'statement') detail = richText(p.text, lang);
  else if (p?.t === 'gap') detail = `${p.before} … ${p.after}`;
  const line = detail ? `${prompt} ${detail}` : prompt;
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}
