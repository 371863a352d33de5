/**
 * The highlight of what is being read aloud, on the page: the sentence (`#id`, and its Arabic words
 * wherever they show, `[data-s="id"]`) gets `.speaking`, the word being read `.spoken`, and a sentence
 * that starts off screen is scrolled into view. Written as classes on the article's elements rather than
 * as state of each sentence: the reader writes its words as markup once, and re-rendering a sentence
 * per word spoken would lay the article out again several times a second.
 */

import { scrollMotion } from '$lib/components/common/motion';

let marked: Element[] = [];
let lastId: string | null = null;

export function followReading(at: { id: string; word: number } | null): void {
  if (typeof document === 'undefined') return;
  for (const el of marked) el.classList.remove('speaking', 'spoken');
  marked = [];
  if (!at) {
    lastId = null;
    return;
  }
  const sentence = document.getElementById(at.id);
  const zones = [...document.querySelectorAll(`[data-s="${CSS.escape(at.id)}"]`)];
  for (const el of new Set([sentence, ...zones])) {
    if (!el) continue;
    el.classList.add('speaking');
    marked.push(el);
  }
  if (at.word >= 0)
    for (const zone of zones) {
      const w = zone.querySelector(`.w[data-i="${String(at.word)}"]`);
      if (w) {
        w.classList.add('spoken');
        marked.push(w);
      }
    }
  if (at.id !== lastId) {
    lastId = at.id;
    const el = sentence ?? zones[0];
    el?.scrollIntoView({ block: 'nearest', behavior: scrollMotion() });
  }
}
