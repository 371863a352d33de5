import type { SynthLike, UtteranceLike, VoiceLike } from './speech';

/**
 * A recording speech engine for tests: `speak` queues an utterance (nothing is heard), `said` lists what
 * was spoken with its language, voice and rate, and the test drives the engine's events by hand
 * (`start()`, `word(charIndex)`, `end()`), as a real engine would fire them while it reads.
 */
export class FakeSynth implements SynthLike {
  voices: VoiceLike[];
  queue: UtteranceLike[] = [];
  said: { text: string; lang: string; voice: string | undefined; rate: number }[] = [];
  calls: string[] = [];

  constructor(voices: VoiceLike[]) {
    this.voices = voices;
  }

  getVoices() {
    return this.voices;
  }
  speak(u: UtteranceLike) {
    this.queue.push(u);
    this.said.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
  }
  /** Like a browser: cancelling fires `error` ("interrupted") on what was queued. */
  cancel() {
    this.calls.push('cancel');
    const gone = this.queue;
    this.queue = [];
    for (const u of gone) u.onerror?.({ error: 'interrupted' });
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }

  get current(): UtteranceLike | undefined {
    return this.queue[0];
  }
  start() {
    this.current?.onstart?.({});
  }
  word(charIndex: number) {
    this.current?.onboundary?.({ charIndex, name: 'word' });
  }
  end() {
    const u = this.queue.shift();
    u?.onend?.({});
  }
}

export const makeUtterance = (text: string): UtteranceLike => ({
  text,
  lang: '',
  rate: 1,
  voice: null,
  onstart: null,
  onend: null,
  onerror: null,
  onboundary: null,
});

export const voice = (name: string, lang: string, localService = true, isDefault = false): VoiceLike => ({
  name,
  lang,
  localService,
  default: isDefault,
});
