import { describe, expect, it } from 'vitest';
import { sentences } from '$lib/content';
import { articleWords } from './all';
import {
  indexWords,
  parseWordFragment,
  rootIndex,
  rootlessGroups,
  sameRoot,
  wordAt,
  wordFragment,
  type Word,
} from './index';
import { tokenize } from './tokenize';

const ix = articleWords();

// A small hand-made article for the index's shape, independent of the real data.
const word = (w: string, lemma: string, root: string | null, extra: Partial<Word> = {}): Word => ({
  w,
  v: w,
  tr: w,
  seg: [{ t: w, g: w }],
  lemma,
  root,
  ...(root === null ? { rootless: 'particle' as const } : {}),
  pos: root === null ? 'particle' : 'noun',
  gloss: { en: w, ar: w },
  ...extra,
});
const tiny = indexWords([
  {
    id: 'a.s1',
    text: 'كتب الكاتب في كتاب',
    words: [
      word('كتب', 'كَتَبَ', 'كتب'),
      word('الكاتب', 'كَاتِب', 'كتب'),
      word('في', 'فِي', null),
      word('كتاب', 'كِتَاب', 'كتب'),
    ],
  },
  {
    id: 'a.s2',
    text: 'قرأ الكاتب كتابا',
    words: [word('قرأ', 'قَرَأَ', 'قرء'), word('الكاتب', 'كَاتِب', 'كتب'), word('كتابا', 'كِتَاب', 'كتب')],
  },
  {
    id: 'a.s3',
    text: 'كيري في موسكو',
    words: [
      word('كيري', 'كِيرِي', null, { rootless: 'name', pos: 'name' }),
      word('في', 'فِي', null),
      word('موسكو', 'مُوسْكُو', null, { rootless: 'name', pos: 'name' }),
    ],
  },
]);

describe('indexWords(sentences)', () => {
  it('joins every word of the article to its sentence id and position, in reading order', () => {
    expect(ix.sentences.map((s) => s.id)).toEqual(sentences.map((s) => s.id));
    const total = sentences.reduce((n, s) => n + tokenize(s.ar).length, 0);
    expect(ix.all).toHaveLength(total);
    for (const s of sentences) {
      const toks = tokenize(s.ar);
      toks.forEach((t) => expect(wordAt(ix, { s: s.id, i: t.i })?.w, `${s.id}#${t.i}`).toBe(t.text));
    }
    expect(ix.all[0]).toMatchObject({ s: 'h1.s1', i: 0, word: { w: 'مقتل' } });
  });

  it('wordAt(ix, ref) is undefined for a sentence or position that is not there', () => {
    expect(wordAt(ix, { s: 'p9.s9', i: 0 })).toBeUndefined();
    expect(wordAt(ix, { s: 'h1.s1', i: 99 })).toBeUndefined();
    expect(wordAt(ix, { s: 'h1.s1', i: -1 })).toBeUndefined();
  });
});

describe('rootIndex(ix)', () => {
  it('lists each root once, in dictionary order, with its lemmas and their forms and places', () => {
    const roots = rootIndex(tiny);
    expect(roots.map((r) => r.root)).toEqual(['قرء', 'كتب']);
    const ktb = roots[1];
    expect(ktb.count).toBe(5);
    expect(ktb.lemmas.map((l) => [l.lemma, l.count])).toEqual([
      ['كَتَبَ', 1],
      ['كَاتِب', 2],
      ['كِتَاب', 2],
    ]);
    expect(ktb.lemmas[1].forms).toHaveLength(1);
    expect(ktb.lemmas[1].forms[0].at.map((p) => [p.s, p.i])).toEqual([
      ['a.s1', 1],
      ['a.s2', 1],
    ]);
    expect(ktb.lemmas[2].forms.map((f) => f.w)).toEqual(['كتاب', 'كتابا']);
  });

  it('covers every rooted word of the article exactly once', () => {
    const roots = rootIndex(ix);
    const placed = roots.flatMap((r) => r.lemmas.flatMap((l) => l.forms.flatMap((f) => f.at)));
    expect(placed).toHaveLength(ix.all.filter((p) => p.word.root !== null).length);
    expect(new Set(placed.map((p) => `${p.s}#${p.i}`)).size).toBe(placed.length);
    for (const r of roots)
      for (const p of r.lemmas.flatMap((l) => l.forms.flatMap((f) => f.at))) expect(p.word.root).toBe(r.root);
    // ف ي د (أفاد، إفادة …) is one of them, with its words together
    expect(roots.find((r) => r.root === 'فيد')?.count).toBeGreaterThan(0);
  });

  it('sorts roots as an Arabic dictionary does (hamza, alif, bāʾ … yāʾ)', () => {
    const order = rootIndex(ix).map((r) => r.root);
    const alphabet = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    const key = (r: string) => [...r].map((c) => String(alphabet.indexOf(c)).padStart(2, '0')).join('');
    expect(order).toEqual([...order].sort((a, b) => key(a).localeCompare(key(b))));
  });
});

