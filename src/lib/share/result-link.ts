import * as v from 'valibot';
import type { Bank } from '$lib/quiz/bank';
import { AnswerSchema } from '$lib/quiz/schema';
import { isValidAnswer } from '$lib/quiz/grade';
import type { Answer, Question, QuizConfig } from '$lib/quiz/types';
import { Malformed, Reader, Writer, crc8, fromBase64Url, toBase64Url } from './bytes';
import { decodeQuizBytes, encodeQuizBytes, type Decoded, type LinkError } from './quiz-link';
import { NAME_CHARS, cleanText } from './text';
import type { LinkedAttempt } from './attempt';

/*
 * A student's result for a teacher's quiz, as a code for /<lang>/results#<code>. It carries the quiz
 * itself, the answers and the time, never a score: the teacher's app grades the answers again, so an
 * edited link cannot claim a better score than its answers earn.
 *
 * Version 1 layout (then base64url):
 *   byte    version (1)
 *   chunk   the quiz link's bytes (its own version and CRC included)
 *   chunk   the student's name, UTF-8 (≤ 40 characters; may be empty)
 *   varint  finished at, in minutes since 1970 (UTC)
 *   varint  time taken, in seconds (≤ 1 day)
 *   answers, one per question in the quiz's own list order:
 *           choice: varint 0 = none, k+1 = option k · true/false: byte 0 none, 1 false, 2 true ·
 *           order: byte 0 none, or 1 then one byte per item: the item indices in the student's order
 *   byte    CRC-8 of everything before (kept by every future version, as for quiz links)
 */

export const RESULT_LINK_VERSION = 1;
export { NAME_CHARS };
const MAX_CODE_CHARS = 1200;
const DAY_SECONDS = 86_400;

export type ResultData = {
  quiz: QuizConfig;
  /** Empty when the student gave none. */
  name: string;
  /** `answers[i]` answers `quiz.questionIds[i]`; null when skipped. */
  answers: (Answer | null)[];
  /** Milliseconds since 1970, rounded down to the minute by the link. */
  finishedAt: number;
  durationSec: number;
};

/** What a decoded result must look like before the teacher's app grades it. */
const ResultSchema = v.object({
  name: v.pipe(v.string(), v.maxLength(NAME_CHARS * 2)),
  answers: v.array(v.nullable(AnswerSchema)),
  finishedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  durationSec: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(DAY_SECONDS)),
});

export function cleanName(s: string): string {
  return cleanText(s, NAME_CHARS);
}

function writeAnswer(w: Writer, q: Question, a: Answer | null): void {
  const valid = a !== null && isValidAnswer(q, a);
  switch (q.format) {
    case 'choice':
      w.varint(valid ? (a as number) + 1 : 0);
      return;
    case 'truefalse':
      w.byte(valid ? (a ? 2 : 1) : 0);
      return;
    case 'order':
      if (!valid) w.byte(0);
      else {
        w.byte(1);
        for (const i of a as number[]) w.byte(i);
      }
  }
}

function readAnswer(r: Reader, q: Question): Answer | null {
  switch (q.format) {
    case 'choice': {
      const k = r.varint();
      if (k === 0) return null;
      if (k - 1 >= q.options.length) throw new Malformed('option out of range');
      return k - 1;
    }
    case 'truefalse': {
      const b = r.byte();
      if (b > 2) throw new Malformed('not a true/false answer');
      return b === 0 ? null : b === 2;
    }
    case 'order': {
      if (r.byte() === 0) return null;
      const order = q.items.map(() => r.byte());
      if (!isValidAnswer(q, order)) throw new Malformed('not a permutation');
      return order;
    }
  }
}

/** The code that goes after `#` in a result link (each answer written as its question in `bank` takes it). */
export function encodeResultLink(result: ResultData, bank: Bank): string {
  const questions = result.quiz.questionIds.map((id) => {
    const q = bank.byId(id);
    if (!q) throw new Error(`unknown question ${id}`);
    return q;
  });
  const w = new Writer()
    .byte(RESULT_LINK_VERSION)
    .chunk(encodeQuizBytes(result.quiz))
    .text(cleanName(result.name))
    .varint(Math.max(0, Math.floor(result.finishedAt / 60_000)))
    .varint(Math.min(DAY_SECONDS, Math.max(0, Math.round(result.durationSec))));
  questions.forEach((q, i) => writeAnswer(w, q, result.answers[i] ?? null));
  return toBase64Url(w.sealed());
}

/** The path of a result link: `/en/results#<code>`. */
export function resultLinkPath(lang: string, result: ResultData, bank: Bank): string {
  return `/${lang}/results#${encodeResultLink(result, bank)}`;
}

function fail(error: LinkError): Decoded<ResultData> {
  return { ok: false, error };
}

/** Reads a result code (with or without the `#`), against `bank`; never throws. */
export function decodeResultLink(code: string, bank: Bank): Decoded<ResultData> {
  const text = code.replace(/^#/, '').trim();
  if (!text) return fail('empty');
  if (text.length > MAX_CODE_CHARS) return fail('too-long');
  const bytes = fromBase64Url(text);
  if (!bytes) return fail('not-base64');
  if (bytes.length < 2 || crc8(bytes, bytes.length - 1) !== bytes[bytes.length - 1]) return fail('damaged');
  if (bytes[0] > RESULT_LINK_VERSION) return fail('future-version');
  if (bytes[0] === 0) return fail('damaged');
  try {
    const r = new Reader(bytes.subarray(0, bytes.length - 1));
    r.byte();
    const quiz = decodeQuizBytes(r.chunk(1024), bank);
    if (!quiz.ok) return fail(quiz.error);
    const name = cleanName(r.text(NAME_CHARS * 4));
    const finishedAt = r.varint() * 60_000;
    const durationSec = r.varint();
    if (durationSec > DAY_SECONDS) return fail('invalid');
    const answers = quiz.value.questionIds.map((id) => readAnswer(r, bank.byId(id)!));
    if (!r.done) return fail('damaged');
    const checked = v.safeParse(ResultSchema, { name, answers, finishedAt, durationSec });
    if (!checked.success || answers.length !== quiz.value.questionIds.length) return fail('invalid');
    return { ok: true, value: { quiz: quiz.value, name, answers, finishedAt, durationSec } };
  } catch (e) {
    if (e instanceof Malformed) return fail('damaged');
    throw e;
  }
}

/** The result an attempt reports: answers and time, never a score. */
export function resultOf(given: QuizConfig, attempt: LinkedAttempt, name: string): ResultData {
  return {
    quiz: given,
    name,
    answers: attempt.answers,
    finishedAt: attempt.finishedAt,
    durationSec: Math.max(0, Math.round((attempt.finishedAt - attempt.startedAt) / 1000)),
  };
}

/**
 * The path of the result link, `/<lang>/results#<code>`, in the quiz's language: the one the teacher
 * chose for the class, whatever language the student switched to.
 */
export function attemptResultPath(
  given: QuizConfig,
  attempt: LinkedAttempt,
  name: string,
  bank: Bank,
): string {
  return resultLinkPath(given.lang, resultOf(given, attempt, name), bank);
}
