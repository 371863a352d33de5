/** How the word card writes a word's parts (loaded with the card). */

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
