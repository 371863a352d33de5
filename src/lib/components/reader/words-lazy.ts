/**
 * What the reader takes from the word layer after it shows, as one module: one lazy chunk and one
 * request, whichever of the idle preload, a first tap, the vowels or a word link asks first.
 */
export { loadWords } from '$lib/content/words/load';
export { parseWordFragment } from '$lib/content/words';
