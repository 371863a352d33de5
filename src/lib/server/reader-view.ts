import { article, entities, segments } from '$lib/content';
import type { ReaderView } from '$lib/content/view';

/**
 * Everything the reader shows, with each sentence already split into its marked words. Built once at
 * prerender time by the page's server load, so the article travels in the page, not in its JavaScript.
 */
export function readerView(): ReaderView {
  return {
    meta: article.meta,
    blocks: article.blocks.map((b) => ({
      id: b.id,
      kind: b.kind,
      sentences: b.sentences.map((s) => ({
        id: s.id,
        seg: { ar: segments(s.id, 'ar'), en: segments(s.id, 'en') },
      })),
    })),
    entities: Object.fromEntries(entities.map((e) => [e.id, e])),
  };
}
