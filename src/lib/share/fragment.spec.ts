import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { QuizConfig } from '$lib/quiz/types';
import { fromBase64Url, toBase64Url, Writer } from './bytes';
import { fragmentText, linkErrorKey, quizFromFragment, slotOfCode } from './fragment';
import { encodeQuizLink, type LinkError } from './quiz-link';
import { share } from '$lib/i18n/strings/share';

const bank = createBank(bankData());

const ids = allQuestionIds(bank);
const quiz: QuizConfig = {
  questionIds: ids.slice(0, 10),
  order: { seed: 42 },
  lang: 'ar',
  mode: 'exam',
  title: 'Week 3',
};

describe('fragmentText(hash)', () => {
  it.each([
    ['', ''],
    ['#', ''],
    ['#abc', 'abc'],
    ['abc', 'abc'],
    ['# abc ', 'abc'],
  ])('%j → %j', (hash, text) => expect(fragmentText(hash)).toBe(text));
});

describe('quizFromFragment(hash, bank)', () => {
  it('no fragment is the standard quiz', () => {
    expect(quizFromFragment('', bank)).toEqual({ kind: 'standard' });
    expect(quizFromFragment('#', bank)).toEqual({ kind: 'standard' });
  });

  it('a quiz link gives its config, its canonical code and a slot of its own', () => {
    const code = encodeQuizLink(quiz);
    const r = quizFromFragment(`#${code}`, bank);
    expect(r.kind).toBe('linked');
    if (r.kind !== 'linked') return;
    expect(r.code).toBe(code);
    expect(r.slot).toBe(slotOfCode(code));
    expect(r.slot).toMatch(/^link-[0-9a-f]{16}$/);
    expect(r.config.title).toBe('Week 3');
    expect(r.config.mode).toBe('exam');
  });

  it('gives the same slot for the same quiz and different slots for different quizzes', () => {
    const a = quizFromFragment(encodeQuizLink(quiz), bank);
    const b = quizFromFragment(encodeQuizLink({ ...quiz, title: 'Week 4' }), bank);
    const c = quizFromFragment(encodeQuizLink({ ...quiz, order: { seed: 43 } }), bank);
    const again = quizFromFragment(`#${encodeQuizLink(quiz)}`, bank);
    expect(a.kind === 'linked' && again.kind === 'linked' && a.slot === again.slot).toBe(true);
    const slots = [a, b, c].map((r) => (r.kind === 'linked' ? r.slot : ''));
    expect(new Set(slots).size).toBe(3);
  });

  it('a text stored in the other form still gives the canonical code and slot', () => {
    // The same title written as UTF-8 (form 0) instead of the one-byte Arabic form.
    const arabic = { ...quiz, order: 'fixed' as const, title: 'القريتين' };
    const canonical = encodeQuizLink(arabic);
    const bytes = fromBase64Url(canonical)!;
    const w = new Writer().byte(1).byte(bytes[1]);
    const n = arabic.questionIds.length;
    w.varint(n);
    for (let i = 0; i < n; i++) w.varint(bytes[3 + i]);
    w.chunk(Uint8Array.from([0, ...new TextEncoder().encode('القريتين')]));
    const variant = toBase64Url(w.sealed());
    expect(variant).not.toBe(canonical);
    const r = quizFromFragment(variant, bank);
    expect(r.kind === 'linked' && r.code).toBe(canonical);
  });

  it.each([
    ['#AAAA', 'damaged'],
    ['#<img src=x onerror=alert(1)>', 'not-base64'],
    [`#${'A'.repeat(100_000)}`, 'too-long'],
    [`#${toBase64Url(new Writer().byte(7).byte(0).varint(1).varint(0).sealed())}`, 'future-version'],
    [`#${toBase64Url(new Writer().byte(1).byte(0).varint(1).varint(9999).sealed())}`, 'unknown-question'],
  ])('%s… is an error: %s', (hash, error) => {
    expect(quizFromFragment(hash, bank)).toEqual({ kind: 'error', error });
  });

  it('a truncated link is an error, never a quiz', () => {
    const code = encodeQuizLink(quiz);
    for (let n = 1; n < code.length; n++) expect(quizFromFragment(code.slice(0, n), bank).kind).toBe('error');
  });
});

describe('linkErrorKey(error)', () => {
  it('names a message that exists in both languages for every error', () => {
    const errors: LinkError[] = [
      'empty',
      'too-long',
      'not-base64',
      'damaged',
      'future-version',
      'unknown-question',
      'invalid',
    ];
    for (const e of errors) {
      const key = linkErrorKey(e);
      expect(share.ar[key]).toBeTruthy();
      expect(share.en[key]).toBeTruthy();
    }
    expect(linkErrorKey('not-base64')).toBe('error_damaged');
    expect(linkErrorKey('future-version')).toBe('error_future');
    expect(linkErrorKey('unknown-question')).toBe('error_unknown');
  });
});
