import { describe, expect, it } from 'vitest';
import { describeKey, STORED } from './registry';

const what = (name: string) => STORED.find((e) => e.name === name)!.what;

describe('describeKey(key)', () => {
  it.each([
    ['qaryatayn.prefs', 'prefs'],
    ['qaryatayn.results', 'results'],
    ['qaryatayn.teach.draft', 'teach.draft'],
    ['qaryatayn.quiz.session.default', 'quiz.session.*'],
    ['qaryatayn.quiz.session.link-0123456789abcdef', 'quiz.session.*'],
    ['qaryatayn.quiz.result.link-0123456789abcdef', 'quiz.result.*'],
    ['qaryatayn.quiz.name', 'quiz.name'],
    ['qaryatayn.review.deck', 'review.deck'],
    ['qaryatayn.review.deck.set-aside', '*.set-aside'],
    ['qaryatayn.quiz.session.default.set-aside', '*.set-aside'],
    ['qaryatayn.results.set-aside', '*.set-aside'],
    ['qaryatayn.results.set-aside.2', '*.set-aside'],
    ['qaryatayn.quiz.session.default.set-aside.3', '*.set-aside'],
  ])('%s is described as %s', (key, entry) => expect(describeKey(key)).toBe(what(entry)));

  it('knows nothing of keys the app never writes', () => {
    expect(describeKey('qaryatayn.something-else')).toBeUndefined();
  });
});
