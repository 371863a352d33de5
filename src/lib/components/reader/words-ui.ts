/**
 * The word layer's small pieces of reader logic, kept out of the components so they can be tested:
 * which word a key moves to, and which links name a word. (How a card writes a word's parts is in
 * `word-parts.ts`, loaded with the card.)
 */

/**
 * The word a key moves to among a sentence's `count` words, from word `at`, or null when the key is not
 * a move. The words are Arabic, read right to left on either page: ← is the next word, → the previous
 * one, as the eye goes; Home and End the first and the last. A move stops at the sentence's ends.
 */
export function moveWord(key: string, at: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowLeft':
      return Math.min(count - 1, at + 1);
    case 'ArrowRight':
      return Math.max(0, at - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * The sentence of a word's URL fragment (`p3.s1.w3` → `p3.s1`), or null when the fragment names no
 * word: the reader loads the word layer's parser (`parseWordFragment`) only for such a link.
 */
export function sentenceOfWordFragment(id: string): string | null {
  return /^(.+)\.w\d+$/.exec(id)?.[1] ?? null;
}
