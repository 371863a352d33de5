import * as v from 'valibot';
import { codeOf, questionOfCode } from '$lib/quiz/codes';
import type { Bank } from '$lib/quiz/bank';
import type { QuizConfig } from '$lib/quiz/types';
import type { Lang } from '$lib/i18n/lang';
import { Malformed, Reader, Writer, crc8, fromBase64Url, toBase64Url } from './bytes';
import { cleanText } from './text';

/*
 * A teacher's quiz as a short code for the URL fragment: /<lang>/quiz#<code>.
 *
 * Version 1 layout (then base64url):
 *   byte    version (1)
 *   byte    flags: 1 exam · 2 English · 4 shuffled · 8 has title · 16 has class label (others 0)
 *   varint  seed                      (only when shuffled)
 *   varint  question count n (1–60)
 *   n×varint question codes (codes.ts): in play order when fixed; sorted, as gaps, when shuffled
 *   chunk   title, UTF-8              (only with the flag; ≤ 60 characters)
 *   chunk   class label, UTF-8        (only with the flag; ≤ 40 characters)
 *   byte    CRC-8 of everything before
 *
 * Printed QR codes live on, so every version's decoder stays here forever; a new layout gets a new
 * version byte and its own branch in `decodeQuizBytes`, and keeps the first byte (version) and the
 * last (CRC-8 of the rest), so older apps can tell a newer link from a damaged one.
 */

export const QUIZ_LINK_VERSION = 1;
export const LIMITS = {
  questions: 60,
  titleChars: 60,
  classChars: 40,
  /** Longest code accepted before any decoding (a 60-question quiz with both texts fits easily). */
  codeChars: 600,
} as const;

const FLAG = { exam: 1, en: 2, shuffled: 4, title: 8, classLabel: 16 } as const;
const KNOWN_FLAGS = 31;

/** Why a link could not be read; the UI says each in the person's language. */
export type LinkError =
  'empty' | 'too-long' | 'not-base64' | 'damaged' | 'future-version' | 'unknown-question' | 'invalid';

export type Decoded<T> = { ok: true; value: T } | { ok: false; error: LinkError };

/** The config a link must produce: questions of `bank`, no repeats, clean short texts. */
export function linkedQuizSchema(bank: Bank) {
  return v.object({
    questionIds: v.pipe(
      v.array(
        v.pipe(
          v.string(),
          v.check((id) => !!bank.byId(id), 'unknown question'),
        ),
      ),
      v.minLength(1),
      v.maxLength(LIMITS.questions),
      v.check((ids) => new Set(ids).size === ids.length, 'repeated question'),
    ),
    order: v.union([
      v.literal('fixed'),
      v.object({ seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff)) }),
    ]),
    lang: v.picklist(['ar', 'en']),
    mode: v.picklist(['practice', 'exam']),
    title: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.titleChars * 2))),
    classLabel: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.classChars * 2))),
  });
}

/** A teacher's title or class label as it will travel: cleaned and capped. */
export function cleanTitle(s: string | undefined): string | undefined {
  const t = cleanText(s ?? '', LIMITS.titleChars);
  return t || undefined;
}

export function cleanClassLabel(s: string | undefined): string | undefined {
  const t = cleanText(s ?? '', LIMITS.classChars);
  return t || undefined;
}

/** The bytes of a quiz link (with its CRC). Throws only on a config the composer could not produce. */
export function encodeQuizBytes(config: QuizConfig): Uint8Array {
  const codes = config.questionIds.map((id) => {
    const c = codeOf(id);
    if (c === undefined) throw new Error(`question ${id} has no permanent code`);
    return c;
  });
  if (codes.length < 1 || codes.length > LIMITS.questions) throw new Error('a quiz has 1 to 60 questions');
  const title = cleanTitle(config.title);
  const classLabel = cleanClassLabel(config.classLabel);
  const shuffled = config.order !== 'fixed';
  const w = new Writer().byte(QUIZ_LINK_VERSION);
  w.byte(
    (config.mode === 'exam' ? FLAG.exam : 0) |
      (config.lang === 'en' ? FLAG.en : 0) |
      (shuffled ? FLAG.shuffled : 0) |
      (title ? FLAG.title : 0) |
      (classLabel ? FLAG.classLabel : 0),
  );
  if (config.order !== 'fixed') w.varint(config.order.seed >>> 0);
  w.varint(codes.length);
  if (shuffled) {
    // Play order comes from the seed, so the set is enough: sorted gaps are the smallest numbers.
    let prev = 0;
    for (const c of [...codes].sort((a, b) => a - b)) {
      w.varint(c - prev);
      prev = c;
    }
  } else for (const c of codes) w.varint(c);
  if (title) w.text(title);
  if (classLabel) w.text(classLabel);
  return w.sealed();
}

