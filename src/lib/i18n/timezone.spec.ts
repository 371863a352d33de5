import { describe, expect, it } from 'vitest';

// vite.config.ts runs the date specs under UTC, Pacific/Kiritimati and America/Los_Angeles. This fails
// if the time zone a project asks for is not the one its tests run in (then the other runs prove nothing).
describe('the time zone of this run', () => {
  it('is the one the test project set', () => {
    expect(process.env.TZ).toBeTruthy();
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(process.env.TZ);
    const offset = new Date(Date.UTC(2015, 7, 7, 12)).getTimezoneOffset();
    const expected: Record<string, number> = {
      UTC: 0,
      'Pacific/Kiritimati': -14 * 60,
      'America/Los_Angeles': 7 * 60,
    };
    expect(offset).toBe(expected[process.env.TZ!]);
  });
});
