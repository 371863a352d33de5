import type { Entity, Segment } from './index';
import type { Lang } from '$lib/i18n/lang';
import type { article } from './article';
import type { credits } from './credits';

/** A sentence as runs of plain and marked words, per language (joined, they are the sentence). */
export type SentenceView = { id: string; seg: Record<Lang, Segment[]> };
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
