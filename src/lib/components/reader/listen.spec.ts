import { describe, expect, it } from 'vitest';
import { article } from '$lib/content/article';
import { readerView } from '$lib/server/reader-view';
import { articleItems, sentenceItem, translationItem } from './listen';

const view = readerView();

describe('what the reader reads aloud', () => {
  it('is every sentence of the article in reading order, in Arabic, word starts included', () => {
    const items = articleItems(view.blocks);
    const ids = article.blocks.flatMap((b) => b.sentences.map((s) => s.id));
    expect(items.map((x) => x.id)).toEqual(ids);
    expect(items.map((x) => x.text)).toEqual(article.blocks.flatMap((b) => b.sentences.map((s) => s.ar)));
    expect(items.every((x) => x.lang === 'ar' && (x.starts?.length ?? 0) > 0)).toBe(true);
  });

  it('reads a sentence vowelled when the word layer gives its forms', () => {
    const first = view.blocks[0].sentences[0];
    const n = first.words.length / 2;
    const vowelled = Array.from({ length: n }, (_, i) => `w${i}`);
    const item = sentenceItem(first, vowelled);
    expect(item.text.startsWith('w0')).toBe(true);
    expect(item.starts?.map((at) => item.text.slice(at, at + 2))).toEqual(vowelled.map((w) => w.slice(0, 2)));
    const all = articleItems(view.blocks, new Map([[first.id, vowelled]]));
    expect(all[0].text).toBe(item.text);
    expect(all[1].text).toBe(article.blocks[0].sentences[1].ar);
  });

  it('reads the translation in English, as an item apart from the sentence', () => {
    const first = view.blocks[3].sentences[0];
    const t = translationItem(first);
    expect(t).toEqual({ id: `${first.id}:en`, lang: 'en', text: article.blocks[3].sentences[0].en });
  });
});
