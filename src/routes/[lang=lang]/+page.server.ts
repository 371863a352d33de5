import { readerView } from '$lib/server/reader-view';
import type { PageServerLoad } from './$types';

// Runs at prerender time only: the article reaches the browser inside the page (and its __data.json),
// so it is not part of the JavaScript every page downloads.
export const load: PageServerLoad = () => ({ reader: readerView() });
