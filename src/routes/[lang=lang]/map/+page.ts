import type { MapPageData } from '$lib/map/page-data';
import type { PageLoad } from './$types';

// The data is prerendered beside the page (./data.json/+server.ts). On the first load SvelteKit inlines
// this response in the HTML, so it costs no request; after that it comes from the offline cache.
export const load: PageLoad = async ({ fetch, params }) => {
  const res = await fetch(`/${params.lang}/map/data.json`);
  return (await res.json()) as MapPageData;
};
