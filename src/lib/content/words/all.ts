import { sentences } from '$lib/content';
import { indexWords, type WordIndex } from './index';
import type { WordData } from './schema';
import { words as headP1 } from './data/head-p1';
import { words as p2p4 } from './data/p2-p4';
import { words as p5p6 } from './data/p5-p6';
import { words as p7p8 } from './data/p7-p8';

/**
 * The whole word layer, joined to the article's sentences in reading order. For the build (the
 * `/data/words.json` endpoint) and tests only: the phone fetches the compact file (`./load`) instead of
 * carrying the data's source in its JavaScript.
 */
const data: WordData = { ...headP1, ...p2p4, ...p5p6, ...p7p8 };

let index: WordIndex | undefined;

/** The article's words, indexed (built on first use). Throws if a sentence has no words: the data's
 * own tests (`words.spec.ts`) say which. */
export function articleWords(): WordIndex {
  return (index ??= indexWords(
    sentences.map((s) => {
      const words = data[s.id];
      if (!words) throw new Error(`no words for sentence ${s.id}`);
      return { id: s.id, text: s.ar, words };
    }),
  ));
}
