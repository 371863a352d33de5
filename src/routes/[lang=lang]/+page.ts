import { error } from '@sveltejs/kit';
import type { ReaderView } from '$lib/content/view';
import type { PageLoad } from './$types';

// The reader is the language's home: /ar/ and /en/ (written as ar/index.html, en/index.html).
export const trailingSlash = 'always';

// A universal load, not a server one: a `+page.server.ts` anywhere makes every page ship SvelteKit's
// server-data client. The article is prerendered as /data/reader.json and inlined in the page.
export const load: PageLoad = async ({ fetch }) => {
  const res = await fetch('/data/reader.json');
  if (!res.ok) error(res.status, 'reader data');
  return { reader: (await res.json()) as ReaderView };
};
