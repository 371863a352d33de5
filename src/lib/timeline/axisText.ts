import type { Lang } from '$lib/i18n/lang';
import { day, units, type DayStyle, type TimeUnit } from '$lib/i18n/pinned';
import { DAY } from './time';
import type { TickUnit } from './ticks';

/** The words on the axis, in the UI language. */
export type AxisText = {
  tick(t: number, unit: TickUnit): string;
  year(t: number): string;
  /** How much time passes across a break: «4 years». */
  gap(ms: number): string;
};

const TICK: Record<TickUnit, DayStyle> = {
  day: 'dayMonthShort',
  month: 'monthShort',
  year: 'year',
};

/** A length of time in the largest whole unit that fits it, rounded: «4 years», «شهران». */
export function duration(ms: number, lang: Lang): string {
  const days = ms / DAY;
  const [n, unit]: [number, TimeUnit] =
    days >= 330
      ? [days / 365.25, 'year']
      : days >= 45
        ? [days / 30.44, 'month']
        : days >= 14
          ? [days / 7, 'week']
          : [days, 'day'];
  return units(Math.max(1, Math.round(n)), unit, lang);
}

/** Axis words for one language, from the pinned tables, remembered (zoom frames ask again). */
export function axisText(lang: Lang): AxisText {
  const memo = new Map<string, string>();
  const once = (key: string, make: () => string) => {
    let s = memo.get(key);
    if (s === undefined) memo.set(key, (s = make()));
    return s;
  };
  return {
    tick: (t, unit) => once(`${unit}${t}`, () => day(new Date(t), lang, TICK[unit])),
    year: (t) => once(`y${t}`, () => day(new Date(t), lang, TICK.year)),
    gap: (ms) => once(`g${ms}`, () => duration(ms, lang)),
  };
}
