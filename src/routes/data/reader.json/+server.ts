import { json } from '@sveltejs/kit';
import { readerView } from '$lib/server/reader-view';
import type { RequestHandler } from './$types';

// `/data/reader.json`, written once at build time: the article, pre-split into marked words, in both
// languages (the reader shows the translation on either page), so one file serves /ar/ and /en/ and
// the offline cache holds it once. The reader's universal load fetches it; at prerender SvelteKit
// inlines the response into the page, so the first visit makes no extra request.
export const prerender = true;

export const GET: RequestHandler = () => json(readerView());
