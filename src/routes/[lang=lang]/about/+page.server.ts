import { article } from '$lib/content';
import { credits } from '$lib/content/credits';
import type { PageServerLoad } from './$types';

// Prerendered: the article's headline, its metadata and the credits travel in the page, not in JS.
export const load: PageServerLoad = () => ({
  headline: article.blocks[0].sentences.map((s) => s.ar).join(' '),
  meta: article.meta,
  credits,
});
