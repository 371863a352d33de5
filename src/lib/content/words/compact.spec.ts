import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { articleWords } from './all';
import { decodeNotes, decodeWords, encodeNotes, encodeWords, WordsDataError } from './compact';
import { wordFragment } from './index';

const ix = articleWords();
const encoded = encodeWords(ix);
const copy = () => structuredClone(encoded);

describe('encodeWords(ix) and decodeWords(json)', () => {
  it('round-trips every word of the article, all fields but the note', () => {
    const decoded = decodeWords(JSON.parse(JSON.stringify(encoded)));
    expect(decoded.map((s) => s.id)).toEqual(ix.sentences.map((s) => s.id));
    expect(decoded).toEqual(
      ix.sentences.map((s) => ({ ...s, words: s.words.map(({ note: _, ...w }) => w) })),
    );
  });

  it('keeps the words file within its 25 KB gzip budget', () => {
    expect(gzipSync(JSON.stringify(encoded), { level: 9 }).length).toBeLessThanOrEqual(25 * 1024);
  });

  it('round-trips the notes, keyed by word fragment', () => {
    const notes = decodeNotes(JSON.parse(JSON.stringify(encodeNotes(ix))));
    const withNote = ix.all.filter((p) => p.word.note);
    expect(notes.size).toBe(withNote.length);
    for (const p of withNote) expect(notes.get(wordFragment(p))).toBe(p.word.note);
  });

  const damaged: [string, (d: ReturnType<typeof copy>) => unknown][] = [
    ['null', () => null],
    ['an HTML page', () => '<html>offline</html>'],
    ['another format version', (d) => ({ ...d, v: 2 })],
    ['no sentences', (d) => ({ v: d.v, l: d.l })],
    ['an unknown part of speech', (d) => (((d.s[0][2][0][4] as string) = 'thing'), d)],
    [
      'a malformed verb code',
      (d) => {
        const w = d.s.flatMap((s) => s[2]).find((w) => w[7]?.vb)!;
        w[7]!.vb = 'perfect - active 4ms';
        return d;
      },
    ],
    ['a root of two letters', (d) => (((d.l.find((l) => l[1])![1] as string) = 'فد'), d)],
    ['a word cut short', (d) => ((d.s[0][2][0] as unknown[]).splice(5), d)],
    ['an extra field', (d) => ((((d.s[0][2][0][7] ??= {}) as Record<string, unknown>).zz = 1), d)],
  ];
  it.each(damaged)('refuses %s with a WordsDataError', (_, damage) => {
    expect(() => decodeWords(damage(copy()))).toThrow(WordsDataError);
  });

  it('refuses a sentence whose words do not match its text', () => {
    const d = copy();
    d.s[0][2].pop();
    expect(() => decodeWords(d)).toThrow(/h1\.s1 has \d+ words for \d+/);
    const e = copy();
    e.s[0][1] = `${e.s[0][1]} زيادة`;
    expect(() => decodeWords(e)).toThrow(WordsDataError);
  });

  it('refuses a lemma index outside the table, and segments that do not make the word', () => {
    const d = copy();
    d.s[0][2][0][0] = d.l.length;
    expect(() => decodeWords(d)).toThrow(/no lemma/);
    const e = copy();
    const w = e.s.flatMap((s) => s[2]).find((w) => Array.isArray(w[3]))!;
    (w[3] as string[])[0] = 'x';
    expect(() => decodeWords(e)).toThrow(/segments do not make/);
  });

  it('refuses notes that are not a notes file', () => {
    expect(() => decodeNotes({ v: 1, n: { 'p1.s1': 'x' } })).toThrow(WordsDataError);
    expect(() => decodeNotes({ v: 1, n: { 'p1.s1.w0': '' } })).toThrow(WordsDataError);
    expect(decodeNotes({ v: 1, n: {} }).size).toBe(0);
  });
});
