import type { Entity, Segment } from '$lib/content';
import { escapeHtml } from '$lib/components/common/html';

/**
 * A sentence's words as markup: plain runs as text, marked words as `<span class="ent k-person"
 * data-entity="kerry">`. The reader writes a sentence this way, as one string, rather than as one Svelte
 * block per run: the words never change once the page is built, and hydrating a block per run was most
 * of the reader's start-up script. (The English text; the Arabic is `wordsHtml`.)
 */
export function segmentsHtml(segs: Segment[], entities: Record<string, Entity>): string {
  let out = '';
  for (const g of segs) {
    const text = escapeHtml(g.text);
    if (!g.entity) out += text;
    else {
      const kind = entities[g.entity]?.kind ?? 'other';
      out += `<span class="ent k-${escapeHtml(kind)}" data-entity="${escapeHtml(g.entity)}">${text}</span>`;
    }
  }
  return out;
}

/** The sentence's text, and where each of its words stands in it (`bounds`: see wordsHtml). */
function placeWords(segs: Segment[], bounds: readonly number[]) {
  const text = segs.map((g) => g.text).join('');
  const words: { start: number; end: number }[] = [];
  for (let k = 0, at = 0; k + 1 < bounds.length; k += 2) {
    const start = at + bounds[k];
    words.push({ start, end: (at = start + bounds[k + 1]) });
  }
  return { text, words };
}

/** The sentence's words as the article writes them, in order (what wordsHtml writes without `shown`). */
export function articleWords(segs: Segment[], bounds: readonly number[]): string[] {
  const { text, words } = placeWords(segs, bounds);
  return words.map((w) => text.slice(w.start, w.end));
}

/** A cut in the sentence's text where a tag opens or closes. Closing tags sort before opening ones. */
type Cut = { at: number; order: number; tag: string; word?: number };

/**
 * An Arabic sentence as markup with every word its own element, `<span class="w" data-i="3">`, the tap
 * target of the word card; a named thing's words inside one `<span class="ent k-place" data-entity="homs">`.
 * Spaces and punctuation between words stay plain text, so the element's text is the sentence's,
 * character for character. `bounds` says where the words stand (`wordBounds` of `tokenize()`'s words,
 * computed at build time).
 *
 * An element never starts or ends inside a word: WebKit does not join Arabic letters across an element
 * boundary, so a mention that covers part of a word (`حمص` of `بحمص`) is widened to the whole word
 * (`mentionSpans` already gives whole words; the markup holds to it whatever it is given).
 *
 * `shown`, when given, is the text to write for each word instead of the sentence's own (the vowelled
 * forms, by the word's position); a missing entry keeps the sentence's.
 */
export function wordsHtml(
  segs: Segment[],
  bounds: readonly number[],
  entities: Record<string, Entity>,
  shown?: readonly (string | undefined)[],
): string {
  const { text, words } = placeWords(segs, bounds);
  const spans: { start: number; end: number; entity: string }[] = [];
  let from = 0;
  for (const g of segs) {
    if (g.entity) spans.push({ start: from, end: from + g.text.length, entity: g.entity });
    from += g.text.length;
  }
  const cuts: Cut[] = [];
  let last = -1;
  for (const sp of spans) {
    let start = sp.start;
    let end = sp.end;
    for (const w of words)
      if (w.start < end && w.end > start) {
        start = Math.min(start, w.start);
        end = Math.max(end, w.end);
      }
    // Widened, two mentions could meet inside one word: the first keeps it (the data has none such).
    if (start < last) continue;
    last = end;
    const kind = escapeHtml(entities[sp.entity]?.kind ?? 'other');
    cuts.push({
      at: start,
      order: 2,
      tag: `<span class="ent k-${kind}" data-entity="${escapeHtml(sp.entity)}">`,
    });
    cuts.push({ at: end, order: 1, tag: '</span>' });
  }
  words.forEach((w, i) => {
    cuts.push({ at: w.start, order: 3, tag: `<span class="w" data-i="${i}">`, word: i });
    cuts.push({ at: w.end, order: 0, tag: '</span>' });
  });
  cuts.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let at = 0;
  for (const c of cuts) {
    if (c.at > at) out += escapeHtml(text.slice(at, c.at));
    at = c.at;
    out += c.tag;
    if (c.word !== undefined) {
      const w = words[c.word];
      out += escapeHtml(shown?.[c.word] ?? text.slice(w.start, w.end));
      at = w.end;
    }
  }
  return out + escapeHtml(text.slice(at));
}

/**
 * Writes every word of the Arabic sentences under `root` (`.wz[data-s] .w[data-i]`, as `wordsHtml`
 * makes them) as `text(sentence id, position)` gives it, in place: each word's text node takes the new
 * text, and no element is parsed, made or restyled. The vowels switch does this: writing the article's
 * markup again took the phone a third of the switch's time (HTML parsed, 1,500 nodes made and styled)
 * before its text was laid out. `undefined` leaves a word as it is.
 */
export function writeWords(root: ParentNode, text: (s: string, i: number) => string | undefined): void {
  for (const zone of root.querySelectorAll<HTMLElement>('.wz[data-s]')) {
    const s = zone.dataset.s!;
    for (const w of zone.querySelectorAll<HTMLElement>('.w[data-i]')) {
      const t = text(s, Number(w.dataset.i));
      const node = w.firstChild;
      if (t === undefined) continue;
      // A word is one text node (wordsHtml): its data is set, the node kept.
      if (node?.nodeType === 3 && !node.nextSibling) {
        if ((node as Text).data !== t) (node as Text).data = t;
      } else w.textContent = t;
    }
  }
}
