import { describe, expect, it } from 'vitest';
import {
  centreOn,
  clampTransform,
  fitRange,
  fromZoom,
  IDENTITY,
  isIdentity,
  toZoom,
  zoomAround,
} from './zoom';

const view = 400;
const kMax = 50;

describe('clampTransform(tr, view, kMax)', () => {
  it.each([
    ['rest stays at rest', { k: 1, t: 0 }, { k: 1, t: 0 }],
    ['zooming out past everything shows everything', { k: 0.5, t: 30 }, { k: 1, t: 0 }],
    ['zooming in past the limit stops at kMax', { k: 80, t: -100 }, { k: 50, t: -100 }],
    ['panning past the start stops there', { k: 2, t: 50 }, { k: 2, t: 0 }],
    ['panning past the end stops there', { k: 2, t: -900 }, { k: 2, t: -400 }],
  ])('%s', (_, tr, out) => {
    expect(clampTransform(tr, view, kMax)).toEqual(out);
  });
});

describe('zoomAround(tr, factor, at, view, kMax)', () => {
  it('keeps the point under the pointer where it is', () => {
    const tr = zoomAround(IDENTITY, 4, 100, view, kMax);
    expect(tr.k).toBe(4);
    expect(tr.k * 100 + tr.t).toBeCloseTo(100, 9);
  });

  it('undoes itself: in by 2 then out by 2 is where it started', () => {
    const a = zoomAround({ k: 3, t: -200 }, 2, 200, view, kMax);
    const b = zoomAround(a, 0.5, 200, view, kMax);
    expect(b.k).toBeCloseTo(3, 9);
    expect(b.t).toBeCloseTo(-200, 9);
  });

  it('zooms out no further than everything', () => {
    expect(zoomAround({ k: 2, t: -100 }, 0.1, 0, view, kMax)).toEqual(IDENTITY);
  });
});

describe('centreOn(tr, p, view, kMax)', () => {
  it('brings a position to the middle of the view', () => {
    const tr = centreOn({ k: 4, t: 0 }, 150, view, kMax);
    expect(4 * 150 + tr.t).toBeCloseTo(view / 2, 9);
  });
});

describe('fitRange(p0, p1, view, kMax)', () => {
  it('fills the view with the stretch', () => {
    const tr = fitRange(100, 140, view, kMax);
    expect(tr.k * 100 + tr.t).toBeCloseTo(0, 9);
    expect(tr.k * 140 + tr.t).toBeCloseTo(view, 9);
  });

  it('respects the zoom limit', () => {
    expect(fitRange(100, 100.001, view, kMax).k).toBe(kMax);
  });
});

describe('isIdentity(tr)', () => {
  it.each([
    [{ k: 1, t: 0 }, true],
    [{ k: 1.5, t: 0 }, false],
    [{ k: 1, t: -3 }, false],
  ])('%j → %s', (tr, yes) => {
    expect(isIdentity(tr)).toBe(yes);
  });
});

describe('toZoom(vertical, tr) and fromZoom(vertical, z)', () => {
  it('put the time axis on x across and on y down a phone, and back', () => {
    const tr = { k: 3, t: -120 };
    expect(toZoom(false, tr)).toEqual({ k: 3, x: -120, y: 0 });
    expect(toZoom(true, tr)).toEqual({ k: 3, x: 0, y: -120 });
    for (const vertical of [false, true]) expect(fromZoom(vertical, toZoom(vertical, tr))).toEqual(tr);
  });

  it('fromZoom ignores the other axis, which the chart never moves', () => {
    expect(fromZoom(false, { k: 2, x: -10, y: -50 })).toEqual({ k: 2, t: -10 });
    expect(fromZoom(true, { k: 2, x: -10, y: -50 })).toEqual({ k: 2, t: -50 });
  });
});
