import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { ArticleSchema, ClaimsSchema, EntitiesSchema, QuotesSchema } from './schema';
import {
  article,
  claims,
  entities,
  entity,
  mentionSpans,
  normalizeSpace,
  quotes,
  reassemble,
  segments,
  sentence,
  sentences,
} from './index';
import { tokenize } from './words/tokenize';

const seedUrl = new URL('./seed/article-ar.txt', import.meta.url);
const seed = readFileSync(seedUrl, 'utf8');
/** The seed without the trailing «تويتر», which is the page's share button, not article text. */
const seedArticle = seed.replace(/\s*تويتر\s*$/, '');

describe('article data', () => {
  it('ArticleSchema accepts the article, its entities, quotes and claims', () => {
    expect(v.safeParse(ArticleSchema, article).issues).toBeUndefined();
    expect(v.safeParse(EntitiesSchema, entities).issues).toBeUndefined();
    expect(v.safeParse(QuotesSchema, quotes).issues).toBeUndefined();
    expect(v.safeParse(ClaimsSchema, claims).issues).toBeUndefined();
  });

  it('ArticleSchema rejects a malformed sentence id and an empty translation', () => {
    const broken = structuredClone(article);
    broken.blocks[3].sentences[0].id = 'p1-s1';
    expect(v.safeParse(ArticleSchema, broken).success).toBe(false);
    const empty = structuredClone(article);
    empty.blocks[3].sentences[0].en = '  ';
    expect(v.safeParse(ArticleSchema, empty).success).toBe(false);
  });

  const shared = new URL('../../../../shared/article/article-ar.txt', import.meta.url);
  it.skipIf(!existsSync(shared))(
    'the seed file in the repo is the shared article, byte for byte (skipped: no shared/ beside the repo)',
    () => {
      expect(seed).toBe(readFileSync(shared, 'utf8'));
    },
  );

  it('every Arabic sentence occurs verbatim in the seed article', () => {
    for (const s of sentences) expect(seedArticle, s.id).toContain(s.ar);
  });

  it('reassemble() gives back the whole seed article, whitespace-normalised', () => {
    expect(normalizeSpace(reassemble())).toBe(normalizeSpace(seedArticle));
  });

  it('reassemble() keeps the seed article’s blocks as they are', () => {
    const seedBlocks = seedArticle.split(/\n\s*\n/).map(normalizeSpace);
    const ours = article.blocks.map((b) => normalizeSpace(b.sentences.map((s) => s.ar).join(' ')));
    expect(ours).toEqual(seedBlocks);
  });

  it('sentence ids are unique and numbered in order within their block', () => {
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length);
    for (const b of article.blocks) b.sentences.forEach((s, i) => expect(s.id).toBe(`${b.id}.s${i + 1}`));
  });

  it('has the headline, sub-headline, caption and eight paragraphs', () => {
    expect(article.blocks.map((b) => b.kind)).toEqual([
      'headline',
      'subheadline',
      'caption',
      ...Array(8).fill('paragraph'),
    ]);
  });

  it('says the publication date is 7 August 2015 and that it was inferred', () => {
    expect(article.meta.published).toBe('2015-08-07');
    expect(article.meta.publishedHow.en).toMatch(/worked out/);
    expect(article.meta.source.en).toMatch(/Probably Emarat Al Youm/);
  });
});

