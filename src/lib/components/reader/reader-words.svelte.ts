import { tick } from 'svelte';
import type { WordIndex, WordRef } from '$lib/content/words';
import type { Segment } from '$lib/content';
import { scrollMotion } from '$lib/components/common/motion';
import { prefs } from '$lib/storage/prefs.svelte';
import { articleWords, writeWords } from './markup';

type Loader = typeof import('./words-lazy');
type CardModule = typeof import('./WordCard.svelte');

/** What the word card needs from the reader around it. */
export type ReaderHost = {
  /** Whether a sentence of that id is in the article. */
  known: (sentence: string) => boolean;
  /** Makes a sentence's Arabic show (on the English page it is under its sentence, shown on a tap). */
  reveal: (sentence: string) => void;
  /** Gives the keyboard back to a word inside its sentence (`wordKeys().enter`). */
  refocus: (zone: HTMLElement, word: HTMLElement) => void;
};

/**
 * The reader's words: the word layer (`/data/words.json`) and the word card's state. The layer and the
 * card's code load after the page shows: at idle (`warmUp`), on the first tap on a word, or at once when
 * the vowels are on. Nothing of it is in the page's start-up script. The card opens on a word (`open`),
 * follows a link to another word (`goTo`), and closes (`close`); the word it shows is marked in the text.
 */
export class ReaderWords {
  // Each field is private, read through a getter, and set only here: a public $state field gets a setter
  // too, and the reader's start-up script carries every byte of this class.
  #ix = $state.raw<WordIndex | undefined>();
  #failure = $state.raw<unknown>(null);
  #ref = $state.raw<WordRef | null>(null);
  #cardRef = $state.raw<WordRef | null>(null);
  #card = $state.raw<Promise<CardModule> | undefined>();

  /** The word layer, once loaded. */
  get ix() {
    return this.#ix;
  }
  /** Why the word layer did not load (offline before the app was saved), or null. */
  get failure() {
    return this.#failure;
  }
  /** The word whose card is open. */
  get ref() {
    return this.#ref;
  }
  /** The word the card shows, kept once it closes: the next tap updates the card instead of building it. */
  get cardRef() {
    return this.#cardRef;
  }
  /** The card's code, once asked for. */
  get card() {
    return this.#card;
  }

  /** Whether the vowels switch is on. */
  get vowels(): boolean {
    return prefs.current.vowels;
  }
  /** Each sentence's words as the vowels switch shows them, by sentence id (on, and the layer loaded). */
  get forms(): Map<string, string[]> | undefined {
    return this.#forms;
  }
  #forms = $derived(
    this.vowels && this.#ix
      ? // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew, never changed
        new Map(this.#ix.sentences.map((x) => [x.id, x.words.map((w) => w.v)]))
      : undefined,
  );

  #host: ReaderHost;
  #wroteVowels = false;
  #loader: Promise<Loader> | undefined;
  /** Whether the open card was opened from the keyboard (its word gets the focus back on closing). */
  #byKeyboard = false;
  #marked: HTMLElement | null = null;

  constructor(host: ReaderHost) {
    this.#host = host;
  }

