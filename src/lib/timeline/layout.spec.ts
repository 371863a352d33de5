import { describe, expect, it } from 'vitest';
import { events } from '$lib/content/events';
import { frameAt } from './frame';
import { VERTICAL_BELOW } from './layout';
import { expectInside, expectNoOverlaps, LANGS, layout, WIDTHS } from './spec-helpers';
import { spanOf } from './time';

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
