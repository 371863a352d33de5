import { describe, expect, it } from 'vitest';
import { events } from '$lib/content/events';
import { stripBidiMarks } from '$lib/i18n/format';
import { chartItems, eventDate } from './items';

describe('eventDate(e, lang)', () => {
  it.each([
    [{ start: '2015-05-21', end: '2015-05-21' }, 'en', '21 May 2015'],
    [{ start: '2015-08-05', end: '2015-08-07' }, 'en', '5–7 August 2015'],
    [{ start: '2015-08-05', end: '2015-08-06' }, 'ar', '5–6 أغسطس 2015'],
    [{ start: '2011-03-15', end: '2011-03-15' }, 'ar', '15 مارس 2011'],
  ] as const)('%j in %s is «%s» (a range shown as a range)', (e, lang, text) => {
    expect(stripBidiMarks(eventDate(e, lang)).replace(/\s*–\s*/, '–')).toBe(text);
  });
});

describe('chartItems(events, lang)', () => {
  it('keeps every event, in order, with its title in the language', () => {
    const items = chartItems(events, 'ar');
    expect(items.map((i) => i.id)).toEqual(events.map((e) => e.id));
    expect(items.find((i) => i.id === 'palmyra-falls')?.title).toBe('التنظيم يسيطر على تدمر');
  });

  it('draws another range only where the sources give a different one', () => {
    const items = chartItems(events, 'en');
    expect(items.find((i) => i.id === 'palmyra-falls')?.alt).toEqual({
      start: '2015-05-20',
      end: '2015-05-21',
    });
    expect(items.find((i) => i.id === 'qaryatayn-falls')?.alt).toBeUndefined();
  });
});
