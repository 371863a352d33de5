import { parseDay } from '$lib/i18n/format';

/** One day in milliseconds. Every time here is a UTC instant, so no time zone moves a day. */
export const DAY = 86_400_000;

/** A span of time as [first instant, end instant), in ms. */
export type Span = readonly [number, number];

/** Midnight UTC at the start of a `YYYY-MM-DD` day. */
export function dayStart(iso: string): number {
  return parseDay(iso).getTime();
}

/** The instants an event covers: from the start of its first day to the end of its last. */
export function spanOf(e: { start: string; end: string }): Span {
  return [dayStart(e.start), dayStart(e.end) + DAY];
}

/** Where an event's mark and label sit: the middle of its first day. */
export function anchorOf(e: { start: string }): number {
  return dayStart(e.start) + DAY / 2;
}

/** The `YYYY-MM-DD` day an instant falls on. */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}
