import { json } from '@sveltejs/kit';
import { bankData } from '$lib/quiz/build-bank';
import type { RequestHandler } from './$types';

// `/data/quiz.json`, written once at build time: the question bank and the sentences it cites, for
// both languages. The quiz, teach and results pages load it in the browser (and the offline cache holds
// it once), so none of them carries the article or the question templates as code.
export const prerender = true;

export const GET: RequestHandler = () => json(bankData());
