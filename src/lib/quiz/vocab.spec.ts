import { describe, expect, it } from 'vitest';
import { sentence } from '$lib/content';
import { articleWords } from '$lib/content/words/all';
import { parseWordFragment, wordAt, type Word } from '$lib/content/words';
import { bare } from '$lib/content/words/tokenize';
import { createBank } from './bank';
import { bankData } from './build-bank';
import { QUESTION_CODES, codeOf } from './codes';
import { VOCAB } from './data/vocab';
import { grade } from './grade';
import { labelText } from './wording';
import {
  caseReadings,
  glossesOverlap,
  isContentWord,
  plainGloss,
  vocabQuestions,
  wordInContext,
} from './vocab';
import type { ChoiceQuestion } from './types';

const bank = createBank(bankData());

const ix = articleWords();
const VOCAB_KINDS = ['word-meaning', 'same-root', 'vowelled', 'word-fits'];
const questions = bank.all.filter(
  (q): q is ChoiceQuestion => VOCAB_KINDS.includes(q.kind) && q.format === 'choice',
);
const wordOf = (at: string): Word => wordAt(ix, parseWordFragment(at)!)!;
const specOf = (q: ChoiceQuestion) => VOCAB.find((s) => `${s.kind}.${s.id}` === q.id)!;
/** The article's words whose form (as printed) is `w`. */
const byForm = (w: string) => ix.all.filter((p) => bare(p.word.w) === bare(w));
/** The article's words whose dictionary form is `lemma`. */
const byLemma = (lemma: string) => ix.all.filter((p) => p.word.lemma === lemma);

describe('vocabulary questions (generated from the word layer)', () => {
  it('the bank holds every one, after the 48 before them, each with a permanent code; 60 in all', () => {
    expect(questions.map((q) => q.id)).toEqual(VOCAB.map((s) => `${s.kind}.${s.id}`));
    expect(questions.length).toBeGreaterThanOrEqual(8);
    expect(questions.length).toBeLessThanOrEqual(16);
    for (const k of VOCAB_KINDS) expect(questions.filter((q) => q.kind === k).length, k).toBe(3);
    for (const q of questions) expect(codeOf(q.id), q.id).toBeGreaterThanOrEqual(48);
    expect(QUESTION_CODES.slice(48)).toEqual(questions.map((q) => q.id));
    expect(bank.all.length).toBe(60);
  });

  it('are generated the same at every build', () => {
    expect(vocabQuestions(ix)).toEqual(vocabQuestions(ix));
    expect(vocabQuestions(ix)).toEqual(questions);
  });

  it('cite the sentence of their word, whose exact words are the evidence', () => {
    for (const q of questions) {
      const spec = specOf(q);
      const ref = parseWordFragment(spec.at)!;
      expect(q.source).toBe('generated');
      expect(q.sentences[0], q.id).toBe(ref.s);
      for (const e of q.evidence) expect(sentence(e.s)!.ar, q.id).toContain(e.ar);
      expect(q.evidence[0]).toEqual({ s: ref.s, ar: wordOf(spec.at).w });
    }
  });

  it('ask about content words (nouns, adjectives, verbs and their derivatives), never particles or names', () => {
    for (const q of questions) {
      const w = wordOf(specOf(q).at);
      expect(['noun', 'adj', 'masdar', 'act-part', 'pass-part', 'verb'], q.id).toContain(w.pos);
      expect(w.root, q.id).not.toBeNull();
      expect(w.uncertain, q.id).toBeUndefined();
    }
  });

  it('are graded by the same engine: the word data’s own answer is right, every other option wrong', () => {
    for (const q of questions) {
      q.options.forEach((_, i) => expect(grade(q, i), `${q.id} option ${i}`).toBe(i === q.answer));
      expect(q.answer).toBe(0);
    }
  });

  it('meaning in context: the answer is the word’s own gloss; no distractor has its gloss or its root', () => {
    for (const q of questions.filter((x) => x.kind === 'word-meaning')) {
      const w = wordOf(specOf(q).at);
      const answer = q.options[q.answer].label;
      expect(labelText(answer, 'en')).toBe(plainGloss(w.gloss.en));
      expect(labelText(answer, 'ar')).toBe(bare(w.gloss.ar));
      expect(q.passage).toMatchObject({ t: 'word', word: w.w });
      for (const o of q.options.slice(1)) {
        const d = wordOf(o.id);
        expect(d.pos, q.id).toBe(w.pos);
        expect(d.root, q.id).not.toBe(w.root);
        expect(d.lemma, q.id).not.toBe(w.lemma);
        expect(glossesOverlap(d, w), `${q.id}: ${d.gloss.en} / ${w.gloss.en}`).toBe(false);
        // No word of the article with this gloss shares the asked word's root or form either.
        for (const lang of ['en', 'ar'] as const) {
          expect(labelText(o.label, lang), q.id).not.toBe(labelText(answer, lang));
          const same = ix.all.filter((p) => p.word.gloss[lang] === d.gloss[lang]);
          for (const p of same) expect(p.word.root, q.id).not.toBe(w.root);
        }
      }
    }
  });

  it('same root: the answer shares the word’s root in the word data; no distractor does', () => {
    for (const q of questions.filter((x) => x.kind === 'same-root')) {
      const spec = specOf(q);
      const w = wordOf(spec.at);
      const answer = labelText(q.options[q.answer].label, 'ar');
      expect(answer).toBe(wordOf(spec.answer!).lemma);
      expect(
        byLemma(answer).every((p) => p.word.root === w.root),
        q.id,
      ).toBe(true);
      for (const o of q.options.slice(1)) {
        const lemma = labelText(o.label, 'ar');
        const found = byLemma(lemma);
        expect(found.length, `${q.id}: ${lemma}`).toBeGreaterThan(0);
        // Every place the article uses this dictionary form, it is from another root.
        for (const p of found) expect(p.word.root, `${q.id}: ${lemma}`).not.toBe(w.root);
        expect(isContentWord(found[0].word)).toBe(true);
      }
    }
  });

  it('vowelled form: the answer is the word data’s reading; the others are the same letters with another case', () => {
    for (const q of questions.filter((x) => x.kind === 'vowelled')) {
      const w = wordOf(specOf(q).at);
      const shown = q.options.map((o) => labelText(o.label, 'ar'));
      expect(shown[q.answer]).toBe(w.v);
      expect(new Set(shown).size).toBe(3);
      for (const v of shown) expect(bare(v), q.id).toBe(bare(w.w));
      // No other reading of this word in this sentence is given by the word layer (one case only).
      expect(w.noun?.case, q.id).toBeDefined();
      expect(w.note ?? '', q.id).not.toMatch(/\bor\b.*(nominative|accusative|genitive)/i);
    }
  });

  it('which word fits: the gap is the word’s place; no option is the word, its root, or a word the article puts there', () => {
    for (const q of questions.filter((x) => x.kind === 'word-fits')) {
      const spec = specOf(q);
      const ref = parseWordFragment(spec.at)!;
      const w = wordOf(spec.at);
      if (q.passage?.t !== 'gap') throw new Error(`${q.id} has no gap`);
      const text = sentence(ref.s)!.ar;
      const before = q.passage.before.replace(/^… /, '');
      const after = q.passage.after.replace(/ …$/, '');
      expect(text, q.id).toContain(`${before}${w.w}${after}`);
      expect(labelText(q.options[q.answer].label, 'ar')).toBe(w.v);
      const words = ix.bySentence.get(ref.s)!.words;
      const prev = bare(words[ref.i - 1]?.w ?? '');
      const next = bare(words[ref.i + 1]?.w ?? '');
      for (const o of q.options.slice(1)) {
        const v = labelText(o.label, 'ar');
        const d = wordOf(o.id);
        expect(d.v).toBe(v);
        expect(bare(v), q.id).not.toBe(bare(w.w));
        expect(d.root, q.id).not.toBe(w.root);
        expect(glossesOverlap(d, w), q.id).toBe(false);
        // Nowhere does the article put this word after the gap's neighbour, or before the next word.
        for (const s of ix.sentences)
          s.words.forEach((x, i) => {
            if (bare(x.w) !== bare(v)) return;
            expect(bare(s.words[i - 1]?.w ?? ''), `${q.id}: ${v} in ${s.id}`).not.toBe(prev);
            expect(bare(s.words[i + 1]?.w ?? ''), `${q.id}: ${v} in ${s.id}`).not.toBe(next);
          });
        // The sentence with this word in the gap is not a sentence of the article.
        expect(byForm(v).some((p) => p.s === ref.s && p.i === ref.i)).toBe(false);
      }
    }
  });

  it('words the teacher ruled out are never drawn', () => {
    for (const spec of VOCAB.filter((s) => s.avoid)) {
      const q = bank.byId(`${spec.kind}.${spec.id}`) as ChoiceQuestion;
      for (const o of q.options.slice(1)) expect(spec.avoid, q.id).not.toContain(wordOf(o.id).lemma);
    }
  });
});

