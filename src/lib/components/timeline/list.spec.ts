import { describe, expect, it } from 'vitest';
import { escapeHtml } from '$lib/components/common/html';
import { events } from '$lib/content';
import { core } from '$lib/i18n/strings/core';
import { timeline } from '$lib/i18n/strings/timeline';
import { chartItems, type ChartItem } from '$lib/timeline/items';
import { eventListHtml } from './list';

describe('eventListHtml', () => {
  for (const lang of ['ar', 'en'] as const)
    it(`writes every event, in order, with its date, title and how it is known (${lang})`, () => {
      const items = chartItems(events, lang);
      const html = eventListHtml(items, timeline[lang], core[lang].comma);
      const ids = [...html.matchAll(/<button type="button" data-id="([^"]+)" aria-haspopup="dialog">/g)].map(
        (m) => m[1],
      );
      expect(ids).toEqual(items.map((it) => it.id));
      // Each part is followed by a pause that a screen reader hears and nobody sees: "date, title, how".
      const pause = `<span class="aloud">${core[lang].comma} </span>`;
      for (const it of items) {
        expect(html).toContain(`<span class="date"><bdi>${escapeHtml(it.date)}</bdi>${pause}</span>`);
        expect(html).toContain(`<span class="title">${escapeHtml(it.title)}${pause}</span>`);
      }
      const contexts = items.filter((it) => it.kind === 'context').length;
      expect(html.split(timeline[lang].context).length - 1).toBe(contexts);
      expect(html.match(/<li class="known-(stated|inferred|outside)( context)?">/g)).toHaveLength(
        items.length,
      );
    });

  it('escapes what it writes', () => {
    const item = {
      id: 'x"y',
      date: '<i>',
      title: 'a & b',
      known: 'stated',
      kind: 'event',
    } as unknown as ChartItem;
    const html = eventListHtml([item], timeline.en, core.en.comma);
    expect(html).toContain('data-id="x&quot;y"');
    expect(html).toContain('<bdi>&lt;i&gt;</bdi>');
    expect(html).toContain('<span class="title">a &amp; b<span class="aloud">, </span></span>');
  });
});
