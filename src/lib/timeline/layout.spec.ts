import { describe, expect, it } from 'vitest';
import { events } from '$lib/content/events';
import type { Lang } from '$lib/i18n/lang';
import { axisText } from './axisText';
import { chartItems } from './items';
import { frameAt, layoutTimeline, VERTICAL_BELOW, type Box, type Frame, type Layout } from './layout';
import { reservedHeight } from './sizes';
import { DAY, spanOf } from './time';
import { centreOn, clampTransform } from './zoom';

/** Chart widths: 320 and 1280 as asked, and the content widths of a 320, 360 and 1280 px screen. */
const WIDTHS = [288, 320, 328, 1120, 1280];
const LANGS: Lang[] = ['en', 'ar'];

function layout(lang: Lang, width: number, rootPx = 16): Layout {
  const items = chartItems(events, lang);
  return layoutTimeline({
    items,
    width,
    height: reservedHeight(width, rootPx),
    rootPx,
    lang,
    text: axisText(lang),
  });
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function expectNoOverlaps(boxes: (Box & { id?: string; key?: string })[], what: string) {
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      expect(overlaps(a, b), `${what}: ${a.id ?? a.key} overlaps ${b.id ?? b.key}`).toBe(false);
    }),
  );
}

function expectInside(boxes: Box[], L: Layout, what: string) {
  for (const b of boxes) {
    expect(b.x, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.y, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.x + b.w, what).toBeLessThanOrEqual(L.width + 0.5);
    expect(b.y + b.h, what).toBeLessThanOrEqual(L.height + 0.5);
  }
}

const timeOrder = events.map((e) => e.id);

describe.each(LANGS)('layoutTimeline(real events, %s)', (lang) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    const L = layout(lang, width);
    const F = frameAt(L, 1, 0);

    it(`runs ${width < VERTICAL_BELOW ? 'down the page' : 'across'}`, () => {
      expect(L.vertical).toBe(width < VERTICAL_BELOW);
    });

    it('labels every event, in time order', () => {
      expect(F.labels.map((l) => l.id)).toEqual(timeOrder);
      const along = F.labels.map((l) => (L.vertical ? l.y : l.lx1));
      const sorted = [...along].sort((a, b) => (L.dir === 1 ? a - b : b - a));
      expect(along).toEqual(sorted);
    });

    it('shows every label whole, with no two overlapping', () => {
      expectNoOverlaps(F.labels, 'labels');
      expectInside(F.labels, L, 'labels');
      for (const l of F.labels) expect(l.inView).toBe(true);
    });

    it('keeps ticks, years and breaks apart, and off the labels', () => {
      expect(F.ticks.length).toBeGreaterThan(0);
      expectNoOverlaps(F.ticks, 'axis labels');
      expectInside(F.ticks, L, 'axis labels');
      for (const t of F.ticks)
        for (const l of F.labels) expect(overlaps(t, l), `${t.text} on ${l.id}`).toBe(false);
    });

    it('names both breaks and both years', () => {
      expect(F.ticks.filter((t) => t.kind === 'gap')).toHaveLength(2);
      expect(
        F.ticks
          .filter((t) => t.kind === 'year')
          .map((t) => t.text)
          .sort(),
      ).toEqual(['2011', '2015']);
    });

    it('draws no leader through another label', () => {
      for (const l of F.labels)
        for (const o of F.labels) {
          if (o === l || o.lx1 === l.lx1) continue;
          // Sample the leader and check no point of it is inside another label.
          for (let s = 0.05; s < 1; s += 0.05) {
            const x = l.lx1 + s * (l.lx2 - l.lx1);
            const y = l.ly1 + s * (l.ly2 - l.ly1);
            const inside = x > o.x + 1 && x < o.x + o.w - 1 && y > o.y + 1 && y < o.y + o.h - 1;
            expect(inside, `${l.id}'s leader crosses ${o.id}`).toBe(false);
          }
        }
    });
  });

  it('runs time right to left across in Arabic, from the range, and left to right in English', () => {
    const L = layout(lang, 1280);
    const [first, last] = [L.scale(spanOf(events[0])[0]), L.scale(spanOf(events.at(-1)!)[0])];
    if (lang === 'ar') {
      expect(L.scale.range[0]).toBeGreaterThan(L.scale.range[1]);
      expect(last).toBeLessThan(first);
    } else expect(last).toBeGreaterThan(first);
  });

  it('puts the labels on the inline-end side of the axis down a phone', () => {
    const L = layout(lang, 328);
    const F = frameAt(L, 1, 0);
    const axisX = F.axis[0].x1;
    for (const l of F.labels) {
      if (lang === 'ar') expect(l.x + l.w).toBeLessThan(axisX);
      else expect(l.x).toBeGreaterThan(axisX);
    }
  });

  it.each([20, 24, 32])('has no overlaps with larger text (root %i px)', (rootPx) => {
    for (const width of [320, 1280]) {
      const L = layout(lang, width, rootPx);
      const F = frameAt(L, 1, 0);
      expectNoOverlaps(F.labels, `labels at ${width}`);
      expectInside(F.labels, L, `labels at ${width}`);
      expectNoOverlaps(F.ticks, `ticks at ${width}`);
    }
  });
});

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

  it.each(cases)('%s at %i px: wherever a deep zoom lands in a segment, a day is named', (lang, width) => {
    const L = layout(lang, width);
    for (const k of [L.kMax / 4, L.kMax])
      for (let p = 0; p <= L.view; p += L.view / 97) {
        const tr = centreOn({ k, t: 0 }, p, L.view, L.kMax);
        const F = frameAt(L, tr.k, tr.t);
        const inSegment = L.scale.segments.some((s) => s.t0 <= F.domain[0] && F.domain[1] <= s.t1);
        if (inSegment)
          expect(
            F.ticks.some((t) => t.kind === 'tick'),
            `k=${k} at ${p}`,
          ).toBe(true);
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
