import { describe, expect, it } from 'vitest';
import { createBank } from './bank';
import { bankData } from './build-bank';
import { QUESTION_CODES, codeOf, idOfCode, questionOfCode } from './codes';

const bank = createBank(bankData());

describe('permanent question codes', () => {
  it('QUESTION_CODES keeps its first codes forever (append only)', () => {
    expect(QUESTION_CODES.slice(0, 12)).toEqual([
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
    ]);
    expect(QUESTION_CODES[47]).toBe('order.plan');
    expect(QUESTION_CODES.length).toBeGreaterThanOrEqual(48);
  });

  it('every question in the bank has a code, and no id is registered twice', () => {
    for (const q of bank.all)
      expect(codeOf(q.id), `${q.id} needs a code: append it to codes.ts`).toBeDefined();
    expect(new Set(QUESTION_CODES).size).toBe(QUESTION_CODES.length);
  });

  it('codeOf(id) and idOfCode(code) are inverses; unknown values give undefined', () => {
    for (const id of QUESTION_CODES) expect(idOfCode(codeOf(id)!)).toBe(id);
    expect(codeOf('nope.nope')).toBeUndefined();
    expect(idOfCode(-1)).toBeUndefined();
    expect(idOfCode(1.5)).toBeUndefined();
    expect(idOfCode(QUESTION_CODES.length)).toBeUndefined();
  });

  it('questionOfCode(bank, code) finds the question a code names in the bank given, or nothing', () => {
    for (const q of bank.all) expect(questionOfCode(bank, codeOf(q.id)!)).toBe(q);
    expect(questionOfCode(bank, QUESTION_CODES.length)).toBeUndefined();
    expect(questionOfCode(bank, -1)).toBeUndefined();
    const smaller = createBank({ questions: bank.all.slice(1), sentences: {} });
    expect(questionOfCode(smaller, codeOf(bank.all[0].id)!)).toBeUndefined();
  });
});
