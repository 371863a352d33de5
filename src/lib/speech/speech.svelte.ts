import {
  Player,
  pickVoice,
  type Item,
  type PlayerState,
  type SpeechLang,
  type SynthLike,
  type UtteranceLike,
  type VoiceLike,
} from './speech';

/**
 * The device's speech engine as reactive state, one per page: which languages it has a voice for (the
 * Listen controls show only then), what is being read, and the word being read. Voices arrive late
 * (Chrome and Safari fill `getVoices()` after the page loads, and Safari may never fire
 * `voiceschanged`), so they are read again on the event and a few times after the first look.
 */
/** The browser's speech engine, where there is one (and its utterances). */
function engine(): SpeechSynthesis | undefined {
  if (typeof window === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined') return undefined;
  return window.speechSynthesis ?? undefined;
}

class Speech {
  voices = $state.raw<Partial<Record<SpeechLang, VoiceLike>>>({});
  state = $state<PlayerState>('idle');
  /** The item being read and the word in it (-1: none yet), or null. */
  at = $state.raw<{ id: string; word: number } | null>(null);
  #player: Player | undefined;
  #watching = false;

  /** Starts looking for the device's voices (in the browser; does nothing where there is no engine). */
  watch(): void {
    const synth = engine();
    if (this.#watching || !synth) return;
    this.#watching = true;
    const read = () => {
      const all = synth.getVoices() as VoiceLike[];
      const ar = pickVoice(all, 'ar');
      const en = pickVoice(all, 'en');
      if (ar !== this.voices.ar || en !== this.voices.en) this.voices = { ar, en };
    };
    read();
    synth.addEventListener?.('voiceschanged', read);
    for (const ms of [250, 1000, 3000]) setTimeout(read, ms);
  }

  #get(): Player | undefined {
    if (this.#player) return this.#player;
    const synth = engine();
    if (!synth) return undefined;
    const make = (text: string) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike;
    return (this.#player = new Player(synth as unknown as SynthLike, make, {
      onat: (at) => (this.at = at),
      onstate: (state) => (this.state = state),
    }));
  }

  play(items: readonly Item[], slow: boolean): void {
    this.#get()?.play(items, this.voices, slow ? 'slow' : 'normal');
  }
  pause(): void {
    this.#player?.pause();
  }
  resume(): void {
    this.#player?.resume();
  }
  stop(): void {
    this.#player?.stop();
  }
}

export const speech = new Speech();
