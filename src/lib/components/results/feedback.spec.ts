import { afterEach, describe, expect, it, vi } from 'vitest';
import { FEEDBACK, PEAK_GAIN, openChime, type Tone } from './feedback';

const TONES: Tone[] = ['added', 'named', 'same', 'bad'];

describe('FEEDBACK', () => {
  it('is soft: quiet notes under a quarter of a second, buzzes under a tenth', () => {
    expect(PEAK_GAIN).toBeLessThanOrEqual(0.1);
    for (const tone of TONES) {
      for (const note of FEEDBACK[tone].notes) {
        expect(note.length, tone).toBeLessThanOrEqual(0.25);
        expect(note.hz, tone).toBeGreaterThanOrEqual(250);
        expect(note.hz, tone).toBeLessThanOrEqual(1000);
      }
      for (const ms of FEEDBACK[tone].vibrate) expect(ms, tone).toBeLessThanOrEqual(100);
    }
  });

  it('tells an added result, one already in the list and a code not added apart by ear and by touch', () => {
    const first = (t: Tone) => FEEDBACK[t].notes[0].hz;
    expect(first('added')).toBeGreaterThan(first('same'));
    expect(first('same')).toBeGreaterThan(first('bad'));
    // A code not added falls: two notes, the second lower.
    const [a, b] = FEEDBACK.bad.notes;
    expect(b.hz).toBeLessThan(a.hz);
    expect(b.at).toBeGreaterThanOrEqual(a.at + a.length);
    const buzz = (t: Tone) => FEEDBACK[t].vibrate;
    expect(buzz('added')[0]).toBeGreaterThan(buzz('same')[0]);
    expect(buzz('bad')).toHaveLength(3);
    // A name given to an unnamed result is news like an added one.
    expect(FEEDBACK.named).toEqual(FEEDBACK.added);
  });
});

/** A stand-in for Web Audio that records each note started. */
function fakeAudio(state: AudioContextState = 'running') {
  const started: { hz: number; at: number; peak: number }[] = [];
  const calls = { resume: 0, close: 0, made: 0 };
  class FakeContext {
    state = state;
    currentTime = 5;
    destination = {};
    constructor() {
      calls.made++;
    }
    resume() {
      calls.resume++;
      this.state = 'running';
      return Promise.resolve();
    }
    close() {
      calls.close++;
      this.state = 'closed';
      return Promise.resolve();
    }
    createGain() {
      let peak = 0;
      const gain = {
        setValueAtTime: () => {},
        exponentialRampToValueAtTime: (v: number) => (peak = Math.max(peak, v)),
        get peak() {
          return peak;
        },
      };
      return { gain, connect: (to: unknown) => to, node: 'gain' };
    }
    createOscillator() {
      const osc = {
        type: '',
        frequency: { value: 0 },
        gainNode: null as null | { gain: { peak: number } },
        connect(to: { gain: { peak: number } }) {
          osc.gainNode = to;
          return to;
        },
        start(at: number) {
          started.push({ hz: osc.frequency.value, at, peak: -1 });
          const i = started.length - 1;
          // The envelope is set before start; its peak is read now.
          started[i].peak = osc.gainNode?.gain.peak ?? 0;
        },
        stop: () => {},
      };
      return osc;
    }
  }
  vi.stubGlobal('AudioContext', FakeContext);
  return { started, calls };
}

describe('openChime()', () => {
  const buzzes: (number | number[])[] = [];
  afterEach(() => {
    vi.unstubAllGlobals();
    buzzes.length = 0;
  });
  const stubVibrate = () =>
    vi.stubGlobal('navigator', { vibrate: (p: number | number[]) => (buzzes.push(p), true) });

  it('plays each tone’s notes softly, in order, and buzzes its pattern', () => {
    const { started } = fakeAudio();
    stubVibrate();
    const chime = openChime();
    chime.play('added');
    chime.play('bad');
    expect(started.map((n) => n.hz)).toEqual([880, 392, 294]);
    expect(started.every((n) => n.peak > 0 && n.peak <= PEAK_GAIN)).toBe(true);
    expect(started[2].at - started[1].at).toBeCloseTo(FEEDBACK.bad.notes[1].at);
    expect(buzzes).toEqual([[80], [40, 60, 40]]);
  });

  it('resumes a context the browser created suspended', () => {
    const { calls, started } = fakeAudio('suspended');
    openChime().play('same');
    expect(calls.resume).toBe(1);
    expect(started.map((n) => n.hz)).toEqual([660]);
  });

  it('is silent after close, and where there is no Web Audio, only buzzes', () => {
    const { calls, started } = fakeAudio();
    const chime = openChime();
    chime.close();
    chime.play('added');
    expect(calls.close).toBe(1);
    expect(started).toEqual([]);
    vi.unstubAllGlobals();
    vi.stubGlobal('AudioContext', undefined);
    stubVibrate();
    expect(() => openChime().play('added')).not.toThrow();
    expect(buzzes).toEqual([[80]]);
  });

  it('a browser that refuses sound or throws on a buzz leaves the scanner working', () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new DOMException('not allowed', 'NotAllowedError');
        }
      },
    );
    vi.stubGlobal('navigator', {
      vibrate: () => {
        throw new Error('blocked');
      },
    });
    expect(() => openChime().play('bad')).not.toThrow();
  });
});
