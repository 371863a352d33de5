import { blockOf } from '$lib/content';
import { fill } from '$lib/i18n/strings';
import { reader } from '$lib/i18n/strings/reader';
import type { Lang } from '$lib/i18n/lang';
import { formatNumber } from '$lib/i18n/format';

/** Where a sentence sits, for people: "Paragraph 8", "Headline", "Photo caption". */
export function placeOfSentence(sentenceId: string, lang: Lang): string {
  const b = blockOf(sentenceId);
  const s = reader[lang];
  if (!b) return sentenceId;
  if (b.kind === 'headline') return s.headline;
  if (b.kind === 'subheadline') return s.subheadline;
  if (b.kind === 'caption') return s.caption;
  return fill(s.paragraph, { n: formatNumber(Number(b.id.slice(1)), lang) });
}

/** The reader URL that opens at one sentence, highlighted. */
export function sentenceHref(lang: Lang, sentenceId: string): string {
  return `/${lang}/#${sentenceId}`;
}
