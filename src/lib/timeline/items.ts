import type { Known, TimelineEvent } from '$lib/content/schema';
import { formatDate, formatDayRange } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/lang';
import type { timeline } from '$lib/i18n/strings/timeline';
import type { TimelineItem } from './layout';

/** A chart item with what the marks show: the kind of event and how its date is known. */
export type ChartItem = TimelineItem & { kind: TimelineEvent['kind']; known: Known };

/** An event's date in the UI language: «21 May 2015», or a range as a range: «5–7 August 2015». */
export function eventDate(e: { start: string; end: string }, lang: Lang): string {
  return e.start === e.end ? formatDate(e.start, lang, 'long') : formatDayRange(e.start, e.end, lang);
}

/** The slim, one-language view of the events that the chart and the list need (no card details). */
export function chartItems(events: readonly TimelineEvent[], lang: Lang): ChartItem[] {
  return events.map((e) => {
    const d = e.disagreement;
    const alt = d && (d.start !== e.start || d.end !== e.end) ? { start: d.start, end: d.end } : undefined;
    return {
      id: e.id,
      start: e.start,
      end: e.end,
      title: e.title[lang],
      date: eventDate(e, lang),
      kind: e.kind,
      known: e.known,
      ...(alt ? { alt } : {}),
    };
  });
}

/** What the timeline page loads: its items and its words, in one language. */
export type TimelineData = { items: ChartItem[]; s: (typeof timeline)[Lang] };
