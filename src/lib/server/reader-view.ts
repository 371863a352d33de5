import { article, entities, segments } from '$lib/content';
import { wordBounds, type ReaderView } from '$lib/content/view';
import { tokenize } from '$lib/content/words/tokenize';
import { formatDate } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/lang';

/** The publication date in both languages' words. Formatting it here keeps Intl out of page start-up:
 * a phone's first `Intl.DateTimeFormat` loads locale data and can block the page for a tenth of a second. */
export function publishedText(): Record<Lang, string> {
  const day = article.meta.published;
  return { ar: formatDate(day, 'ar', 'long'), en: formatDate(day, 'en', 'long') };
}

/**
 * Everything the reader shows, with each sentence already split into its marked words. Built once at
 * prerender time by the page's server load, so the article travels in the page, not in its JavaScript.
 */
export function readerView(): ReaderView {
  return {
    meta: article.meta,
    publishedText: publishedText(),
    blocks: article.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      sentences: b.sentences.map((s) => ({
        id: s.id,
        seg: { ar: segments(s.id, 'ar'), en: segments(s.id, 'en') },
        words: wordBounds(tokenize(s.ar)),
      })),
    })),
    entities: Object.fromEntries(entities.map((e) => [e.id, e])),
  };
}
