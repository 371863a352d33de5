import { describe, expect, it } from 'vitest';
import { article, entities as list, segments } from '$lib/content';
import { escapeHtml } from '$lib/components/common/html';
import { tokenize } from '$lib/content/words/tokenize';
import { wordBounds } from '$lib/content/view';
import { readerView } from '$lib/server/reader-view';
import { articleWords, segmentsHtml, wordsHtml, writeWords } from './markup';

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

describe('wordsHtml', () => {
  const sentences = article.blocks.flatMap((b) => b.sentences);
  // The reader's data, as the page receives it: each sentence's runs and its words' bounds.
  const view = new Map(readerView().blocks.flatMap((b) => b.sentences.map((x) => [x.id, x])));
  const ar = (id: string) => wordsHtml(view.get(id)!.seg.ar, view.get(id)!.words, entities);
  /** Bounds for a made-up sentence. */
  const at = (text: string) => wordBounds(tokenize(text));
  /** The markup read as a sequence of text runs, each with the tags open around it. */
  function runs(html: string): { text: string; open: string[] }[] {
    const out: { text: string; open: string[] }[] = [];
    const open: string[] = [];
    for (const m of html.matchAll(/<(\/?)span([^>]*)>|([^<]+)/g)) {
      if (m[3] !== undefined) out.push({ text: shown(m[3]), open: [...open] });
      else if (m[1]) open.pop();
      else open.push(m[2]);
    }
    expect(open).toEqual([]);
    return out;
  }

  it('keeps every Arabic sentence of the article letter for letter', () => {
    for (const s of sentences) expect(shown(ar(s.id)), s.id).toBe(s.ar);
  });

  it('wraps every word, and only words, each in one element with its position', () => {
    for (const s of sentences) {
      const html = ar(s.id);
      const words = [...html.matchAll(/<span class="w" data-i="(\d+)">([^<]*)<\/span>/g)];
      expect(
        words.map((m) => [Number(m[1]), shown(m[2])]),
        s.id,
      ).toEqual(tokenize(s.ar).map((t) => [t.i, t.text]));
      // Text outside a word element holds no letter or digit.
      for (const r of runs(html))
        if (!r.open.some((o) => o.startsWith(' class="w"')))
          expect(r.text, `${s.id}: ${r.text}`).not.toMatch(/[\u0621-\u064A0-9]/);
    }
  });

  it('marks a named thing on whole words: «حمص» of «بحمص» marks the whole word', () => {
    // h1.s2 names Homs inside بحمص; p5.s4 names the United States inside والولايات المتحدة.
    const homs = ar('h1.s2');
    expect(homs).toContain('<span class="ent k-place" data-entity="homs"><span class="w" data-i="');
    expect(homs).toMatch(/data-entity="homs"><span class="w" data-i="\d+">بحمص<\/span><\/span>/);
    const usa = ar('p5.s4');
    expect(usa).toMatch(
      /data-entity="usa"><span class="w" data-i="\d+">والولايات<\/span> <span class="w" data-i="\d+">المتحدة<\/span><\/span>/,
    );
    // No element starts or ends inside a word anywhere in the article: a word's letters are always all
    // inside one word element, so each run of letters is exactly one word.
    for (const s of sentences) {
      const words = runs(ar(s.id)).filter((r) => r.open.some((o) => o.startsWith(' class="w"')));
      expect(
        words.map((r) => r.text),
        s.id,
      ).toEqual(tokenize(s.ar).map((t) => t.text));
    }
  });

  it('keeps a mention’s punctuation inside its mark («داعش» with its quotation marks)', () => {
    const html = ar('p1.s1');
    expect(html).toContain('<span class="ent k-org" data-entity="isis">«<span class="w" data-i="');
  });

  it('writes the given forms instead of the sentence’s words (the vowels), by position', () => {
    const segs = [
      { text: 'قال ', at: 0 },
      { text: 'كيري', at: 4, entity: 'kerry' },
    ];
    expect(wordsHtml(segs, at('قال كيري'), entities, ['قَالَ', 'كِيرِي'])).toBe(
      `<span class="w" data-i="0">قَالَ</span> <span class="ent k-${entities.kerry.kind}" data-entity="kerry"><span class="w" data-i="1">كِيرِي</span></span>`,
    );
    // A missing form keeps the sentence's word.
    expect(wordsHtml(segs, at('قال كيري'), entities, ['قَالَ'])).toContain(
      '<span class="w" data-i="1">كيري</span>',
    );
  });

  it('writes the page’s bounds compactly: the gap before each word, then its length', () => {
    expect(at('«أفاد» وزير،')).toEqual([1, 4, 2, 4]);
    expect(view.get('p1.s1')!.words).toEqual(at(sentences.find((x) => x.id === 'p1.s1')!.ar));
  });

  it('writes hostile text as text', () => {
    expect(wordsHtml([{ text: '<b>قال</b>&', at: 0 }], at('<b>قال</b>&'), entities)).toBe(
      '&lt;b&gt;<span class="w" data-i="0">قال</span>&lt;/b&gt;&amp;',
    );
    expect(wordsHtml([{ text: 'قال', at: 0 }], at('قال'), entities, ['<i>'])).toBe(
      '<span class="w" data-i="0">&lt;i&gt;</span>',
    );
  });
});

describe('writeWords', () => {
  /** A word element as writeWords reads it: its position, one text node (or none). */
  const word = (i: number, text: string | null) => {
    const el = {
      dataset: { i: String(i) },
      firstChild: text === null ? null : { nodeType: 3, data: text, nextSibling: null },
      set textContent(t: string) {
        el.firstChild = { nodeType: 3, data: t, nextSibling: null };
        el.replaced = true;
      },
      replaced: false,
    };
    return el;
  };
  const zone = (s: string, words: ReturnType<typeof word>[]) => ({
    dataset: { s },
    querySelectorAll: () => words,
  });
  const root = (zones: ReturnType<typeof zone>[]) =>
    ({ querySelectorAll: () => zones }) as unknown as ParentNode;

  it('writes each word as given, in place, and leaves a word it is given nothing for', () => {
    const a = [word(0, 'قال'), word(1, 'كيري')];
    const b = [word(0, 'في')];
    writeWords(root([zone('p1.s1', a), zone('p2.s1', b)]), (s, i) =>
      s === 'p1.s1' ? ['قَالَ', undefined][i] : 'فِي',
    );
    expect(a.map((w) => w.firstChild?.data)).toEqual(['قَالَ', 'كيري']);
    expect(b[0].firstChild?.data).toBe('فِي');
    // The text node kept: its data set, no element or node made.
    expect([...a, ...b].some((w) => w.replaced)).toBe(false);
  });

  it('gives an empty word its text', () => {
    const w = word(0, null);
    writeWords(root([zone('h1.s1', [w])]), () => 'مَقْتَلُ');
    expect(w.firstChild?.data).toBe('مَقْتَلُ');
    expect(w.replaced).toBe(true);
  });

  it('writes back the article’s own words (articleWords), the same as the markup without vowels', () => {
    for (const x of readerView().blocks.flatMap((b) => b.sentences)) {
      const html = wordsHtml(x.seg.ar, x.words, entities);
      const fromMarkup = [...html.matchAll(/<span class="w" data-i="\d+">([^<]*)<\/span>/g)].map((m) =>
        shown(m[1]),
      );
      expect(fromMarkup.length).toBeGreaterThan(0);
      expect(articleWords(x.seg.ar, x.words)).toEqual(fromMarkup);
    }
  });
});
