import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from './box';

const a: Box = { x: 0, y: 0, w: 10, h: 10 };

describe('overlaps', () => {
  it.each([
    ['the same box', a, 0, true],
    ['inside', { x: 2, y: 2, w: 2, h: 2 }, 0, true],
    ['sharing a corner area', { x: 9, y: 9, w: 5, h: 5 }, 0, true],
    ['edge to edge, side by side', { x: 10, y: 0, w: 5, h: 10 }, 0, false],
    ['edge to edge, one above the other', { x: 0, y: 10, w: 10, h: 5 }, 0, false],
    ['2 px apart, no pad', { x: 12, y: 0, w: 5, h: 10 }, 0, false],
    ['2 px apart, 3 px kept between', { x: 12, y: 0, w: 5, h: 10 }, 3, true],
    ['3 px apart, 3 px kept between', { x: 13, y: 0, w: 5, h: 10 }, 3, false],
    ['far away', { x: 100, y: 100, w: 5, h: 5 }, 10, false],
  ] as const)('%s', (_, b, pad, expected) => {
    expect(overlaps(a, b, pad)).toBe(expected);
    expect(overlaps(b, a, pad)).toBe(expected);
  });
});
