/**
 * The word layer's small pieces of reader logic, kept out of the components so they can be tested:
 * which word a key moves to, and how a word's parts are written on its card.
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

// Letters that never join the letter after them (ا د ذ ر ز و and their hamza and madda forms, ة),
// the lone hamza, and anything not an Arabic letter (digits).
const NO_JOIN_AFTER = /[\u0621-\u0625\u0627\u0629\u062F-\u0632\u0648]$|[^\u0621-\u064A\u0640]$/;
const TATWEEL = '\u0640';

/** Whether the last letter of `t` joins the next letter (so a cut after it is written with a tatweel). */
export function joinsNext(t: string): boolean {
  return t.length > 0 && !t.endsWith(TATWEEL) && !NO_JOIN_AFTER.test(t);
}

/**
 * A word's segments as a card writes them, each showing how it joins its neighbour: a prefix that joins
 * the stem ends in a tatweel (بـ + قصف, الـ + مدينة), a suffix after a joining letter starts with one
 * (مدينت + ـها). The stem is the longest segment (the first, on a tie), written as it stands.
 */
export function partsForCard<T extends { t: string }>(seg: readonly T[]): (T & { shown: string })[] {
  let stem = 0;
  for (let k = 1; k < seg.length; k++) if (seg[k].t.length > seg[stem].t.length) stem = k;
  return seg.map((g, k) => {
    let shown = g.t;
    if (k < stem && joinsNext(g.t)) shown += TATWEEL;
    if (k > stem && joinsNext(seg[k - 1].t) && !shown.startsWith(TATWEEL)) shown = TATWEEL + shown;
    return { ...g, shown };
  });
}
