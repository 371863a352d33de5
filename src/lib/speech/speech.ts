/**
 * Read-aloud through the Web Speech API, as plain TypeScript: which voice to use, the text of a
 * sentence as it is spoken (and where each of its words starts in that text), and a player that speaks a
 * list of sentences one after another and says which sentence and which word it is at.
 *
 * Nothing here touches `window`: the speech engine is passed in (the browser's `speechSynthesis`, or a
 * recording fake in tests), so the order of what is spoken, its language and the highlight's moves are
 * tested without a browser.
 */

/** What the player needs of a voice (`SpeechSynthesisVoice`). */
export type VoiceLike = { name: string; lang: string; localService: boolean; default: boolean };

/** What the player needs of an utterance (`SpeechSynthesisUtterance`). */
export type UtteranceLike = {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onstart: ((e: unknown) => void) | null;
  onend: ((e: unknown) => void) | null;
  onerror: ((e: { error?: string }) => void) | null;
  onboundary: ((e: { charIndex: number; name?: string }) => void) | null;
};

/** What the player needs of the engine (`window.speechSynthesis`). */
export type SynthLike = {
  speak(u: UtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): VoiceLike[];
};

export type SpeechLang = 'ar' | 'en';

/** Whether a voice speaks a language: `ar`, `ar-SA`, `ar_EG` and `AR-eg` all speak Arabic. */
export function speaks(voice: VoiceLike, lang: SpeechLang): boolean {
  const l = voice.lang.toLowerCase().replace('_', '-');
  return l === lang || l.startsWith(`${lang}-`);
}

/**
 * The voice to read a language with, or undefined when the device has none. A voice on the device
 * (`localService`) first: it works offline, where a network voice (Chrome's "Google" voices) goes
 * silent. Then the device's default voice, then the first, so the choice is stable between visits.
 */
export function pickVoice(voices: readonly VoiceLike[], lang: SpeechLang): VoiceLike | undefined {
  const mine = voices.filter((v) => speaks(v, lang));
  const score = (v: VoiceLike) => (v.localService ? 2 : 0) + (v.default ? 1 : 0);
  let best: VoiceLike | undefined;
  for (const v of mine) if (!best || score(v) > score(best)) best = v;
  return best;
}

/** A sentence as it is spoken, and where each of its words starts in `text` (by word position). */
export type Spoken = { text: string; starts: number[] };

/**
 * The text to speak for an Arabic sentence: the sentence itself, or with each word replaced by its
 * vowelled form (`shown`, by position) when the word layer has loaded: with its vowels a speech engine
 * reads «يُصَوِّت» right where it may guess at «يصوت». `bounds` is the sentence's `wordBounds`
 * (characters since the previous word, then the word's length, for each word).
 */
export function spokenSentence(
  text: string,
  bounds: readonly number[],
  shown?: readonly (string | undefined)[],
): Spoken {
  let out = '';
  let at = 0;
  const starts: number[] = [];
  for (let k = 0; k + 1 < bounds.length; k += 2) {
    const start = at + bounds[k];
    const end = start + bounds[k + 1];
    out += text.slice(at, start);
    starts.push(out.length);
    out += shown?.[k / 2] ?? text.slice(start, end);
    at = end;
  }
  return { text: out + text.slice(at), starts };
}

/** The position of the word a character of the spoken text belongs to (the last word starting at or before it). */
export function wordAtChar(starts: readonly number[], charIndex: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  if (hi < 0 || charIndex < starts[0]) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One thing to read: a sentence id (what to highlight), its text and language, and its words' starts. */
export type Item = { id: string; text: string; lang: SpeechLang; starts?: readonly number[] };

/** How fast to read: slow for learners, or the voice's normal pace. */
export type Rate = 'slow' | 'normal';
export const RATES: Record<Rate, number> = { slow: 0.7, normal: 1 };

export type PlayerState = 'idle' | 'playing' | 'paused';

/** What the player tells its owner. */
export type PlayerEvents = {
  /** The item being read (and the word, when the engine says: -1 before the first word), or null when done or stopped. */
  onat?: (at: { id: string; word: number } | null) => void;
  onstate?: (state: PlayerState) => void;
};

/**
 * Speaks items one after another, one utterance each (Chrome cuts a long utterance short after about
 * fifteen seconds, and one per sentence is what lets the highlight follow). Events of an utterance the
 * player has moved past (cancelled by `stop` or a new `play`) are ignored: engines still fire `end` or
 * `error` for them.
 */
export class Player {
  #synth: SynthLike;
  #make: (text: string) => UtteranceLike;
  #events: PlayerEvents;
  #run = 0;
  #state: PlayerState = 'idle';

  constructor(synth: SynthLike, make: (text: string) => UtteranceLike, events: PlayerEvents = {}) {
    this.#synth = synth;
    this.#make = make;
    this.#events = events;
  }

  get state(): PlayerState {
    return this.#state;
  }

  #set(state: PlayerState) {
    if (this.#state === state) return;
    this.#state = state;
    this.#events.onstate?.(state);
  }

  /** Reads `items` from the first, with the voice of each item's language (none: the item is skipped). */
  play(items: readonly Item[], voices: Partial<Record<SpeechLang, VoiceLike>>, rate: Rate = 'normal') {
    const run = ++this.#run;
    this.#synth.cancel();
    const next = (k: number) => {
      if (run !== this.#run) return;
      while (k < items.length && !voices[items[k].lang]) k++;
      if (k >= items.length) return this.#finish();
      const item = items[k];
      const u = this.#make(item.text);
      u.lang = voices[item.lang]!.lang;
      u.voice = voices[item.lang]!;
      u.rate = RATES[rate];
      u.onstart = () => {
        if (run === this.#run) this.#events.onat?.({ id: item.id, word: item.starts?.length ? -1 : 0 });
      };
      u.onboundary = (e) => {
        if (run !== this.#run || !item.starts || (e.name && e.name !== 'word')) return;
        this.#events.onat?.({ id: item.id, word: wordAtChar(item.starts, e.charIndex) });
      };
      u.onend = () => next(k + 1);
      // 'interrupted' and 'canceled' come from our own stop; any other error ends the reading too,
      // rather than skipping on through a sentence the engine cannot say.
      u.onerror = () => {
        if (run === this.#run) this.#finish();
      };
      this.#synth.speak(u);
    };
    this.#set('playing');
    next(0);
  }

  pause() {
    if (this.#state !== 'playing') return;
    this.#synth.pause();
    this.#set('paused');
  }

  resume() {
    if (this.#state !== 'paused') return;
    this.#synth.resume();
    this.#set('playing');
  }

  stop() {
    if (this.#state === 'idle') return;
    this.#run++;
    this.#synth.cancel();
    this.#finish();
  }

  #finish() {
    this.#run++;
    this.#events.onat?.(null);
    this.#set('idle');
  }
}