describe('references into the article', () => {
  it('entity, quote and claim ids are unique', () => {
    const ids = [...entities, ...quotes, ...claims].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every mention points at an existing sentence and its exact Arabic words', () => {
    for (const e of entities)
      for (const m of e.mentions) {
        const s = sentence(m.s);
        expect(s, `${e.id} → ${m.s}`).toBeDefined();
        const parts = s!.ar.split(m.ar).length - 1;
        expect(parts, `${e.id}: «${m.ar}» in ${m.s}`).toBeGreaterThan(m.nth ?? 0);
        if (m.en) expect(s!.en, `${e.id}: "${m.en}" in ${m.s}`).toContain(m.en);
      }
  });

  it('no two Arabic mentions overlap, so each one can be marked', () => {
    for (const s of sentences) {
      const expected = entities.flatMap((e) => e.mentions.filter((m) => m.s === s.id)).length;
      expect(mentionSpans(s.id, 'ar').length, s.id).toBe(expected);
    }
  });

  it('quotes and claims point at real sentences, speakers and exact words', () => {
    for (const q of [...quotes, ...claims]) {
      const s = sentence(q.s);
      expect(s, q.id).toBeDefined();
      expect(s!.ar, q.id).toContain(q.ar);
      const who = 'speaker' in q ? q.speaker : q.by;
      expect(entity(who), `${q.id} → ${who}`).toBeDefined();
    }
    for (const q of quotes) expect(sentence(q.s)!.en, q.id).toContain(q.en);
  });

  it('every note from outside the article says where it comes from', () => {
    for (const e of entities.filter((x) => x.outside))
      expect(e.outside!.sources.length, `${e.id}: outside note without a source`).toBeGreaterThan(0);
  });

  it('places carry coordinates, except the country itself', () => {
    for (const e of entities.filter((x) => x.kind === 'place' && x.id !== 'syria'))
      expect(e.coords, e.id).toBeDefined();
  });

  it('relative times resolve to the days FACTS.md gives', () => {
    expect(entity('t-yesterday')!.days).toEqual({ start: '2015-08-06', end: '2015-08-06' });
    expect(entity('t-today')!.days).toEqual({ start: '2015-08-07', end: '2015-08-07' });
    expect(entity('t-21-may')!.days).toEqual({ start: '2015-05-21', end: '2015-05-21' });
  });
});

describe('segments(sentenceId, lang)', () => {
  it('joins back to the sentence in both languages', () => {
    for (const s of sentences)
      for (const lang of ['ar', 'en'] as const)
        expect(
          segments(s.id, lang)
            .map((g) => g.text)
            .join(''),
        ).toBe(s[lang]);
  });

  it('marks the entity words: «أمس» in p1.s1 is the yesterday time', () => {
    const seg = segments('p1.s1', 'ar').find((g) => g.text === 'أمس');
    expect(seg?.entity).toBe('t-yesterday');
  });

  it('returns nothing for an unknown id', () => {
    expect(segments('p9.s1', 'ar')).toEqual([]);
  });

  // WebKit does not join Arabic letters across an element's edge: a marked run must never cut a word.
  it('marks whole Arabic words, clitics included: «بحمص», «وفرنسا», «والولايات المتحدة»', () => {
    const marked = (id: string) => segments(id, 'ar').flatMap((g) => (g.entity ? [[g.text, g.entity]] : []));
    expect(marked('h1.s2')).toContainEqual(['بحمص', 'homs']);
    expect(marked('p5.s4')).toContainEqual(['وفرنسا', 'france']);
    expect(marked('p5.s4')).toContainEqual(['والولايات المتحدة', 'usa']);
    expect(marked('p8.s1')).toContainEqual(['والرقة', 'raqqa']);
    expect(marked('p8.s1')).toContainEqual(['والحسكة', 'hasakah']);
  });

  it('never starts or ends a marked Arabic run inside a word, in any sentence', () => {
    for (const s of sentences) {
      const words = tokenize(s.ar);
      const inside = (at: number) => words.find((w) => w.start < at && at < w.end)?.text;
      for (const g of segments(s.id, 'ar').filter((g) => g.entity)) {
        expect(inside(g.at), `${s.id}: «${g.text}» starts inside a word`).toBeUndefined();
        expect(inside(g.at + g.text.length), `${s.id}: «${g.text}» ends inside a word`).toBeUndefined();
      }
    }
  });

  it('keeps English mentions as they are (Latin letters do not join)', () => {
    expect(segments('p5.s4', 'en').some((g) => g.entity === 'france' && g.text === 'France')).toBe(true);
  });
});
