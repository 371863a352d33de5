import { describe, expect, it } from 'vitest';
import { applyView, clampView, IDENTITY, isIdentity, MAX_ZOOM, zoomAround } from './zoom';

describe('zoomAround(view, factor, cx, cy, w, h)', () => {
  it('keeps the point under the fingers still', () => {
    const v = zoomAround(IDENTITY, 2, 100, 50, 320, 300);
    expect(v.k).toBe(2);
    expect(applyView(v, 100, 50)).toEqual([100, 50]);
  });

  it('never zooms out past the whole map, nor in past MAX_ZOOM', () => {
    expect(zoomAround(IDENTITY, 0.5, 10, 10, 320, 300)).toEqual(IDENTITY);
    const deep = zoomAround({ k: 6, x: -500, y: -500 }, 4, 160, 150, 320, 300);
    expect(deep.k).toBe(MAX_ZOOM);
  });

  it('zooming in then out by the same factor at the same point comes back', () => {
    const a = zoomAround(IDENTITY, 2, 200, 120, 320, 300);
    const b = zoomAround(a, 0.5, 200, 120, 320, 300);
    expect(b.k).toBe(1);
    expect(b.x).toBeCloseTo(0, 9);
    expect(b.y).toBeCloseTo(0, 9);
  });
});

describe('clampView(view, w, h)', () => {
  it('keeps the map covering the frame', () => {
    expect(clampView({ k: 2, x: 50, y: 20 }, 320, 300)).toEqual({ k: 2, x: 0, y: 0 });
    expect(clampView({ k: 2, x: -900, y: -900 }, 320, 300)).toEqual({ k: 2, x: -320, y: -300 });
    expect(clampView({ k: 0.5, x: 10, y: 10 }, 320, 300)).toEqual(IDENTITY);
  });
});

describe('isIdentity(view)', () => {
  it('is true only for the whole map', () => {
    expect(isIdentity(IDENTITY)).toBe(true);
    expect(isIdentity({ k: 2, x: 0, y: 0 })).toBe(false);
  });
});
