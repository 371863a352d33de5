import { describe, expect, it } from 'vitest';
import { frameAt } from './frame';
import { expectInside, expectNoOverlaps, LANGS, layout, overlaps, WIDTHS } from './spec-helpers';
import { centreOn } from './zoom';

// axisLabelsAt runs inside frameAt, for every zoom: these read the ticks of the frames it makes.
describe.each(LANGS)('axisLabelsAt(real events, %s) at rest', (lang) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    const L = layout(lang, width);
    const F = frameAt(L, 1, 0);

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
  });
});

describe('axisLabelsAt(layout, k, t, domain): zooming', () => {
  const cases = LANGS.flatMap((lang) => [328, 1280].map((width) => [lang, width] as const));

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
});

describe('axisLabelsAt: zoomed in down a phone', () => {
  it.each(LANGS.flatMap((lang) => [288, 328].map((w) => [lang, w] as const)))(
    '%s at %i px: the axis labels keep clear of the pan buttons at both ends of the view',
    (lang, width) => {
      const L = layout(lang, width);
      expect(L.vertical).toBe(true);
      expect(L.panClear).toBe(50); // 3rem at 16 px, and 2 px more
      let seen = 0;
      for (const k of [1.5, 2, 4, L.kMax / 4])
        for (let p = 0; p <= L.view; p += L.view / 41) {
          const tr = centreOn({ k, t: 0 }, p, L.view, L.kMax);
          const F = frameAt(L, tr.k, tr.t);
          for (const t of F.ticks) {
            seen++;
            expect(t.y, `${t.text} at k=${k}, p=${p}`).toBeGreaterThanOrEqual(L.panClear);
            expect(t.y + t.h, `${t.text} at k=${k}, p=${p}`).toBeLessThanOrEqual(L.view - L.panClear);
          }
        }
      expect(seen).toBeGreaterThan(100);
      // Not zoomed, there are no pan buttons: the first year sits at the top of the view.
      expect(Math.min(...frameAt(L, 1, 0).ticks.map((t) => t.y))).toBeLessThan(L.panClear);
    },
  );
});
