import { error } from '@sveltejs/kit';
import type { TimelineData } from '$lib/timeline/items';
import type { PageLoad } from './$types';

// At prerender SvelteKit inlines this response into the page, so the browser does not fetch it again.
export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/${params.lang}/timeline/data.json`);
  if (!res.ok) error(res.status, 'timeline data');
  return (await res.json()) as TimelineData;
};
