import { describe, expect, it } from 'vitest';
import { QUESTION_CODES } from '$lib/quiz/codes';
import { scoreAnswers } from '$lib/quiz/grade';
import { createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { Answer, QuizConfig } from '$lib/quiz/types';
import { decodeQuizLink, encodeQuizLink } from './quiz-link';
import { decodeResultLink, encodeResultLink } from './result-link';

const bank = createBank(bankData());

/*
 * Links made by the app before the vocabulary questions joined the bank (encoded on 2026-12-07 by the
 * code of main at e982802, answers chosen right, wrong and skipped in turn). They must open the same
 * quizzes, and their results score the same, for as long as the app lives: printed QR codes carry them.
 */
const BEFORE = [
  {
    what: 'all 48 questions, shuffled, exam, Arabic, a title and a class',
    quiz: 'AR25YDAAAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEKAafEo7OoyLkg4wIBqCk',
    result:
      'AUQBHblgMAABAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQoBp8Sjs6jIuSDjAgGoKQYATGF5bGGE6fgNwQICAQIBAAECAQIAAgECAQABAQMCAQABAAECAwIAAgECAQABAgECAAIBAgEAAQIBAgABAgEBAAECAQABAgMy',
    ids: QUESTION_CODES.slice(0, 48),
    config: { order: { seed: 12345 }, lang: 'ar', mode: 'exam', title: 'الأسبوع ٣', classLabel: 'ب' },
    score: { correct: 20, answered: 39, total: 48 },
    results: '010101010001010101000101010100010101010001010101',
  },
  {
    what: 'five questions of four formats in a fixed order, practice, English, a title',
    quiz: 'AQoFLwAQJCsHAFdlZWsgMz0',
    result: 'AREBCgUvABAkKwcAV2VlayAzPQYATGF5bGGE6fgNwQIBAwIBAAEBAwIBAAEA3Q',
    ids: [
      'order.plan',
      'who-said.q-kerry-agreement',
      'order.events',
      'truefalse.vote-done',
      'fill.yesterday',
    ],
    config: { order: 'fixed', lang: 'en', mode: 'practice', title: 'Week 3' },
    score: { correct: 2, answered: 4, total: 5 },
    results: '01010',
  },
  {
    what: 'every third question, shuffled, practice, English',
    quiz: 'AQYHEAADAwMDAwMDAwMDAwMDAwNh',
    result: 'ARUBBgcQAAMDAwMDAwMDAwMDAwMDA2EGAExheWxhhOn4DcECAgECAQABAgECAAIBAgEAAao',
    ids: QUESTION_CODES.slice(0, 48).filter((_, i) => i % 3 === 0),
    config: { order: { seed: 7 }, lang: 'en', mode: 'practice' },
    score: { correct: 7, answered: 13, total: 16 },
    results: '0101010100010101',
  },
] as const;

describe('links made before the vocabulary questions', () => {
  it.each(BEFORE)('$what: the quiz link opens the same quiz', (b) => {
    const r = decodeQuizLink(b.quiz, bank);
    if (!r.ok) throw new Error(r.error);
    expect(r.value).toEqual({ questionIds: [...b.ids], ...b.config });
  });

  it.each(BEFORE)('$what: the result link scores the same, question by question', (b) => {
    const r = decodeResultLink(b.result, bank);
    if (!r.ok) throw new Error(r.error);
    expect(r.value.quiz.questionIds).toEqual([...b.ids]);
    expect(r.value.name).toBe('Layla');
    expect(r.value.finishedAt).toBe(Math.floor(1_754_550_000_000 / 60_000) * 60_000);
    expect(r.value.durationSec).toBe(321);
    const score = scoreAnswers(r.value.quiz, r.value.answers, bank);
    expect({ correct: score.correct, answered: score.answered, total: score.total }).toEqual(b.score);
    expect(score.results.map((x) => (x.correct ? 1 : 0)).join('')).toBe(b.results);
  });
});

describe('links with vocabulary questions', () => {
  const vocab = ['word-meaning.needs', 'same-root.regime', 'vowelled.committee', 'word-fits.counterpart'];
  const configs: QuizConfig[] = [
    { questionIds: vocab, order: 'fixed', lang: 'ar', mode: 'exam', title: 'مفردات' },
    { questionIds: ['who-said.q-zakharova', ...vocab], order: { seed: 99 }, lang: 'en', mode: 'practice' },
    { questionIds: [...QUESTION_CODES], order: { seed: 1 }, lang: 'en', mode: 'exam' },
  ];

  it.each(configs)('a quiz link round-trips ($questionIds.length questions)', (config) => {
    const r = decodeQuizLink(encodeQuizLink(config), bank);
    expect(r).toEqual({ ok: true, value: config });
  });

  it('a result link round-trips and scores its answers the same', () => {
    const quiz = configs[1];
    const answers: (Answer | null)[] = quiz.questionIds.map((id, i) => {
      const q = bank.byId(id)!;
      if (q.format !== 'choice') throw new Error('choice questions only here');
      return i % 2 ? q.answer : (q.answer + 1) % q.options.length;
    });
    const r = decodeResultLink(
      encodeResultLink({ quiz, name: 'Omar', answers, finishedAt: 1_754_550_000_000, durationSec: 60 }, bank),
      bank,
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.value.answers).toEqual(answers);
    expect(scoreAnswers(r.value.quiz, r.value.answers, bank).correct).toBe(2);
  });
});
