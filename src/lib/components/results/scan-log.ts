import type { ScanOutcome } from '$lib/share/receive';

/** One line of the scanner's log: what a code read did, in the teacher's language. */
export type ScanEntry = { id: number; tone: ScanOutcome['tone']; text: string };

/** How many lines the log keeps: a class's worth and more, never a list that grows all lesson. */
export const SCAN_LOG_SIZE = 50;

/** The log with `entry` on top (newest first), the oldest lines past `size` dropped. */
export function logScan(log: readonly ScanEntry[], entry: ScanEntry, size = SCAN_LOG_SIZE): ScanEntry[] {
  return [entry, ...log].slice(0, Math.max(0, size));
}
