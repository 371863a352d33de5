import type { Lang } from '$lib/i18n/lang';
import type { Bank } from '$lib/quiz/bank';
import { fill } from '$lib/i18n/strings';
import { collect } from '$lib/i18n/strings/collect';
import { results } from '$lib/i18n/strings/results';
import { share } from '$lib/i18n/strings/share';
import { addResult, type StoredResult } from './class-list';
import type { LinkError } from './quiz-link';
import { decodeResultLink } from './result-link';
import { readScanned } from './result-links';

/*
 * One result code arriving at the teacher's class list, however it came: a link opened on this
 * device, a code scanned by the camera, a link found in pasted text. All three go through here, so a
 * result is read, de-duplicated and named the same way, and the teacher reads the same message.
 */

export type Received =
  | { kind: 'added' | 'named' | 'already'; list: StoredResult[]; entry: StoredResult }
  | { kind: 'error'; error: LinkError };

/** Decodes a result code against `bank` and adds it to the list (twin and duplicate rules of `addResult`). */
export function receiveCode(list: readonly StoredResult[], code: string, now: number, bank: Bank): Received {
  const decoded = decodeResultLink(code, bank);
  if (!decoded.ok) return { kind: 'error', error: decoded.error };
  const { list: next, added, named, entry } = addResult(list, decoded.value, now);
  return { kind: added ? 'added' : named ? 'named' : 'already', list: next, entry };
}

/** True when the list changed and needs saving. */
export function changed(r: Received): boolean {
  return r.kind === 'added' || r.kind === 'named';
}

/** Why a result code cannot be read, in the teacher's language. */
export function resultErrorText(error: LinkError, lang: Lang): string {
  const t = share[lang];
  if (error === 'future-version') return t.error_future;
  if (error === 'unknown-question') return t.error_unknown;
  return t.resultError_damaged;
}

/** The student's name as the list shows it. */
export function shownName(entry: StoredResult, lang: Lang): string {
  return entry.name || results[lang].anonymous;
}

/** What the teacher is told about one received code. */
export function receivedText(r: Received, lang: Lang): string {
  if (r.kind === 'error') return resultErrorText(r.error, lang);
  const s = results[lang];
  const template = r.kind === 'added' ? s.added : r.kind === 'named' ? s.named : s.already;
  return fill(template, { name: shownName(r.entry, lang) });
}

/** What a scanned code did: `tone` for the tick or the cross, `list` when the class list changed. */
export type ScanOutcome = {
  tone: 'added' | 'named' | 'same' | 'bad';
  text: string;
  list: StoredResult[] | null;
};

/**
 * A QR code's text, read by the scanner: a result link of this app goes through `receiveCode` like
 * an opened link; anything else is named (another copy of the app, the quiz's own code, something else).
 */
export function receiveScanned(
  list: readonly StoredResult[],
  text: string,
  origin: string,
  now: number,
  lang: Lang,
  bank: Bank,
): ScanOutcome {
  const s = collect[lang];
  const scanned = readScanned(text, origin);
  if (scanned.kind === 'foreign')
    return { tone: 'bad', text: fill(s.scanForeign, { host: scanned.host }), list: null };
  if (scanned.kind === 'quiz') return { tone: 'bad', text: s.scanQuiz, list: null };
  if (scanned.kind === 'other') return { tone: 'bad', text: s.scanOther, list: null };
  const r = receiveCode(list, scanned.code, now, bank);
  const message = receivedText(r, lang);
  if (r.kind === 'error') return { tone: 'bad', text: message, list: null };
  return { tone: r.kind === 'already' ? 'same' : r.kind, text: message, list: changed(r) ? r.list : null };
}
