import type { Entity, Segment } from './index';
import type { Lang } from '$lib/i18n/lang';
import type { article } from './article';
import type { credits } from './credits';

/**
 * A sentence as runs of plain and marked words, per language (joined, they are the sentence), and where
 * its Arabic words stand (`wordBounds`): the reader makes each word an element without carrying the
 * tokenizer in its start-up script.
 */
export type SentenceView = { id: string; seg: Record<Lang, Segment[]>; words: number[] };

/**
 * The Arabic words of a sentence (`tokenize()`'s), written compactly for the page: for each word, the
 * characters since the previous word's end, then its length (`[0, 4, 1, 4, …]` for «أفاد وزير …»).
 */
export function wordBounds(tokens: readonly { start: number; end: number }[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const t of tokens) {
    out.push(t.start - at, t.end - t.start);
    at = t.end;
  }
  return out;
}
export type BlockView = { id: string; kind: string; sentences: SentenceView[] };
/** What the reader page receives from its load: the article, pre-split, and the entities it names. */
export type ReaderView = {
  meta: typeof article.meta;
  /** The publication date as each language writes it, formatted at build time (no Intl on the phone). */
  publishedText: Record<Lang, string>;
  blocks: BlockView[];
  entities: Record<string, Entity>;
};

/** The plain text of a sentence view in one language. */
export function textOf(s: SentenceView, lang: Lang): string {
  return s.seg[lang].map((g) => g.text).join('');
}

/** What the about page receives from its load: the headline (Arabic), the article's metadata, the credits. */
export type AboutView = {
  headline: string;
  meta: typeof article.meta;
  publishedText: Record<Lang, string>;
  credits: typeof credits;
};
