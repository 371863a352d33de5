import type { StorageLike } from './store';

/**
 * An in-memory `Storage` for tests, optionally full (`quota`, in characters) or throwing on read, like the
 * browser's in its odd modes (private browsing, blocked by settings). `map` is there to look inside.
 */
export class MemoryStorage implements StorageLike {
  map = new Map<string, string>();
  constructor(private opts: { quota?: number; throwOnRead?: boolean } = {}) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    if (this.opts.throwOnRead) throw new DOMException('blocked', 'SecurityError');
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    const size = [...this.map].reduce((n, [key, x]) => n + (key === k ? 0 : x.length), 0) + v.length;
    if (this.opts.quota !== undefined && size > this.opts.quota)
      throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}
