import { fill } from '$lib/i18n/strings';
import { reader } from '$lib/i18n/strings/reader';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber } from '$lib/i18n/format';

/** Where a sentence sits, for people: "Paragraph 8", "Headline", "Photo caption" (read from its id). */
export function placeOfSentence(sentenceId: string, lang: Lang): string {
  const s = reader[lang];
  const block = sentenceId.split('.')[0];
  if (block === 'h1') return s.headline;
  if (block === 'h2') return s.subheadline;
  if (block === 'c') return s.caption;
  if (/^p\d+$/.test(block)) return fill(s.paragraph, { n: formatNumber(Number(block.slice(1)), lang) });
  return sentenceId;
}

/** The reader URL that opens at one sentence, highlighted. */
export function sentenceHref(lang: Lang, sentenceId: string): string {
  return `/${lang}/#${sentenceId}`;
}
