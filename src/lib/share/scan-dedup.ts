/*
 * The scanner reads several frames a second, and a code held up to the camera is in all of them. A
 * code is news only when it has not been seen for `holdMs`: held in view (even with a few frames
 * missed while the phone moves), it is taken once; taken away and shown again later, it is taken again
 * (the teacher then hears "already in the list", which is what they need to know).
 */

export const HOLD_MS = 2500;

export type ScanDedup = {
  /** The codes of this frame not seen in the last `holdMs` (each once, in frame order); all are marked seen. */
  fresh(texts: readonly string[], now: number): string[];
};

/** A de-duplicator for one scanning session; `now` is any clock in milliseconds (the tests pass their own). */
export function scanDedup(holdMs = HOLD_MS): ScanDedup {
  const lastSeen = new Map<string, number>();
  return {
    fresh(texts, now) {
      const out: string[] = [];
      for (const raw of texts) {
        const text = raw.trim();
        if (!text) continue;
        const last = lastSeen.get(text);
        if ((last === undefined || now - last >= holdMs) && !out.includes(text)) out.push(text);
        lastSeen.set(text, now);
      }
      // Forget codes long gone, so a long session keeps a small map.
      for (const [text, at] of lastSeen) if (now - at >= holdMs) lastSeen.delete(text);
      return out;
    },
  };
}
