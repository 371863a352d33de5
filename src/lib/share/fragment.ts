import type { Bank } from '$lib/quiz/bank';
import type { QuizConfig } from '$lib/quiz/types';
import { decodeQuizLink, encodeQuizLink, type LinkError } from './quiz-link';

/*
 * What the quiz page runs, read from its URL fragment in the browser (a fragment never reaches a
 * server and is never seen at prerender): /<lang>/quiz is the standard quiz, /<lang>/quiz#<code> a
 * teacher's quiz. The page runs a teacher's quiz in the page's language, whatever the link's: the
 * questions exist in both, and the language switch keeps the fragment, so a student who switches
 * language carries on with the same quiz, in the same slot, at the same question.
 */

export type QuizFromFragment =
  | { kind: 'standard' }
  | { kind: 'linked'; config: QuizConfig; code: string; slot: string }
  | { kind: 'error'; error: LinkError };

/** The text after `#`, trimmed ('' for none). */
export function fragmentText(hash: string): string {
  return hash.replace(/^#/, '').trim();
}

/** The quiz a fragment asks for, its questions found in `bank`; never throws. */
export function quizFromFragment(hash: string, bank: Bank): QuizFromFragment {
  const text = fragmentText(hash);
  if (!text) return { kind: 'standard' };
  const decoded = decodeQuizLink(text, bank);
  if (!decoded.ok) return { kind: 'error', error: decoded.error };
  // The canonical code: links that decode to the same quiz share a slot (and a class list).
  const code = encodeQuizLink(decoded.value);
  return { kind: 'linked', config: decoded.value, code, slot: slotOfCode(code) };
}

/** 32-bit FNV-1a with a chosen offset basis. */
function fnv1a(s: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The storage slot of a teacher's quiz: `link-` and 64 bits of hash of its canonical code, so two
 * teachers' quizzes never share progress, and the key stays short on the privacy page.
 */
export function slotOfCode(code: string): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `link-${hex(fnv1a(code, 0x811c9dc5))}${hex(fnv1a(code, 0x01000193 ^ 0x9e3779b9))}`;
}

export type LinkErrorKey = 'error_empty' | 'error_damaged' | 'error_future' | 'error_unknown';

/** The key of the message, in `share` strings, that tells a person why a quiz link cannot be opened. */
export function linkErrorKey(error: LinkError): LinkErrorKey {
  switch (error) {
    case 'empty':
      return 'error_empty';
    case 'future-version':
      return 'error_future';
    case 'unknown-question':
      return 'error_unknown';
    default:
      // Truncated, mistyped, too long, not base64, impossible contents: to a student, all "damaged".
      return 'error_damaged';
  }
}
