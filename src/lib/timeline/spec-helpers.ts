/**
 * What the timeline's layout, frame and axis-label specs share: the real events laid out at the widths
 * that matter, and the checks that boxes stay apart and inside the chart. Imported by specs only.
 */
import { expect } from 'vitest';
import { events } from '$lib/content/events';
import type { Lang } from '$lib/i18n/lang';
import { axisText } from './axisText';
import { overlaps, type Box } from '$lib/text/box';
import { chartItems } from './items';
import { layoutTimeline, type Layout } from './layout';
import { reservedHeight } from './sizes';

/** Chart widths: 320 and 1280 as asked, and the content widths of a 320, 360 and 1280 px screen. */
export const WIDTHS = [288, 320, 328, 1120, 1280];
export const LANGS: Lang[] = ['en', 'ar'];

/** The real events laid out at `width` px, as the page does. */
export function layout(lang: Lang, width: number, rootPx = 16): Layout {
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

export { overlaps };

export function expectNoOverlaps(boxes: (Box & { id?: string; key?: string })[], what: string) {
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      expect(overlaps(a, b), `${what}: ${a.id ?? a.key} overlaps ${b.id ?? b.key}`).toBe(false);
    }),
  );
}

export function expectInside(boxes: Box[], L: Layout, what: string) {
  for (const b of boxes) {
    expect(b.x, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.y, what).toBeGreaterThanOrEqual(-0.5);
    expect(b.x + b.w, what).toBeLessThanOrEqual(L.width + 0.5);
    expect(b.y + b.h, what).toBeLessThanOrEqual(L.height + 0.5);
  }
}
