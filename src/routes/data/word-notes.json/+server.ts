import { json } from '@sveltejs/kit';
import { articleWords } from '$lib/content/words/all';
import { encodeNotes } from '$lib/content/words/compact';
import type { RequestHandler } from './$types';

// `/data/word-notes.json`, written once at build time: each word's note (a second possible reading, or
// why this one), apart from `/data/words.json` to keep that file small (see compact.ts).
export const prerender = true;

export const GET: RequestHandler = () => json(encodeNotes(articleWords()));
