import { describe, expect, it } from 'vitest';
import { events } from '$lib/content/events';
import { frameAt, type Frame } from './frame';
import { expectNoOverlaps, LANGS, layout } from './spec-helpers';
import { DAY, spanOf } from './time';
import { centreOn, clampTransform } from './zoom';

describe('frameAt(layout, k, t): zooming', () => {
  const cases = LANGS.flatMap((lang) => [328, 1280].map((width) => [lang, width] as const));

  it.each(cases)('%s at %i px: labels never overlap, zoomed anywhere', (lang, width) => {
    const L = layout(lang, width);
    for (const k of [1.5, 2, 4, 8, 32, L.kMax])
      for (const it of L.items) {
        const tr = centreOn({ k, t: 0 }, L.scale(it.anchor), L.view, L.kMax);
        const F = frameAt(L, tr.k, tr.t);
        expectNoOverlaps(F.labels, `labels at k=${k} on ${it.id}`);
        expectNoOverlaps(F.ticks, `ticks at k=${k} on ${it.id}`);
      }
  });

  it.each(cases)('%s at %i px: shows everything at rest, and one day at the deepest zoom', (lang, width) => {
    const L = layout(lang, width);
    const all = frameAt(L, 1, 0);
    for (const e of events) {
      const [a, b] = spanOf(e);
      expect(all.domain[0]).toBeLessThanOrEqual(a);
      expect(all.domain[1]).toBeGreaterThanOrEqual(b);
    }
    for (const it of L.items) {
      const tr = centreOn({ k: L.kMax, t: 0 }, L.scale(it.anchor), L.view, L.kMax);
      const F: Frame = frameAt(L, tr.k, tr.t);
      expect(F.domain[1] - F.domain[0], it.id).toBeLessThanOrEqual(DAY + 1);
      // A day's name stays in view however deep the zoom.
      expect(F.ticks.some((t) => t.kind === 'tick')).toBe(true);
    }
  });

  it('zooming in spreads the axis: the visible domain shrinks by the zoom factor', () => {
    const L = layout('en', 1280);
    const rest = frameAt(L, 1, 0).domain;
    const tr = clampTransform({ k: 2, t: -L.view / 2 }, L.view, L.kMax);
    const half = frameAt(L, tr.k, tr.t).domain;
    expect(half[1] - half[0]).toBeLessThan(rest[1] - rest[0]);
    expect(half[0]).toBeGreaterThan(rest[0]);
  });

  it('keeps label sizes and lanes across frames (only positions move)', () => {
    const L = layout('en', 1280);
    const a = frameAt(L, 1, 0);
    const b = frameAt(L, 3, -500);
    expect(b.labels.map((l) => [l.w, l.h])).toEqual(a.labels.map((l) => [l.w, l.h]));
    expect(b.labels.map((l) => l.y)).toEqual(a.labels.map((l) => l.y));
  });
});
