import { moveWord } from './words-ui';

/**
 * The reader's words from the keyboard. An Arabic sentence (`.wz`) is one stop of the tab order; Enter
 * (or an arrow) goes into its words, which then are buttons with a roving tab stop: arrows move word to
 * word (`moveWord`), Enter or Space opens one (`open`), Escape goes back to the sentence, Tab on to what
 * follows. 461 words, one stop per sentence. Outside a sentence its words have no role, so a screen
 * reader reads the article as text. The article element takes `onkeydown` and `onfocusin`.
 */
export function wordKeys(open: (word: HTMLElement) => void) {
  let entered: HTMLElement | null = null;
  const wordsIn = (zone: HTMLElement) => [...zone.querySelectorAll<HTMLElement>('.w')];

  /** Into a sentence's words, the focus on `focus` (its first word if none). */
  function enter(zone: HTMLElement, focus?: HTMLElement) {
    if (entered && entered !== zone) leave();
    entered = zone;
    const list = wordsIn(zone);
    const at = focus ?? list[0];
    for (const w of list) {
      w.setAttribute('role', 'button');
      w.setAttribute('tabindex', w === at ? '0' : '-1');
    }
    at?.focus();
  }

  /** Out of the sentence's words: they are text again (and the focus back on the sentence if asked). */
  function leave(refocus = false) {
    const zone = entered;
    entered = null;
    if (!zone) return;
    for (const w of wordsIn(zone)) {
      w.removeAttribute('role');
      w.removeAttribute('tabindex');
    }
    if (refocus) zone.focus();
  }

  function onkeydown(e: KeyboardEvent) {
    const t = e.target as HTMLElement;
    if (t.classList.contains('w') && entered?.contains(t)) {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        open(t);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        leave(true);
      } else {
        const list = wordsIn(entered);
        const to = moveWord(e.key, list.indexOf(t), list.length);
        if (to === null) return;
        e.preventDefault();
        t.setAttribute('tabindex', '-1');
        list[to].setAttribute('tabindex', '0');
        list[to].focus();
      }
    } else if (
      t.classList.contains('wz') &&
      (e.key === 'Enter' || e.key === 'ArrowLeft' || e.key === 'ArrowRight')
    ) {
      e.preventDefault();
      enter(t);
    }
  }

  function onfocusin(e: FocusEvent) {
    // Focus back on the sentence itself, or anywhere else in the article: its words are text again.
    if (entered && (e.target === entered || !entered.contains(e.target as Node))) leave();
  }

  return { enter, onkeydown, onfocusin };
}
