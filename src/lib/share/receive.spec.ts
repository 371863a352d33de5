import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import type { QuizConfig } from '$lib/quiz/types';
import { collect } from '$lib/i18n/strings/collect';
import { results } from '$lib/i18n/strings/results';
import { share } from '$lib/i18n/strings/share';
import { encodeResultLink, type ResultData } from './result-link';
import { changed, receiveCode, receiveScanned, receivedText } from './receive';

const bank = createBank(bankData());

const quiz: QuizConfig = {
  questionIds: allQuestionIds(bank).slice(0, 3),
  order: 'fixed',
  lang: 'en',
  mode: 'exam',
};
const result = (name: string): ResultData => ({
  quiz,
  name,
  answers: [0, null, 0],
  finishedAt: 1_754_550_000_000,
  durationSec: 200,
});

describe('receiveCode(list, code, now, bank)', () => {
  it('adds, then names the unnamed twin, then finds it already there: the rules of a link opened', () => {
    const a = receiveCode([], encodeResultLink(result(''), bank), 1, bank);
    expect(a.kind).toBe('added');
    expect(changed(a)).toBe(true);
    expect(receivedText(a, 'en')).toBe(`${results.en.anonymous}’s result was added.`);
    const b = receiveCode(a.kind === 'error' ? [] : a.list, encodeResultLink(result('Huda'), bank), 2, bank);
    expect(b.kind).toBe('named');
    expect(receivedText(b, 'ar')).toContain('Huda');
    const c = receiveCode(
      b.kind === 'error' ? [] : b.list,
      `#${encodeResultLink(result('Huda'), bank)}`,
      3,
      bank,
    );
    expect(c.kind).toBe('already');
    expect(changed(c)).toBe(false);
    expect(c.kind !== 'error' && c.list).toHaveLength(1);
  });

  it('a damaged code changes nothing and says so in the teacher’s language', () => {
    const code = encodeResultLink(result('Huda'), bank);
    const r = receiveCode([], code.slice(0, -2), 1, bank);
    expect(r).toEqual({ kind: 'error', error: 'damaged' });
    expect(receivedText(r, 'en')).toBe(share.en.resultError_damaged);
    expect(receivedText(r, 'ar')).toBe(share.ar.resultError_damaged);
    expect(receivedText({ kind: 'error', error: 'future-version' }, 'en')).toBe(share.en.error_future);
  });
});

describe('receiveScanned(list, text, origin, now, lang, bank)', () => {
  const ORIGIN = 'http://127.0.0.1:4361';
  const code = encodeResultLink(result('Huda'), bank);
  it('a result link of this app: added, then the same again', () => {
    const a = receiveScanned([], `${ORIGIN}/en/results#${code}`, ORIGIN, 1, 'en', bank);
    expect(a).toMatchObject({ tone: 'added', text: 'Huda’s result was added.' });
    expect(a.list).toHaveLength(1);
    const b = receiveScanned(a.list!, `${ORIGIN}/ar/results#${code}`, ORIGIN, 2, 'en', bank);
    expect(b).toEqual({ tone: 'same', text: 'Huda’s result is already in the list.', list: null });
  });

  it.each([
    [`${ORIGIN}/en/results#${code.slice(0, -1)}`, share.en.resultError_damaged],
    [`https://other.example/en/results#${code}`, collect.en.scanForeign.replace('{host}', 'other.example')],
    [`${ORIGIN}/en/quiz#AQID`, collect.en.scanQuiz],
    ['https://video.example/', collect.en.scanOther],
  ])('%s is refused with its message', (text, message) => {
    expect(receiveScanned([], text, ORIGIN, 1, 'en', bank)).toEqual({
      tone: 'bad',
      text: message,
      list: null,
    });
  });
});
