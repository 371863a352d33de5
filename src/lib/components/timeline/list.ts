import { escapeHtml } from '$lib/components/common/html';
import type { Lang } from '$lib/i18n/lang';
import type { timeline } from '$lib/i18n/strings/timeline';
import type { ChartItem } from '$lib/timeline/items';

/**
 * The events as list markup: one `<li>` each with a `<button data-id>` (date, title, how it is known),
 * its name read with a pause (the language's `comma`, heard, not seen) between the parts.
 * EventList writes it as one string, not a Svelte block per event: the list is below the chart, fixed
 * once the page is built, and its blocks were a good part of the page's hydration.
 */
export function eventListHtml(items: ChartItem[], s: (typeof timeline)[Lang], comma: string): string {
  const pause = `<span class="aloud">${escapeHtml(comma)} </span>`;
  return items
    .map((it) => {
      const context = it.kind === 'context';
      const note = context
        ? `<span class="sep" aria-hidden="true"> · </span>${pause}${escapeHtml(s.context)}`
        : '';
      return (
        `<li class="known-${escapeHtml(it.known)}${context ? ' context' : ''}">` +
        `<button type="button" data-id="${escapeHtml(it.id)}" aria-haspopup="dialog">` +
        `<span class="date"><bdi>${escapeHtml(it.date)}</bdi>${pause}</span>` +
        `<span class="title">${escapeHtml(it.title)}${pause}</span>` +
        `<span class="how">${escapeHtml(s[`known_${it.known}`])}${note}</span>` +
        `</button></li>`
      );
    })
    .join('');
}
