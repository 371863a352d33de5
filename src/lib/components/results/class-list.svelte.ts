import { resultKey, type StoredResult } from '$lib/share/class-list';
import type { Loaded } from '$lib/storage/store';
import { resultsStore } from '$lib/storage/results';

/**
 * The teacher's class list: the students' results opened on this device, kept there through
 * `storage/results.ts` at every change. The page shows it grouped by quiz and scored
 * (`share/class-list.ts`); what adds to it (links, scans, pastes) hands this class the new list.
 */
export class ClassList {
  /** The results, in the order they were received. */
  list = $state<StoredResult[]>([]);
  #loaded = false;

  /**
   * Takes up the list kept on the device, the first time it is called (later calls do nothing and
   * give `null`). Says how the read went: `set-aside` when what was kept could not be read.
   */
  load(): Loaded<StoredResult[]>['status'] | null {
    if (this.#loaded) return null;
    this.#loaded = true;
    const r = resultsStore.load();
    if (r.status === 'ok') this.list = r.value;
    return r.status;
  }

  /** Shows `next` and keeps it on the device; false when it could not be kept (the page still shows it). */
  save(next: StoredResult[]): boolean {
    this.list = next;
    return resultsStore.save(next).ok;
  }

  /** Takes out the results whose `resultKey`s are given, and keeps what is left. */
  remove(keys: readonly string[]): boolean {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a lookup made and read here, never shown
    const out = new Set(keys);
    return this.save(this.list.filter((r) => !out.has(resultKey(r))));
  }
}
