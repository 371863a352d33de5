import { json } from '@sveltejs/kit';
import { article } from '$lib/content';
import { credits } from '$lib/content/credits';
import type { AboutView } from '$lib/content/view';
import { publishedText } from '$lib/server/reader-view';
import type { RequestHandler } from './$types';

// `/data/about.json`, written once at build time for both languages: the article's headline and
// metadata and the credits, as data rather than JavaScript (see ../reader.json/+server.ts).
export const prerender = true;

export const GET: RequestHandler = () => {
  const view: AboutView = {
    headline: article.blocks[0].sentences.map((s) => s.ar).join(' '),
    meta: article.meta,
    publishedText: publishedText(),
    credits,
  };
  return json(view);
};
