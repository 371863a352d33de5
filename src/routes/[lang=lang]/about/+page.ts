import { error } from '@sveltejs/kit';
import type { AboutView } from '$lib/content/view';
import type { PageLoad } from './$types';

// The headline, the article's metadata and the credits, prerendered as /data/about.json and inlined in
// the page (see ../+page.ts for why this is not a server load).
export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/data/about.json');
  if (!res.ok) error(res.status, 'about data');
  return (await res.json()) as AboutView;
};
