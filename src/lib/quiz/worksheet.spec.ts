import { describe, expect, it } from 'vitest';
import { article } from '$lib/content/article';
import { LANGS } from '$lib/i18n/lang';
import { quiz } from '$lib/i18n/strings/quiz';
import { allQuestionIds, createBank } from './bank';
import { bankData } from './build-bank';
import { labelText } from './wording';
import { displayOrder, playOrder } from './session';
import type { Question } from './types';
import { articleWords } from '$lib/content/words/all';
import {
  columnsFor,
  keyRow,
  markOf,
  paperBlocks,
  paperQuestion,
  printedIds,
  printout,
  sourceOf,
  withForms,
} from './worksheet';

const bank = createBank(bankData());

const ids = allQuestionIds(bank);
const q = (id: string) => bank.byId(id)!;
const SEEDS = [1, 7, 0xdeadbeef];

describe('printedIds(selected, bankIds, order)', () => {
  it('prints the whole bank, in bank order, when nothing is chosen', () => {
    expect(printedIds([], ids, 'fixed')).toEqual(ids);
  });

  it('keeps the chosen questions in bank order, whatever order they were ticked in, and drops unknown ids', () => {
    const chosen = [ids[9], 'no.such-question', ids[2], ids[30]];
    expect(printedIds(chosen, ids, 'fixed')).toEqual([ids[2], ids[9], ids[30]]);
  });

  it('is the quiz’s own order for a shuffled quiz: the same seed, the same order as the link plays', () => {
    const chosen = ids.slice(0, 10);
    const order = { seed: 12345 };
    const printed = printedIds(chosen, ids, order);
    const played = playOrder({ questionIds: chosen, order, lang: 'en', mode: 'practice' }).map(
      (i) => chosen[i],
    );
    expect(printed).toEqual(played);
    expect(printed).not.toEqual(chosen);
    expect(printedIds(chosen, ids, order)).toEqual(printed);
  });
});

describe('markOf(i, lang)', () => {
  it.each([
    [0, 'ar', 'أ'],
    [1, 'ar', 'ب'],
    [2, 'ar', 'ج'],
    [3, 'ar', 'د'],
    [0, 'en', 'A'],
    [3, 'en', 'D'],
    [10, 'en', '11'],
  ] as const)('option %i in %s is %s', (i, lang, mark) => {
    expect(markOf(i, lang)).toBe(mark);
  });
});

