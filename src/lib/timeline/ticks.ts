import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY } from './time';

export type TickUnit = 'day' | 'month' | 'year';

/** A tick spacing: d3-time's interval, and how many days apart its ticks usually are (at least). */
export type Step = { unit: TickUnit; every: number; days: number; interval: TimeInterval };

/** Finest first. Day ticks sit at noon (the middle of the day a mark stands for); others at their start. */
export const STEPS: readonly Step[] = [
  { unit: 'day', every: 1, days: 1, interval: utcDay },
  { unit: 'day', every: 2, days: 2, interval: utcDay.every(2)! },
  { unit: 'day', every: 7, days: 7, interval: utcDay.every(7)! },
  { unit: 'month', every: 1, days: 28, interval: utcMonth },
  { unit: 'month', every: 3, days: 89, interval: utcMonth.every(3)! },
  { unit: 'year', every: 1, days: 365, interval: utcYear },
  { unit: 'year', every: 5, days: 1826, interval: utcYear.every(5)! },
];

/**
 * The finest step whose ticks stay `need(step)` px apart at `pxPerDay`; `null` if none does.
 * (Day steps that wrap round a month end, 31 → 1, can still come closer: `dropOverlaps` catches those.)
 */
export function pickStep(pxPerDay: number, need: (s: Step) => number): Step | null {
  for (const s of STEPS) if (s.days * pxPerDay >= need(s)) return s;
  return null;
}

/** The tick instants of `step` inside [t0, t1]: noon for days, the first instant for months and years. */
export function tickTimes(step: Step, t0: number, t1: number): number[] {
  if (step.unit === 'day')
    return step.interval.range(new Date(t0 - DAY / 2), new Date(t1 - DAY / 2 + 1)).map((d) => +d + DAY / 2);
  return step.interval.range(new Date(t0), new Date(t1 + 1)).map((d) => +d);
}

/** A text on the axis: a tick, the year a segment is in, or how much time a break skips. */
export type AxisLabel = {
  key: string;
  kind: 'tick' | 'year' | 'gap';
  text: string;
  /** Position along the axis, px. */
  at: number;
  /** Extent along the axis, px, and which side of `at` it lies: centred, or running from `at`. */
  size: number;
  align: 'center' | 'forward' | 'backward';
  row: number;
  /** The position of the tick mark itself, if the label has one. */
  mark?: number;
};

/** The [from, to] an axis label covers along the axis. */
export function extentOf(l: AxisLabel): [number, number] {
  if (l.align === 'center') return [l.at - l.size / 2, l.at + l.size / 2];
  return l.align === 'forward' ? [l.at, l.at + l.size] : [l.at - l.size, l.at];
}

const PRIORITY = { gap: 0, year: 1, tick: 2 } as const;

/**
 * Keeps axis labels that do not overlap (by `gap` px) in their row: breaks first, then years, then
 * ticks in order; anything that would touch a kept label, or leave [min, max], is dropped.
 */
export function dropOverlaps(
  labels: readonly AxisLabel[],
  gap: number,
  min: number,
  max: number,
): AxisLabel[] {
  const order = [...labels].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.at - b.at);
  const kept: AxisLabel[] = [];
  const boxes: [number, number, number][] = [];
  for (const l of order) {
    const [a, b] = extentOf(l);
    if (a < min || b > max) continue;
    if (boxes.some(([r, x, y]) => r === l.row && a < y + gap && x < b + gap)) continue;
    kept.push(l);
    boxes.push([l.row, a, b]);
  }
  return kept.sort((a, b) => a.row - b.row || a.at - b.at);
}