describe('rootlessGroups(ix)', () => {
  it('groups the words without a root by why, leaving out empty groups', () => {
    const groups = rootlessGroups(tiny);
    expect(groups.map((g) => [g.kind, g.count])).toEqual([
      ['name', 2],
      ['particle', 2],
    ]);
    expect(groups[1].lemmas[0].forms[0].at.map((p) => p.s)).toEqual(['a.s1', 'a.s3']);
  });

  it('with the root index, accounts for every word of the article', () => {
    const n = (xs: { count: number }[]) => xs.reduce((k, x) => k + x.count, 0);
    expect(n(rootIndex(ix)) + n(rootlessGroups(ix))).toBe(ix.all.length);
  });
});

describe('sameRoot(ix, ref)', () => {
  it('gives the other forms of the root, each once, in reading order, without the word itself', () => {
    const other = sameRoot(tiny, { s: 'a.s1', i: 1 });
    expect(other.map((p) => [p.word.w, p.s, p.i])).toEqual([
      ['كتب', 'a.s1', 0],
      ['كتاب', 'a.s1', 3],
      ['كتابا', 'a.s2', 2],
    ]);
  });

  it('is empty for a word without a root, a root used once, or a ref that names nothing', () => {
    expect(sameRoot(tiny, { s: 'a.s1', i: 2 })).toEqual([]);
    expect(sameRoot(tiny, { s: 'a.s2', i: 0 })).toEqual([]);
    expect(sameRoot(tiny, { s: 'zz', i: 0 })).toEqual([]);
  });

  it('finds the article’s words of a shared root in other sentences', () => {
    const some = ix.all.find((p) => p.word.root && sameRoot(ix, p).some((q) => q.s !== p.s));
    expect(some).toBeDefined();
    for (const q of sameRoot(ix, some!)) expect(q.word.root).toBe(some!.word.root);
  });
});

describe('wordFragment(ref) and parseWordFragment(fragment)', () => {
  it.each([
    [{ s: 'p5.s2', i: 3 }, 'p5.s2.w3'],
    [{ s: 'h1.s1', i: 0 }, 'h1.s1.w0'],
    [{ s: 'c.s2', i: 12 }, 'c.s2.w12'],
  ])('%j ↔ %s', (ref, fragment) => {
    expect(wordFragment(ref)).toBe(fragment);
    expect(parseWordFragment(fragment)).toEqual(ref);
    expect(parseWordFragment(`#${fragment}`)).toEqual(ref);
  });

  it.each(['p5.s2', '#p5.s2', 'p5.s2.w', 'p5.s2.w01', 'p5.s2.wx', '.w3', 'p5.s2.w99999', ''])(
    'names no word in %j',
    (fragment) => expect(parseWordFragment(fragment)).toBeNull(),
  );

  it('gives every word of the article a distinct fragment that no sentence id equals', () => {
    const all = ix.all.map(wordFragment);
    expect(new Set(all).size).toBe(all.length);
    for (const s of sentences) expect(parseWordFragment(s.id)).toBeNull();
  });
});
