import { json } from '@sveltejs/kit';
import { mapPageData } from '$lib/map/page-data';
import type { RequestHandler } from './$types';

// Written once at build time to /<lang>/map/data.json: the projection, the paths, the distances and
// the quotes, as plain data. So d3-geo and the content modules never ship to the phone with the map.
export const prerender = true;

export const GET: RequestHandler = ({ params }) => json(mapPageData(params.lang === 'en' ? 'en' : 'ar'));
