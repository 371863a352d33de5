import { textOf, type BlockView, type SentenceView } from '$lib/content/view';
import { spokenSentence, type Item } from '$lib/speech/speech';

// The reader's read-aloud, as one lazy chunk: these items, the Listen bar and a sentence's buttons.
export { default as ListenBar } from '$lib/components/speech/ListenBar.svelte';
export { default as SayButtons } from './SayButtons.svelte';

/**
 * What the reader reads aloud. An Arabic sentence is read from its vowelled forms once the word layer
 * has loaded (a speech engine reads «يُصوِّت» right where it may guess at «يصوت»), with where each word
 * starts, so the highlight can follow word by word; the English translation is read as it is.
 */
export function sentenceItem(x: SentenceView, vowelled?: readonly string[]): Item {
  const spoken = spokenSentence(textOf(x, 'ar'), x.words, vowelled);
  return { id: x.id, lang: 'ar', text: spoken.text, starts: spoken.starts };
}

/** The translation of a sentence, as an item of its own (its id is not the sentence's). */
export function translationItem(x: SentenceView): Item {
  return { id: `${x.id}:en`, lang: 'en', text: textOf(x, 'en') };
}

/** The whole article in reading order: headline, sub-headline, caption, then the paragraphs. */
export function articleItems(
  blocks: readonly BlockView[],
  vowelled?: Map<string, readonly string[]>,
): Item[] {
  return blocks.flatMap((b) => b.sentences.map((x) => sentenceItem(x, vowelled?.get(x.id))));
}
