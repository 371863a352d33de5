import { describe, expect, it } from 'vitest';
import { article, entities as list, segments } from '$lib/content';
import { escapeHtml } from '$lib/components/common/html';
import { segmentsHtml } from './markup';

/** The text a browser would show for the markup (tags dropped, the five escapes read back). */
const shown = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const entities = Object.fromEntries(list.map((e) => [e.id, e]));

describe('segmentsHtml', () => {
  const sentences = article.blocks.flatMap((b) => b.sentences);

  it('shows exactly the sentence, in both languages, for every sentence of the article', () => {
    for (const s of sentences)
      for (const lang of ['ar', 'en'] as const)
        expect(shown(segmentsHtml(segments(s.id, lang), entities))).toBe(s[lang]);
  });

  it('marks each named thing with its entity id and kind', () => {
    const html = segmentsHtml(
      [
        { text: 'Kerry', at: 0, entity: 'kerry' },
        { text: ' met ', at: 5 },
      ],
      entities,
    );
    expect(html).toBe(`<span class="ent k-${entities.kerry.kind}" data-entity="kerry">Kerry</span> met `);
  });

  it('writes hostile text as text', () => {
    const html = segmentsHtml([{ text: '<img src=x onerror="alert(1)">&', at: 0 }], entities);
    expect(html).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;');
    expect(escapeHtml(`'"<>&`)).toBe('&#39;&quot;&lt;&gt;&amp;');
  });
});