  /** The lazy module with the word layer's loader and the word fragment's parser. */
  lazy = (): Promise<Loader> => (this.#loader ??= import('./words-lazy'));

  /** Loads the word layer (again, after a failure). */
  load = (): Promise<WordIndex | undefined> =>
    this.lazy()
      .then((m) => m.loadWords())
      .then(
        (x) => {
          this.#failure = null;
          return (this.#ix = x);
        },
        (e: unknown) => {
          // The loader itself may be what failed to load: try it again next time.
          this.#loader = undefined;
          this.#failure = e;
          return undefined;
        },
      );

  /** Starts loading what a card needs, if it has not started. */
  prepare(): Promise<WordIndex | undefined> {
    this.#card ??= import('./WordCard.svelte');
    // A card whose code did not load says so itself (the {#await} of the sheet).
    return this.#card.then(
      () => this.#ix ?? this.load(),
      () => undefined,
    );
  }

  /** Once the page has nothing else to do: the card built, closed, around the article's first word, and
   * laid out unseen (its Arabic shaped at its sizes), so that a first tap only changes its text. */
  warmUp() {
    void this.prepare().then((x) => {
      if (x && !this.#cardRef) this.#cardRef = { s: x.sentences[0].id, i: 0 };
    });
  }

  /**
   * Writes the article's words as the vowels switch shows them, in place, the markup untouched
   * (`writeWords`): vowelled, or back to the article's own (`sentence` gives a sentence's own text).
   * Nothing to do while the vowels have never been shown. Reads `forms`: run it in an effect.
   */
  write(article: HTMLElement, sentence: (id: string) => PlainSentence | undefined) {
    const f = this.forms;
    if (!f && !this.#wroteVowels) return;
    this.#wroteVowels = !!f;
    let plain: { s: string; words: string[] } | undefined;
    writeWords(article, (s, i) => {
      if (f) return f.get(s)?.[i];
      if (plain?.s !== s) {
        const x = sentence(s);
        plain = x && { s, words: articleWords(x.seg.ar, x.words) };
      }
      return plain?.words[i];
    });
  }

  /** A sentence's words as read aloud, once the layer has loaded (a number or an abbreviation as it is
   * said: «51» as «وَاحِدٍ وَخَمْسِينَ»), whether the vowels show or not. */
  spoken(sentence: string): string[] | undefined {
    return this.#ix?.bySentence.get(sentence)?.words.map(spokenForm);
  }

  /** Every sentence's words as read aloud, by sentence id, once the layer has loaded. */
  spokenAll(): Map<string, string[]> | undefined {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- made anew for each reading, never changed
    return this.#ix && new Map(this.#ix.sentences.map((x) => [x.id, x.words.map(spokenForm)]));
  }

  /** A word of the text, tapped or chosen from the keyboard: its card opens. */
  open(ref: WordRef, el: HTMLElement | null, keyboard: boolean) {
    void this.prepare();
    this.#byKeyboard = keyboard;
    this.#mark(el);
    this.#ref = this.#cardRef = ref;
    keepInSight(el);
  }

  /** From a card: another word of the article (same root), scrolled into view, its card open. */
  goTo = async (ref: WordRef) => {
    if (!this.#host.known(ref.s)) return;
    void this.prepare();
    this.#host.reveal(ref.s);
    this.#ref = this.#cardRef = ref;
    await tick();
    const el = wordElement(ref);
    this.#mark(el);
    el?.scrollIntoView({ block: 'start', behavior: scrollMotion() });
    // The card now shows the new word: from its top, the word focused.
    const dialog = document.getElementById('word');
    dialog?.scrollTo({ top: 0 });
    dialog?.querySelector<HTMLElement>('.word')?.focus();
  };

  /** Closes the card; opened from the keyboard, the focus goes back to its word, inside its sentence. */
  close = async () => {
    const ref = this.#ref;
    this.dismiss();
    if (!ref || !this.#byKeyboard) return;
    await tick();
    const el = wordElement(ref);
    const zone = el?.closest<HTMLElement>('.wz');
    if (el && zone) this.#host.refocus(zone, el);
  };

  /** Closes the card, the focus left where it is (another card takes its place). */
  dismiss() {
    this.#ref = null;
    this.#mark(null);
  }

  #mark(el: HTMLElement | null) {
    this.#marked?.classList.remove('on');
    this.#marked = el;
    el?.classList.add('on');
  }
}

/** What `write` needs of a sentence to give back its own words. */
type PlainSentence = { seg: { ar: Segment[] }; words: readonly number[] };

const spokenForm = (w: { v: string; read?: string }) => w.read ?? w.v;

/** The word of a word element (`.w` inside a sentence's `.wz`), or null. */
export function refOf(w: HTMLElement): WordRef | null {
  const zone = w.closest<HTMLElement>('.wz');
  return zone?.dataset.s ? { s: zone.dataset.s, i: Number(w.dataset.i) } : null;
}

/** The element of a word in the reader (the Arabic text, the Arabic under an English sentence, or the
 * Arabic column beside the translation), or null. */
function wordElement(ref: WordRef): HTMLElement | null {
  return document.querySelector<HTMLElement>(
    `.reader [data-s="${CSS.escape(ref.s)}"] .w[data-i="${String(ref.i)}"]`,
  );
}

/**
 * The card covers the lower part of the screen: once it shows, the page scrolls the word above it, in the
 * frame after the card's first (the card's own frame does not also carry the scroll).
 */
function keepInSight(el: HTMLElement | null) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const card = document.getElementById('word');
      if (!el || !card?.hasAttribute('open')) return;
      const hidden = el.getBoundingClientRect().bottom + 16 - card.getBoundingClientRect().top;
      if (hidden > 0) window.scrollBy({ top: hidden, behavior: scrollMotion() });
    }),
  );
}
