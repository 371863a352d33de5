import { describe, expect, it } from 'vitest';
import { moveWord, sentenceOfWordFragment } from './words-ui';
import { joinsNext, partsForCard } from './word-parts';

describe('moveWord', () => {
  it.each([
    // key, from, count, to
    ['ArrowLeft', 0, 5, 1], // the next word: Arabic reads right to left
    ['ArrowLeft', 4, 5, 4], // stops at the last word
    ['ArrowRight', 3, 5, 2],
    ['ArrowRight', 0, 5, 0], // stops at the first
    ['Home', 3, 5, 0],
    ['End', 1, 5, 4],
  ])('%s from word %i of %i goes to %i', (key, at, count, to) => expect(moveWord(key, at, count)).toBe(to));

  it('ignores other keys and a sentence without words', () => {
    expect(moveWord('Enter', 1, 5)).toBeNull();
    expect(moveWord('ArrowUp', 1, 5)).toBeNull();
    expect(moveWord('ArrowLeft', 0, 0)).toBeNull();
  });
});

describe('partsForCard', () => {
  const parts = (...t: string[]) => partsForCard(t.map((x) => ({ t: x, g: '' }))).map((p) => p.shown);

  it('writes a joining prefix with a tatweel, a non-joining one without', () => {
    expect(parts('ب', 'قصف')).toEqual(['بـ', 'قصف']);
    expect(parts('و', 'ال', 'مدينة')).toEqual(['و', 'الـ', 'مدينة']);
    expect(parts('و', 'يصوت')).toEqual(['و', 'يصوت']);
  });

  it('writes a suffix after a joining letter with a tatweel before it', () => {
    expect(parts('مدينت', 'ها')).toEqual(['مدينت', 'ـها']);
    expect(parts('قرار', 'ه')).toEqual(['قرار', 'ه']); // ر does not join the next letter
  });

  it('adds no second tatweel, and none around digits', () => {
    expect(parts('لـ')).toEqual(['لـ']);
    expect(parts('الـ', '15')).toEqual(['الـ', '15']);
    expect(parts('51')).toEqual(['51']);
  });

  it('knows which letters join the next one', () => {
    for (const t of ['ب', 'ل', 'ت', 'ه', 'ي', 'ى', 'ئ']) expect(joinsNext(t), t).toBe(true);
    for (const t of ['ا', 'أ', 'إ', 'آ', 'د', 'ذ', 'ر', 'ز', 'و', 'ؤ', 'ة', 'ء', '5', 'ـ', ''])
      expect(joinsNext(t), t).toBe(false);
  });
});

describe('sentenceOfWordFragment', () => {
  it('names the sentence of a word link, and nothing for any other fragment', () => {
    expect(sentenceOfWordFragment('p3.s1.w3')).toBe('p3.s1');
    expect(sentenceOfWordFragment('h1.s1.w12')).toBe('h1.s1');
    expect(sentenceOfWordFragment('p3.s1')).toBeNull();
    expect(sentenceOfWordFragment('palmyra')).toBeNull();
    expect(sentenceOfWordFragment('.w3')).toBeNull();
  });
});
