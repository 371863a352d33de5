import type { ScanOutcome } from '$lib/share/receive';

/*
 * What the teacher hears and feels for each code the scanner reads, so that their eyes can stay on the
 * students' phones: a soft high note and a short buzz for a result added, a lower note and a tap for
 * one already in the list, two falling low notes and a double buzz for a code that was not added. The
 * notes are quiet sine tones (a tenth of full scale at most, under a quarter of a second each).
 */

export type Tone = ScanOutcome['tone'];

/** One note: its pitch in Hz, when it starts and how long it lasts (seconds from the first note). */
export type Note = { hz: number; at: number; length: number };

/** The loudest a note gets, as a gain (1 is full scale): soft beside a classroom's noise. */
export const PEAK_GAIN = 0.08;

export const FEEDBACK: Record<Tone, { notes: Note[]; vibrate: number[] }> = {
  added: { notes: [{ hz: 880, at: 0, length: 0.16 }], vibrate: [80] },
  named: { notes: [{ hz: 880, at: 0, length: 0.16 }], vibrate: [80] },
  same: { notes: [{ hz: 660, at: 0, length: 0.12 }], vibrate: [30] },
  bad: {
    notes: [
      { hz: 392, at: 0, length: 0.14 },
      { hz: 294, at: 0.17, length: 0.2 },
    ],
    vibrate: [40, 60, 40],
  },
};

/** Plays the notes of a tone and buzzes, each where the device and the browser allow it. */
export type Chime = { play(tone: Tone): void; close(): void };

type AudioCtor = new () => AudioContext;

/**
 * Opens the scanner's sound. Call it inside the click that opens the scanner: browsers let a page
 * start sound only from a user's gesture. Without Web Audio, or where it is refused, only the
 * vibration is left (phones), or nothing (the tick and the name on screen still say it).
 */
export function openChime(): Chime {
  const g = globalThis as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  const Ctor = g.AudioContext ?? g.webkitAudioContext;
  let ctx: AudioContext | null = null;
  try {
    ctx = Ctor ? new Ctor() : null;
    // Created suspended by a browser's autoplay rules: resumed while the gesture lasts.
    if (ctx?.state === 'suspended') void ctx.resume().catch(() => {});
  } catch {
    ctx = null;
  }
  return {
    play(tone) {
      const { notes, vibrate } = FEEDBACK[tone];
      // Some browsers throw instead of ignoring a pattern while the page has had no gesture.
      try {
        if (typeof navigator !== 'undefined') navigator.vibrate?.(vibrate);
      } catch {
        /* no vibration here */
      }
      if (!ctx || ctx.state === 'closed') return;
      const t0 = ctx.currentTime + 0.01;
      for (const note of notes) {
        const osc = ctx.createOscillator();
        const gain = ctx.createGain();
        osc.type = 'sine';
        osc.frequency.value = note.hz;
        // A quick rise and a soft fall: no click at either end.
        gain.gain.setValueAtTime(0.0001, t0 + note.at);
        gain.gain.exponentialRampToValueAtTime(PEAK_GAIN, t0 + note.at + 0.015);
        gain.gain.exponentialRampToValueAtTime(0.0001, t0 + note.at + note.length);
        osc.connect(gain).connect(ctx.destination);
        osc.start(t0 + note.at);
        osc.stop(t0 + note.at + note.length + 0.02);
      }
    },
    close() {
      void ctx?.close().catch(() => {});
      ctx = null;
    },
  };
}
