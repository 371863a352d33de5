import { describe, expect, it } from 'vitest';
import { sentence } from '$lib/content';
import { articleWords } from '$lib/content/words/all';
import { parseWordFragment, wordAt } from '$lib/content/words';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { Question } from '$lib/quiz/types';
import { ANKI_TAG, ankiExport, ankiField, questionBack, questionFront, type AnkiLookup } from './anki';
import { newCard, type ReviewCard } from './scheduler';

const bank = createBank(bankData());

const clock = (min: number) => ({ now: Date.UTC(2026, 7, 3, 15) + min * 60_000, offset: 180 });
const card = (key: string, min = 0): ReviewCard => newCard(key, clock(min));

/** The app's own lookups: the built bank, the article, the word layer. */
const look: AnkiLookup = {
  question: (id) => bank.byId(id),
  sentence: (id) => bank.sentence(id)?.ar ?? sentence(id)?.ar,
  word: (id) => {
    const ref = parseWordFragment(id);
    return ref ? wordAt(articleWords(), ref) : undefined;
  },
};

/** The notes of an export, each as its four fields. */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}

describe('ankiField(text)', () => {
  it.each([
    ['plain', 'plain'],
    ['a\tb', 'a b'],
    ['line one\nline two\r\nthree\rfour', 'line one line two three four'],
    ['  spaced \t\t out  ', 'spaced out'],
    ['he said "no"', '"he said ""no"""'],
    ['#not a comment', '"#not a comment"'],
    ['«أمس»\u2028التالي', '«أمس» التالي'],
  ])('%j → %j', (input, out) => {
    expect(ankiField(input)).toBe(out);
  });
});

describe('ankiExport(deck, lookup, lang)', () => {
  it('an empty deck gives its reason, not an empty file', () => {
    expect(ankiExport([], look, 'en')).toEqual({ ok: false, reason: 'empty' });
  });

  it('a deck of cards this version cannot read gives its reason, not a file of headers', () => {
    const deck = [card('q:who-said.never-was'), card('w:p1.s1.w999')];
    expect(ankiExport(deck, look, 'en')).toEqual({ ok: false, reason: 'unknown' });
  });

  it("starts with Anki's header lines: tab separator, plain text, named columns, the tags' column", () => {
    const r = ankiExport([card('q:who-said.q-zakharova')], look, 'en');
    if (!r.ok) throw new Error('no file');
    expect(r.text.split('\n').slice(0, 4)).toEqual([
      '#separator:tab',
      '#html:false',
      '#columns:Front\tBack\tSentence\tTags',
      '#tags column:4',
    ]);
    expect(r.text.endsWith('\n')).toBe(true);
  });

  it('a question card: the question and its options, the right answer, its Arabic sentence, tags', () => {
    const q = bank.byId('who-said.q-zakharova')!;
    const r = ankiExport([card('q:who-said.q-zakharova')], look, 'en');
    if (!r.ok) throw new Error('no file');
    const [row] = rows(r.text);
    expect(row).toHaveLength(4);
    expect(row[0]).toContain('Whose words');
    expect(row[0]).toContain(q.passage?.t === 'quote' ? q.passage.ar : '?');
    expect(row[1]).toBe('Maria Zakharova');
    // Every option is on the front, the right one not always first.
    if (q.format !== 'choice') throw new Error('a choice question');
    for (const o of q.options) expect(row[0]).toContain(o.label.t === 'text' ? o.label.en : '');
    expect(row[2]).toBe(sentence(q.sentences[0])!.ar);
    expect(row[3]).toBe(`${ANKI_TAG} ${ANKI_TAG}::who-said`);
  });

  it('a word card: the vowelled word, its gloss in the UI language, its sentence, tags', () => {
    const w = wordAt(articleWords(), { s: 'p1.s1', i: 0 })!;
    for (const lang of ['en', 'ar'] as const) {
      const r = ankiExport([card('w:p1.s1.w0')], look, lang);
      if (!r.ok) throw new Error('no file');
      expect(rows(r.text)).toEqual([
        [w.v, w.gloss[lang], sentence('p1.s1')!.ar, `${ANKI_TAG} ${ANKI_TAG}::word`],
      ]);
    }
    expect(w.v).toBe('أَفَادَ');
  });

  it('both kinds together: oldest card first; unknown cards skipped and counted', () => {
    const deck = [card('w:p1.s1.w0', 5), card('q:truefalse.vote-done', 1), card('q:gone.away', 3)];
    const r = ankiExport(deck, look, 'ar');
    if (!r.ok) throw new Error('no file');
    expect(r.notes).toBe(2);
    expect(r.skipped).toBe(1);
    const [first, second] = rows(r.text);
    expect(first[1]).toMatch(/^(صح|خطأ)$/);
    expect(second[0]).toBe('أَفَادَ');
  });

  it('every question of the bank makes a well-formed row in both languages (four fields, one line)', () => {
    const all = allQuestionIds(bank);
    for (const lang of ['ar', 'en'] as const) {
      const r = ankiExport(
        all.map((id, i) => card(`q:${id}`, i)),
        look,
        lang,
      );
      if (!r.ok) throw new Error('no file');
      const got = rows(r.text);
      expect(got).toHaveLength(all.length);
      for (const row of got) {
        expect(row).toHaveLength(4);
        for (const f of row.slice(0, 3)) expect(f.length).toBeGreaterThan(0);
      }
    }
  });

  it('a field with tabs and line breaks stays in its column', () => {
    const q = bank.byId('truefalse.vote-done')!;
    const tricky: Question = {
      ...q,
      prompt: { ar: 'سطر\tأول\nسطر ثانٍ', en: 'line\tone\nline "two"' },
    };
    const r = ankiExport([card('q:x')], { ...look, question: () => tricky }, 'en');
    if (!r.ok) throw new Error('no file');
    const got = rows(r.text);
    expect(got).toHaveLength(1);
    expect(got[0]).toHaveLength(4);
    expect(got[0][0].startsWith('"line one line ""two""')).toBe(true);
  });
});

describe('questionFront(q, lang) and questionBack(q, lang)', () => {
  it('a gap question shows the gap; an order question its items out of order and its order on the back', () => {
    const fill = bank.byId('fill.yesterday')!;
    expect(questionFront(fill, 'en')).toContain('_____');
    const order = bank.byId('order.events')!;
    if (order.format !== 'order') throw new Error('an order question');
    const back = questionBack(order, 'en');
    expect(back.split(' → ')).toEqual(order.items.map((it) => (it.label.t === 'text' ? it.label.en : '')));
    expect(questionFront(order, 'en')).not.toContain(back.split(' → ').join(' / '));
    expect(questionBack(order, 'ar')).toContain(' ← ');
  });
});
