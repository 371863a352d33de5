import { json } from '@sveltejs/kit';
import { articleWords } from '$lib/content/words/all';
import { encodeWords } from '$lib/content/words/compact';
import type { RequestHandler } from './$types';

// `/data/words.json`, written once at build time: every word of the article (vowels, transliteration,
// segments, lemma, root, grammar, glosses) in the compact form `compact.ts` describes. The reader loads
// it after it shows (first tap on a word, at idle, or when vowels are on) and the words page with its
// load; the offline cache holds it once for both.
export const prerender = true;

export const GET: RequestHandler = () => json(encodeWords(articleWords()));
