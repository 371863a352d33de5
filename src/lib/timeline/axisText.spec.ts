import { describe, expect, it } from 'vitest';
import { axisText, duration } from './axisText';
import { DAY, dayStart } from './time';

describe('duration(ms, lang)', () => {
  it.each([
    [dayStart('2015-05-21') - dayStart('2011-03-15'), 'en', '4 years'],
    [dayStart('2015-05-21') - dayStart('2011-03-15'), 'ar', '4 سنوات'],
    [dayStart('2015-08-05') - dayStart('2015-06-09'), 'en', '2 months'],
    [dayStart('2015-08-05') - dayStart('2015-06-09'), 'ar', 'شهران'],
    [19 * DAY, 'en', '3 weeks'],
    [3 * DAY, 'en', '3 days'],
  ] as const)('%i ms in %s is «%s»', (ms, lang, text) => {
    expect(duration(ms, lang)).toBe(text);
  });
});

describe('axisText(lang)', () => {
  const noon = dayStart('2015-08-05') + DAY / 2;
  it.each([
    ['en', 'day', '5 Aug'],
    ['ar', 'day', '5 أغسطس'],
    ['en', 'month', 'Aug'],
    ['ar', 'year', '2015'],
  ] as const)('writes a %s %s tick as «%s»', (lang, unit, text) => {
    expect(axisText(lang).tick(noon, unit)).toBe(text);
  });

  it('writes years in the article’s digits in both languages', () => {
    expect(axisText('ar').year(noon)).toBe('2015');
    expect(axisText('en').year(noon)).toBe('2015');
  });
});
