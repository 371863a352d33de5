import { json } from '@sveltejs/kit';
import { events } from '$lib/content/events';
import type { Lang } from '$lib/i18n/lang';
import { timeline } from '$lib/i18n/strings/timeline';
import { chartItems } from '$lib/timeline/items';
import type { TimelineData } from '$lib/timeline/items';
import type { RequestHandler } from './$types';

// `/<lang>/timeline/data.json`, written once at build time: the events' titles and dates and the
// page's words, in one language. The page reads it instead of importing the content modules, which
// keeps its first-load JS small; the full event texts load with the card, when one opens.
export const prerender = true;

export const GET: RequestHandler = ({ params }) => {
  const lang = params.lang as Lang;
  const data: TimelineData = { items: chartItems(events, lang), s: timeline[lang] };
  return json(data);
};
