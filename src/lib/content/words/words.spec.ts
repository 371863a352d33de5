import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { sentences, entity } from '$lib/content';
import { tokenize, bare } from './tokenize';
import { WordSchema, type Word, type WordData } from './schema';

// Each data file is one block or a few; the test reads whichever exist, so each can be checked alone,
// and the last test says which sentences still have no words.
const files = import.meta.glob<{ words: WordData }>('./data/*.ts', { eager: true });
const data: WordData = Object.assign({}, ...Object.values(files).map((f) => f.words));
const bySentence = new Map(sentences.map((s) => [s.id, s]));
const all: { s: string; i: number; word: Word }[] = Object.entries(data).flatMap(([s, ws]) =>
  ws.map((word, i) => ({ s, i, word })),
);
const where = (x: { s: string; i: number; word: Word }) => `${x.s}#${x.i} ${x.word.w}`;

describe('word data', () => {
  it('names only sentences of the article', () => {
    for (const id of Object.keys(data)) expect(bySentence.has(id), id).toBe(true);
  });

  it('has one entry per word of each sentence, in order, none left over', () => {
    for (const [id, ws] of Object.entries(data)) {
      const toks = tokenize(bySentence.get(id)!.ar).map((t) => t.text);
      expect(
        ws.map((w) => w.w),
        id,
      ).toEqual(toks);
    }
  });

  it('every entry fits the schema', () => {
    for (const x of all) {
      const r = v.safeParse(WordSchema, x.word);
      expect(
        r.success
          ? ''
          : r.issues.map((i) => `${i.path?.map((p) => p.key).join('.')}: ${i.message}`).join('; '),
        where(x),
      ).toBe('');
    }
  });

  it('vowelled, bare of its marks, is the article’s word letter for letter', () => {
    for (const x of all) expect(bare(x.word.v), where(x)).toBe(bare(x.word.w));
  });

  it('uses only the marks the font carries, each after a letter, none doubled', () => {
    for (const x of all) {
      // eslint-disable-next-line no-misleading-character-class
      expect(x.word.v, where(x)).toMatch(/^[\u0621-\u064A\u0640\u064B-\u0652\u06700-9.]+$/);
      expect(x.word.v, where(x)).not.toMatch(/^[\u064B-\u0652\u0670]/);
      // a shadda comes before its vowel (U+0651 then U+064E…), as the conventions say
      expect(x.word.v, where(x)).not.toMatch(/[\u064B-\u0650\u0652]\u0651/);
      // the dagger alif stands alone for its ā (no fatḥa before it)
      expect(x.word.v, where(x)).not.toMatch(/\u064E\u0670/);
      // two vowels on one letter (shadda + a vowel is the one allowed pair)
      expect(x.word.v, where(x)).not.toMatch(/[\u064B-\u0650\u0652][\u064B-\u0650\u0652]/);
    }
  });

  it('transliterates a prefix before the article or a hamzat al-waṣl as said (wa-l-, bi-smi)', () => {
    for (const x of all) expect(x.word.tr, where(x)).not.toMatch(/\b(wa|fa|bi|ka|li)-(a[a-zṣḍṭẓ]{1,2}-|i)/);
  });

  it('segments, joined, give back the word', () => {
    for (const x of all) expect(x.word.seg.map((g) => g.t).join(''), where(x)).toBe(x.word.w);
  });

  it('a word without a root says why; a name points at an existing entity', () => {
    for (const x of all) {
      if (x.word.root === null) expect(x.word.rootless, where(x)).toBeDefined();
      else expect(x.word.rootless, where(x)).toBeUndefined();
      if (x.word.entity) expect(entity(x.word.entity), where(x)).toBeDefined();
    }
  });

  it('verb details only on verbs; a form on verbs, masdars and participles only', () => {
    for (const x of all) {
      if (x.word.verb) expect(x.word.pos, where(x)).toBe('verb');
      if (x.word.pos === 'verb') expect(x.word.verb, where(x)).toBeDefined();
      if (x.word.form) expect(['verb', 'masdar', 'act-part', 'pass-part'], where(x)).toContain(x.word.pos);
      if (x.word.uncertain) expect(x.word.note, where(x)).toBeDefined();
    }
  });

  it('the same lemma always has the same root', () => {
    const roots = new Map<string, string | null>();
    for (const x of all) {
      const key = x.word.lemma;
      if (!roots.has(key)) roots.set(key, x.word.root);
      else expect(x.word.root, `${where(x)}: lemma ${x.word.lemma}`).toBe(roots.get(key));
    }
  });

  it('covers every sentence of the article', () => {
    expect(sentences.filter((s) => !data[s.id]).map((s) => s.id)).toEqual([]);
  });
});