describe('wordInContext(text, i)', () => {
  it('keeps a short sentence whole, and cuts a long one six words either side with “…”', () => {
    expect(wordInContext('دخلت الأزمة عامها الخامس.', 1)).toEqual({
      before: 'دخلت ',
      word: 'الأزمة',
      after: ' عامها الخامس.',
    });
    const long = sentence('p1.s1')!.ar;
    const c = wordInContext(long, 20);
    expect(c.before.startsWith('… ')).toBe(true);
    expect(c.after.endsWith(' …')).toBe(true);
    expect(long).toContain(`${c.before.slice(2)}${c.word}${c.after.slice(0, -2)}`);
  });

  it('drops a quotation mark whose pair the cut left out', () => {
    const c = wordInContext('قال «واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة»', 2);
    expect(`${c.before}${c.word}${c.after}`).not.toMatch(/«/);
  });
});

describe('caseReadings(word)', () => {
  it('gives the word’s own reading first, then the two other cases, same letters', () => {
    const w = wordOf('p5.s3.w11');
    expect(caseReadings(w).map((r) => r.c)).toEqual(['nom', 'acc', 'gen']);
    expect(caseReadings(w)[0].v).toBe(w.v);
    expect(caseReadings(wordOf('p3.s1.w11')).map((r) => r.v)).toEqual(['لَجْنَةٍ', 'لَجْنَةٌ', 'لَجْنَةً']);
  });

  it('refuses a word whose ending is not its case’s regular mark (a sound plural, a diptote)', () => {
    expect(() => caseReadings(wordOf('p1.s1.w26'))).toThrow();
    expect(() => caseReadings(wordOf('p5.s4.w11'))).toThrow();
  });
});