describe('paperQuestion(q, n, lang, seed) and keyRow(q, n, lang, seed, article)', () => {
  it('gives every question of the bank a form for paper and a key row that agree, in both languages and for any seed', () => {
    for (const lang of LANGS)
      for (const seed of SEEDS)
        for (const [i, question] of bank.all.entries()) {
          const sheet = paperQuestion(question, i + 1, lang, seed);
          const row = keyRow(question, i + 1, lang, seed, article);
          expect(sheet.n).toBe(String(i + 1));
          expect(row.n).toBe(sheet.n);
          expect(row.prompt).toBe(sheet.prompt);
          expect(row.explanation.length).toBeGreaterThan(0);
          expect(row.sources.length).toBeGreaterThan(0);
          expect(row.sources.join(' ')).not.toMatch(/\b[phc]\d*\.s\d/);
          checkAnswer(question, sheet, row, lang);
        }
  });

  /** The key's answer, read against the sheet the student holds, is the bank's right answer. */
  function checkAnswer(
    question: Question,
    sheet: ReturnType<typeof paperQuestion>,
    row: ReturnType<typeof keyRow>,
    lang: 'ar' | 'en',
  ) {
    if (question.format === 'truefalse') {
      expect(sheet.form).toEqual({ t: 'truefalse', options: [quiz[lang].trueLabel, quiz[lang].falseLabel] });
      expect(row.answer).toBe(question.answer ? quiz[lang].trueLabel : quiz[lang].falseLabel);
    } else if (question.format === 'choice') {
      if (sheet.form.t !== 'choice') throw new Error('a choice question printed as another form');
      const right = labelText(question.options[question.answer].label, lang);
      const box = sheet.form.options.find((o) => o.mark === row.mark);
      expect(box?.text).toBe(right);
      expect(row.answer).toBe(right);
      expect(sheet.form.options.map((o) => o.text).sort()).toEqual(
        question.options.map((o) => labelText(o.label, lang)).sort(),
      );
    } else {
      if (sheet.form.t !== 'order') throw new Error('an order question printed as another form');
      // Writing the key's numbers into the boxes, top to bottom, puts the items in the right order.
      const numbers = row.answer.match(/\d+/g)!.map(Number);
      expect(numbers).toHaveLength(question.items.length);
      const byNumber = sheet.form.items
        .map((it, k) => [numbers[k], it.text] as const)
        .sort((a, b) => a[0] - b[0]);
      expect(byNumber.map(([, t]) => t)).toEqual(question.items.map((it) => labelText(it.label, lang)));
      expect(row.sequence).toBe(byNumber.map(([, t]) => t).join(lang === 'ar' ? ' ← ' : ' → '));
      // Never already in order on the sheet.
      expect(numbers).not.toEqual([...numbers].sort((a, b) => a - b));
    }
  }

  it('shows options in the quiz’s display order for the seed, so the answer is not always the first box', () => {
    const choices = bank.all.filter((x) => x.format === 'choice');
    const firsts = new Set<string>();
    for (const question of choices) {
      const sheet = paperQuestion(question, 1, 'en', 99);
      if (sheet.form.t !== 'choice') throw new Error('unexpected form');
      const shown = displayOrder(question, 99);
      expect(sheet.form.options.map((o) => o.text)).toEqual(
        shown.map((k) => labelText(question.options[k].label, 'en')),
      );
      firsts.add(keyRow(question, 1, 'en', 99, article).mark!);
    }
    expect(firsts.size).toBeGreaterThan(1);
  });

  it('lays out the passage for paper: a quote with its English gloss in English only, a gap, a statement', () => {
    const quote = bank.all.find((x) => x.passage?.t === 'quote' && x.passage.en)!;
    expect(paperQuestion(quote, 1, 'en', 1).passage).toMatchObject({ t: 'quote', en: expect.any(String) });
    expect(paperQuestion(quote, 1, 'ar', 1).passage).not.toHaveProperty('en');
    const gap = q('fill.yesterday');
    expect(paperQuestion(gap, 1, 'ar', 1).passage).toEqual({
      t: 'gap',
      before: 'أفاد وزير الخارجية الأميركي، جون كيري، ',
      after: '، بأنه توصل إلى اتفاق مع نظيره الروسي',
    });
    const statement = bank.all.find((x) => x.passage?.t === 'statement')!;
    expect(paperQuestion(statement, 1, 'en', 1).passage).toMatchObject({ t: 'statement' });
  });

  it('marks an Arabic answer as Arabic in the English key: «أمس» for the missing word', () => {
    const row = keyRow(q('fill.yesterday'), 3, 'en', 1, article);
    expect(row.mark).toMatch(/^[A-D]$/);
    expect(row.answer).toBe('أمس');
    expect(row.answerArabic).toBe(true);
    expect(row.sources).toEqual(['Paragraph 1']);
  });
});

describe('columnsFor(options)', () => {
  const opt = (text: string) => ({ mark: 'A', text, arabic: false });
  it('puts short options two to a line, and any long one makes it one', () => {
    expect(columnsFor([opt('21 May'), opt('5 August'), opt('6 August')])).toBe(2);
    expect(columnsFor([opt('x'.repeat(28)), opt('y')])).toBe(2);
    expect(columnsFor([opt('x'.repeat(29)), opt('y')])).toBe(1);
  });
});

