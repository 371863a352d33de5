import { describe, expect, it } from 'vitest';
import { articleWords } from '$lib/content/words/all';
import { tokenize } from '$lib/content/words/tokenize';
import { excerpt, filterView, wordsView, AROUND } from './browse';

const ix = articleWords();
const view = wordsView(ix);
const places = [...view.roots, ...view.rootless].flatMap((g) =>
  g.lemmas.flatMap((l) => l.forms.flatMap((f) => f.places)),
);

describe('excerpt(text, tokens, i)', () => {
  const text = 'و«التنظيم» يسيطر على مدينة استراتيجية بحمص';
  const toks = tokenize(text);

  it.each([
    [0, 2, { before: '', word: 'و', after: '«التنظيم» يسيطر …' }],
    [2, 1, { before: '… التنظيم» ', word: 'يسيطر', after: ' على …' }],
    [6, 1, { before: '… استراتيجية ', word: 'بحمص', after: '' }],
    [3, 10, { before: 'و«التنظيم» يسيطر ', word: 'على', after: ' مدينة استراتيجية بحمص' }],
  ])('word %i with %i around: %j', (i, around, out) => expect(excerpt(text, toks, i, around)).toEqual(out));

  it('keeps the sentence’s own text, letter for letter, around a whole word', () => {
    for (const s of ix.sentences) {
      const t = tokenize(s.text);
      t.forEach((tok, i) => {
        const e = excerpt(s.text, t, i);
        expect(e.word).toBe(tok.text);
        const inner = (e.before + e.word + e.after).replace(/^… /, '').replace(/ …$/, '');
        expect(s.text).toContain(inner);
      });
    }
  });
});

describe('wordsView(ix)', () => {
  it('shows every word of the article once, roots first, then the rootless words', () => {
    expect(view.total).toBe(ix.all.length);
    expect(places).toHaveLength(ix.all.length);
    expect(new Set(places.map((p) => p.id)).size).toBe(places.length);
    expect(view.roots.every((g) => g.root && !g.rootless)).toBe(true);
    expect(view.rootless.every((g) => !g.root && g.rootless)).toBe(true);
  });

  it('counts the places before each group and lemma, so the page can render them in steps', () => {
    let n = 0;
    for (const g of [...view.roots, ...view.rootless]) {
      expect(g.start, g.key).toBe(n);
      for (const l of g.lemmas) {
        expect(l.start, l.key).toBe(n);
        n += l.count;
        expect(l.count).toBe(l.forms.reduce((k, f) => k + f.places.length, 0));
      }
    }
    expect(n).toBe(view.total);
  });

  it('gives each place a link fragment and a stretch of its sentence around the whole word', () => {
    for (const p of places) {
      expect(p.id).toBe(`${p.s}.w${p.i}`);
      expect(p.excerpt.word).toBe(p.word.w);
      const words = (p.excerpt.before + p.excerpt.after)
        .split(/\s+/)
        .filter((w) => /[\u0621-\u064A0-9]/.test(w));
      expect(words.length).toBeLessThanOrEqual(2 * AROUND + 2);
    }
  });
});

describe('filterView(view, query)', () => {
  it('is null (everything shown) for an empty or blank query', () => {
    expect(filterView(view, '')).toBeNull();
    expect(filterView(view, ' ـ ')).toBeNull();
  });

  it('shows the places a query finds, with their lemmas and groups, and counts them', () => {
    const shown = filterView(view, 'ص و ت')!;
    const expected = places.filter((p) => p.word.root === 'صوت');
    expect(shown.count).toBe(expected.length);
    expect([...shown.places].sort()).toEqual(expected.map((p) => p.id).sort());
    expect([...shown.groups]).toEqual(['r:صوت']);
    for (const key of shown.lemmas) expect(key.startsWith('r:صوت|')).toBe(true);
  });

  it('finds the same words with and without vowels, and nothing for a query nothing has', () => {
    expect(filterView(view, 'يُصَوِّتَ')!.places).toEqual(filterView(view, 'يصوت')!.places);
    expect(filterView(view, 'zzzz')!.count).toBe(0);
  });

  it('finds rootless words under their group (names by transliteration)', () => {
    const shown = filterView(view, 'kiri')!;
    expect(shown.groups.has('x:name')).toBe(true);
    expect(shown.count).toBeGreaterThan(0);
  });
});