/** The code that goes after `#` in a quiz link. */
export function encodeQuizLink(config: QuizConfig): string {
  return toBase64Url(encodeQuizBytes(config));
}

/** The path of a quiz link: `/en/quiz#<code>` (the fragment never reaches a server). */
export function quizLinkPath(config: QuizConfig): string {
  return `/${config.lang}/quiz#${encodeQuizLink(config)}`;
}

function fail<T>(error: LinkError): Decoded<T> {
  return { ok: false, error };
}

/**
 * Reads quiz-link bytes (already base64-decoded), naming questions of `bank`; never throws. The bank
 * is the one the page loaded: without it, no link can be read (see `load-bank.ts`).
 */
export function decodeQuizBytes(bytes: Uint8Array, bank: Bank): Decoded<QuizConfig> {
  if (bytes.length < 2) return fail('damaged');
  // Every version, present and future, starts with its version byte and ends with this CRC-8, so a
  // newer link reads as "newer", and a damaged one as "damaged".
  if (crc8(bytes, bytes.length - 1) !== bytes[bytes.length - 1]) return fail('damaged');
  const version = bytes[0];
  if (version > QUIZ_LINK_VERSION) return fail('future-version');
  if (version === 0) return fail('damaged');
  try {
    const r = new Reader(bytes.subarray(0, bytes.length - 1));
    r.byte();
    const flags = r.byte();
    if (flags & ~KNOWN_FLAGS) return fail('damaged');
    const shuffled = !!(flags & FLAG.shuffled);
    const seed = shuffled ? r.varint() : 0;
    const n = r.varint();
    if (n < 1 || n > LIMITS.questions) return fail('invalid');
    const codes: number[] = [];
    let prev = 0;
    for (let i = 0; i < n; i++) {
      const x = r.varint();
      const code = shuffled ? prev + x : x;
      if (shuffled && i > 0 && x === 0) return fail('invalid');
      codes.push(code);
      prev = code;
    }
    const rawTitle = flags & FLAG.title ? r.text(LIMITS.titleChars * 4) : undefined;
    const rawClass = flags & FLAG.classLabel ? r.text(LIMITS.classChars * 4) : undefined;
    if (!r.done) return fail('damaged');
    const questions = codes.map((c) => questionOfCode(bank, c));
    if (questions.some((q) => q === undefined)) return fail('unknown-question');
    const ids = questions.map((q) => q!.id);
    const title = cleanTitle(rawTitle);
    const classLabel = cleanClassLabel(rawClass);
    const config: QuizConfig = {
      questionIds: ids,
      order: shuffled ? { seed } : 'fixed',
      lang: (flags & FLAG.en ? 'en' : 'ar') as Lang,
      mode: flags & FLAG.exam ? 'exam' : 'practice',
      ...(title ? { title } : {}),
      ...(classLabel ? { classLabel } : {}),
    };
    const checked = v.safeParse(linkedQuizSchema(bank), config);
    return checked.success ? { ok: true, value: config } : fail('invalid');
  } catch (e) {
    if (e instanceof Malformed) return fail('damaged');
    throw e;
  }
}

/** Reads a quiz code from a link's fragment (with or without the `#`), against `bank`; never throws. */
export function decodeQuizLink(code: string, bank: Bank): Decoded<QuizConfig> {
  const text = code.replace(/^#/, '').trim();
  if (!text) return fail('empty');
  if (text.length > LIMITS.codeChars) return fail('too-long');
  const bytes = fromBase64Url(text);
  if (!bytes) return fail('not-base64');
  return decodeQuizBytes(bytes, bank);
}
