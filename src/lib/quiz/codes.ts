import type { Bank } from './bank';
import type { Question } from './types';

/**
 * The permanent number of every question, for share links: a question's code is its index here.
 * APPEND ONLY. Never reorder, rename or remove an entry, even when a question leaves the bank: printed
 * QR codes and result links name questions by these numbers forever. A new question gets the next
 * number by being added at the end (a unit test fails until it is).
 */
export const QUESTION_CODES: readonly string[] = [
  'who-said.q-kerry-agreement',
  'who-said.q-kerry-facts',
  'who-said.q-kerry-mechanism',
  'who-said.q-draft',
  'who-said.q-zakharova',
  'claim.c-gas-attacks',
  'claim.c-helicopters',
  'claim.c-no-evidence',
  'claim.c-supports-identifying',
  'claim.c-51-killed',
  'claim.c-strategic',
  'date.palmyra-falls',
  'date-event.palmyra-falls',
  'relative-date.kerry-lavrov-meet',
  'relative-date.kerry-announces',
  'relative-date.unsc-vote',
  'order.events',
  'order.claims',
  'number.n-51',
  'number.n-48',
  'number.n-15',
  'number.n-230000',
  'number.n-fifth-year',
  'number.n-three',
  'place.meeting',
  'place.road',
  'place.strikes',
  'place.qalamoun',
  'inference.qaryatayn-matters',
  'inference.needs-moscow',
  'inference.why-blame-regime',
  'inference.mechanism',
  'inference.russia-position',
  'choice.organization',
  'choice.committee-word',
  'choice.lavrov',
  'truefalse.vote-done',
  'truefalse.year-given',
  'truefalse.countryside',
  'truefalse.strikes-where',
  'truefalse.russia-talks',
  'truefalse.clashes',
  'truefalse.after-forum',
  'fill.yesterday',
  'fill.conclusive',
  'fill.justice',
  'fill.pressure',
  'order.plan',
  'word-meaning.clashes',
  'word-meaning.helicopters',
  'word-meaning.needs',
  'same-root.coalition',
  'same-root.location',
  'same-root.regime',
  'vowelled.town',
  'vowelled.committee',
  'vowelled.crisis',
  'word-fits.counterpart',
  'word-fits.weapons',
  'word-fits.road',
];

const codeById = new Map(QUESTION_CODES.map((id, i) => [id, i]));

/** The permanent code of a question id, or undefined for an id that was never registered. */
export function codeOf(id: string): number | undefined {
  return codeById.get(id);
}

/** The question id a code stands for, or undefined for a code this app version does not know. */
export function idOfCode(code: number): string | undefined {
  return Number.isInteger(code) && code >= 0 ? QUESTION_CODES[code] : undefined;
}

/** The question of `bank` a link's code names, or undefined (a newer app's code, or a retired question). */
export function questionOfCode(bank: Bank, code: number): Question | undefined {
  const id = idOfCode(code);
  return id === undefined ? undefined : bank.byId(id);
}
