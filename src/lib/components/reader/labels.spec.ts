import { describe, expect, it } from 'vitest';
import { placeOfSentence, sentenceHref } from './labels';

describe('placeOfSentence(id, lang)', () => {
  it.each([
    ['h1.s2', 'en', 'Headline'],
    ['h2.s1', 'en', 'Sub-headline'],
    ['c.s1', 'en', 'Photo caption'],
    ['p8.s3', 'en', 'Paragraph 8'],
    ['p2.s1', 'ar', 'الفقرة 2'],
  ] as const)('%s in %s → %s', (id, lang, label) => {
    expect(placeOfSentence(id, lang)).toBe(label);
  });
});

describe('sentenceHref(lang, id)', () => {
  it('points at the reader with the sentence as the fragment', () => {
    expect(sentenceHref('en', 'p8.s3')).toBe('/en/#p8.s3');
  });
});
