import * as v from 'valibot';
import { defineStore } from './store';

const PwaMemorySchema = v.object({
  /** The "ready to work offline" note has been shown once. */
  offlineReadyNoted: v.optional(v.boolean(), false),
  /** The person closed the install offer; the browser's own menu still installs. */
  installDeclined: v.optional(v.boolean(), false),
  /** The person closed the iOS "Share → Add to Home Screen" hint. */
  iosHintDismissed: v.optional(v.boolean(), false),
});

export type PwaMemory = v.InferOutput<typeof PwaMemorySchema>;
export const NO_PWA_MEMORY: PwaMemory = {
  offlineReadyNoted: false,
  installDeclined: false,
  iosHintDismissed: false,
};

/** What the app remembers about its one-time notices, so each shows once per device. */
export const pwaMemoryStore = defineStore({ name: 'pwa', version: 1, schema: PwaMemorySchema });

/** The remembered flags, or none when nothing (readable) is stored. */
export function loadPwaMemory(): PwaMemory {
  const r = pwaMemoryStore.load();
  return r.status === 'ok' ? { ...NO_PWA_MEMORY, ...r.value } : { ...NO_PWA_MEMORY };
}

/** Remembers one more flag; a full or missing storage only means the notice may show again. */
export function rememberPwa(patch: Partial<PwaMemory>): void {
  pwaMemoryStore.save({ ...loadPwaMemory(), ...patch });
}
