/** The part of the Standard Schema interface (which valibot implements) this module needs. */
type StandardSchema<T> = {
  readonly '~standard': {
    validate(
      value: unknown,
    ): { value: T; issues?: undefined } | { issues: readonly unknown[] } | Promise<unknown>;
  };
};

/** Every key the app writes starts with this, so "erase everything" can find them all. */
export const PREFIX = 'qaryatayn.';

export type Loaded<T> =
  | { status: 'ok'; value: T; migrated: boolean }
  | { status: 'empty' }
  /** The stored text was unreadable or failed the schema; it was set aside (`backupKey`), never lost. */
  | { status: 'set-aside'; reason: 'corrupt' | 'invalid'; backupKey: string | null }
  /**
   * Written by a newer version of the app (another tab, already updated): left exactly as it is, and not
   * overwritten by this page's saves. This page is out of date: reloading it runs the newer version.
   */
  | { status: 'newer' }
  | { status: 'unavailable' };

export type Saved = { ok: true } | { ok: false; reason: 'unavailable' | 'full' | 'error' | 'newer' };

const newerListeners = new Set<() => void>();

/**
 * Calls `fn` whenever any store meets data written by a newer version of the app (another tab, updated):
 * the page is out of date and should be reloaded. Returns the unsubscribe function.
 */
export function onNewerData(fn: () => void): () => void {
  newerListeners.add(fn);
  return () => newerListeners.delete(fn);
}

function newer<R>(result: R): R {
  for (const fn of newerListeners) fn();
  return result;
}

/** How many set-aside copies of one key are kept: the newest at `<key>.set-aside`, then `.2`, `.3`. */
export const SET_ASIDE_KEPT = 3;

export interface Store<T> {
  readonly key: string;
  load(): Loaded<T>;
  save(value: T): Saved;
  remove(): void;
}

export interface StoreOptions<T> {
  /** Short name; the full key is `qaryatayn.<name>`. */
  name: string;
  /** The current schema version, written into the envelope. */
  version: number;
  /** A valibot (or any Standard Schema) schema for the data, or a plain checker function. */
  schema: StandardSchema<T> | { check: (data: unknown) => T | undefined };
  /** `migrations[n]` turns version-n data into version n+1 data. */
  migrations?: Record<number, (old: unknown) => unknown>;
}

/** The bits of `Storage` the module uses; tests pass a fake one that throws or fills up. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

let override: StorageLike | null | undefined;
/** The page's localStorage once probed: probed once per page, not at every load and save. */
let probed: { s: StorageLike | null } | undefined;

/** For tests: replace the backing storage (null = unavailable, undefined = the real one, probed anew). */
export function setBackingStorage(s: StorageLike | null | undefined): void {
  override = s;
  probed = undefined;
}

/** The device's localStorage, or null when it does not exist or throws on access (private mode, blocked). */
export function backing(): StorageLike | null {
  if (override !== undefined) return override;
  if (typeof window === 'undefined') return null;
  return (probed ??= { s: probe() }).s;
}

function probe(): StorageLike | null {
  try {
    const s = window.localStorage;
    const key = `${PREFIX}probe`;
    s.setItem(key, '1');
    s.removeItem(key);
    return s;
  } catch {
    // A full storage also fails the probe; reading may still work.
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)
  );
}

/** The version a stored text was written with, read from its start (`{"v":3,…`) without parsing it all. */
function storedVersion(raw: string): number | undefined {
  const m = /^\{"v":(\d+)[,}]/.exec(raw);
  return m ? Number(m[1]) : undefined;
}

/** `{ v: <version ≥ 1>, data }`, or undefined. */
function envelope(x: unknown): { v: number; data: unknown } | undefined {
  if (typeof x !== 'object' || x === null || !('v' in x) || !('data' in x)) return undefined;
  const version = (x as { v: unknown }).v;
  return Number.isInteger(version) && (version as number) >= 1
    ? { v: version as number, data: (x as { data: unknown }).data }
    : undefined;
}

function validate<T>(
  schema: StoreOptions<T>['schema'],
  data: unknown,
): { ok: true; value: T } | { ok: false } {
  if ('check' in schema) {
    const value = schema.check(data);
    return value === undefined ? { ok: false } : { ok: true, value };
  }
  // Any Standard Schema (valibot's included) validates without this module importing its library.
  const r = schema['~standard'].validate(data);
  if (r instanceof Promise || r.issues) return { ok: false };
  return { ok: true, value: r.value };
}

/** Writes any raw text under a key; reports a full or missing storage instead of throwing. */
export function writeRaw(key: string, text: string): Saved {
  const s = backing();
  if (!s) return { ok: false, reason: 'unavailable' };
  try {
    s.setItem(key, text);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? 'full' : 'error' };
  }
}

function readRaw(key: string): string | null | undefined {
  const s = backing();
  if (!s) return undefined;
  try {
    return s.getItem(key);
  } catch {
    return undefined;
  }
}

function removeRaw(key: string): void {
  try {
    backing()?.removeItem(key);
  } catch {
    /* nothing to do: storage is gone */
  }
}

/** One guarded, versioned, validated entry in device storage. Never throws. */
export function defineStore<T>(opts: StoreOptions<T>): Store<T> {
  const key = PREFIX + opts.name;

  /** Keeps `raw` as the newest set-aside copy; older copies move down a slot, the oldest is dropped. */
  function setAside(raw: string, reason: 'corrupt' | 'invalid'): Loaded<T> {
    const slot = (n: number) => `${key}.set-aside${n > 1 ? `.${n}` : ''}`;
    for (let n = SET_ASIDE_KEPT - 1; n >= 1; n--) {
      const older = readRaw(slot(n));
      if (older != null) writeRaw(slot(n + 1), older);
    }
    const ok = writeRaw(slot(1), raw).ok;
    removeRaw(key);
    return { status: 'set-aside', reason, backupKey: ok ? slot(1) : null };
  }

  return {
    key,
    load() {
      const raw = readRaw(key);
      if (raw === undefined) return { status: 'unavailable' };
      if (raw === null) return { status: 'empty' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return setAside(raw, 'corrupt');
      }
      const env = envelope(parsed);
      if (!env) return setAside(raw, 'corrupt');
      let { v: version, data } = env;
      if (version > opts.version) return newer({ status: 'newer' });
      const migrated = version < opts.version;
      try {
        while (version < opts.version) {
          const step = opts.migrations?.[version];
          if (!step) return setAside(raw, 'invalid');
          data = step(data);
          version += 1;
        }
      } catch {
        return setAside(raw, 'invalid');
      }
      const result = validate(opts.schema, data);
      if (!result.ok) return setAside(raw, 'invalid');
      if (migrated) writeRaw(key, JSON.stringify({ v: opts.version, data: result.value }));
      return { status: 'ok', value: result.value, migrated };
    },
    save(value) {
      // Never overwrite what a newer version of the app (an updated tab) wrote.
      const raw = readRaw(key);
      if (raw && (storedVersion(raw) ?? 0) > opts.version) return newer({ ok: false, reason: 'newer' });
      return writeRaw(key, JSON.stringify({ v: opts.version, data: value }));
    },
    remove() {
      removeRaw(key);
    },
  };
}

/** Every key this app has written on the device (for the privacy page). */
export function listKeys(): string[] {
  const s = backing();
  if (!s) return [];
  const keys: string[] = [];
  try {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k && k.startsWith(PREFIX)) keys.push(k);
    }
  } catch {
    return keys;
  }
  return keys.sort();
}

/** Erases everything this app keeps in localStorage. */
export function eraseAll(): void {
  for (const k of listKeys()) removeRaw(k);
}
