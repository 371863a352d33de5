import { describe, expect, it } from 'vitest';
import { needsFirstPaintFont } from './first-paint';

describe('needsFirstPaintFont(pathname)', () => {
  it.each([
    '/',
    '/ar',
    '/ar/',
    '/ar/timeline',
    '/ar/quiz',
    '/ar/nowhere',
    '/en',
    '/en/',
    '/en/map',
    '/en/about',
    '/en/words',
    '/en/teach',
  ])('%s shows Arabic at first paint: the font inlined', (path) =>
    expect(needsFirstPaintFont(path)).toBe(true),
  );
  it.each([
    '/en/timeline',
    '/en/quiz',
    '/en/review',
    '/en/results',
    '/en/nowhere',
    '/fr/',
    '/data/words.json',
  ])('%s: not', (path) => expect(needsFirstPaintFont(path)).toBe(false));
});
