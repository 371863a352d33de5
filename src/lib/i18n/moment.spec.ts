import { describe, expect, it } from 'vitest';
import { formatMoment } from './format';

// Runs under UTC, UTC+14 and UTC−7 (vite.config.ts's date projects): a moment is shown on the device's
// clock, so the same instant reads differently in each, and always as the device's local time.
describe('formatMoment (a moment on the device clock)', () => {
  const at = Date.UTC(2026, 7, 3, 23, 30);
  const local = new Date(at);
  const hh = String(local.getHours()).padStart(2, '0');
  const mm = String(local.getMinutes()).padStart(2, '0');

  it('writes the local hour and minute and the local day, in Western digits', () => {
    const en = formatMoment(at, 'en');
    expect(en).toContain(`${hh}:${mm}`);
    expect(en).toContain(String(local.getDate()));
    // Arabic tells the time on the 12-hour clock, with ص (morning) or م (afternoon and evening).
    const h12 = String(((local.getHours() + 11) % 12) + 1);
    const ampm = local.getHours() < 12 ? 'ص' : 'م';
    expect(formatMoment(at, 'ar')).toBe(`${local.getDate()} أغسطس، ${h12.padStart(2, '0')}:${mm} ${ampm}`);
  });

  it('gives the local day across midnight: 4 August at UTC+14, 3 August at UTC−7', () => {
    const day = formatMoment(at, 'en').match(/\d{1,2} Aug/)?.[0];
    const expected = { UTC: '3 Aug', 'Pacific/Kiritimati': '4 Aug', 'America/Los_Angeles': '3 Aug' }[
      process.env.TZ!
    ];
    expect(day).toBe(expected);
    expect(hh).toBe({ UTC: '23', 'Pacific/Kiritimati': '13', 'America/Los_Angeles': '16' }[process.env.TZ!]);
  });

  it('adds the year when asked', () => {
    expect(formatMoment(at, 'en', true)).toContain('2026');
    expect(formatMoment(at, 'en')).not.toContain('2026');
  });
});