describe('sourceOf(sentenceId, article, lang)', () => {
  it.each([
    ['p1.s1', 'en', 'Paragraph 1'],
    ['p8.s3', 'en', 'Paragraph 8, sentence 3'],
    ['p8.s3', 'ar', 'الفقرة 8، الجملة 3'],
    ['p5.s2', 'ar', 'الفقرة 5، الجملة 2'],
    ['h2.s1', 'en', 'Sub-headline'],
    ['h1.s2', 'en', 'Headline, sentence 2'],
    ['c.s1', 'ar', 'تعليق الصورة، الجملة 1'],
    ['p9.s1', 'en', 'p9.s1'],
  ] as const)('%s in %s is “%s”', (id, lang, text) => {
    expect(sourceOf(id, article, lang)).toBe(text);
  });
});

describe('paperBlocks(article, lang)', () => {
  it('prints every block of the article, its paragraphs numbered 1 to 8 in reading order, in both languages', () => {
    const blocks = paperBlocks(article, 'en');
    expect(blocks.map((b) => b.id)).toEqual(article.blocks.map((b) => b.id));
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.label)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);
    expect(blocks.find((b) => b.kind === 'headline')?.label).toBe('');
    expect(paperBlocks(article, 'ar').find((b) => b.kind === 'caption')?.label).toBe('تعليق الصورة');
    const p5 = article.blocks.find((b) => b.id === 'p5')!;
    expect(blocks.find((b) => b.id === 'p5')).toMatchObject({
      ar: p5.sentences.map((s) => s.ar).join(' '),
      en: p5.sentences.map((s) => s.en).join(' '),
    });
  });
});

describe('printout(o)', () => {
  it('numbers the questions 1 to n in the order given, and its key has one row per question, in that order', () => {
    const chosen = printedIds(ids.slice(5, 15), ids, { seed: 3 }).map(q);
    const p = printout({
      questions: chosen,
      lang: 'ar',
      seed: 3,
      title: 'ورقة',
      classLabel: '10 ب',
      article,
    });
    expect(p).toMatchObject({ lang: 'ar', dir: 'rtl', title: 'ورقة', classLabel: '10 ب' });
    expect(p.published).toBe('تاريخ النشر: 7 أغسطس 2015 (مستنتج من المقال)');
    expect(p.questions.map((x) => x.id)).toEqual(chosen.map((x) => x.id));
    expect(p.key.map((x) => [x.id, x.n])).toEqual(p.questions.map((x) => [x.id, x.n]));
    expect(p.questions.map((x) => x.n)).toEqual(chosen.map((_, i) => String(i + 1)));
    const en = printout({ questions: chosen, lang: 'en', seed: 3, title: 'Sheet', article });
    expect(en.dir).toBe('ltr');
    expect(en).not.toHaveProperty('classLabel');
    expect(en.published).toBe('Published 7 August 2015 (worked out from the article)');
  });
});

describe('the article printed vowelled (withForms, paperBlocks with forms)', () => {
  const ix = articleWords();
  const forms = new Map(ix.sentences.map((x) => [x.id, x.words.map((w) => w.v)]));
  const bare = (s: string) => s.replace(/[\u064B-\u0652\u0670]/g, '');

  it('writes each word vowelled, the text otherwise unchanged letter for letter', () => {
    expect(withForms('أفاد وزير، اليوم.', ['أَفَادَ', undefined as unknown as string, 'الْيَوْمَ'])).toBe(
      'أَفَادَ وزير، الْيَوْمَ.',
    );
    expect(withForms('أفاد وزير', undefined)).toBe('أفاد وزير');
    const blocks = paperBlocks(article, 'ar', forms);
    const plain = paperBlocks(article, 'ar');
    blocks.forEach((b, k) => {
      expect(bare(b.ar)).toBe(bare(plain[k].ar));
      expect(b.ar).toMatch(/[\u064B-\u0652]/);
      expect(b.en).toBe(plain[k].en);
    });
  });

  it('reaches the printout only when forms are given', () => {
    const base = { questions: [], lang: 'en' as const, seed: 1, title: 'T', article };
    expect(printout({ ...base, forms }).blocks[3].ar).not.toBe(printout(base).blocks[3].ar);
    expect(printout(base).blocks[3].ar).toBe(paperBlocks(article, 'en')[3].ar);
  });
});
