import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { defineStore, eraseAll, listKeys, setBackingStorage, type StorageLike } from './store';
import { checkPrefs, prefsStore } from './prefs';

/** An in-memory Storage, optionally full or throwing, like the browser's in odd modes. */
function memory(
  opts: { quota?: number; throwOnRead?: boolean } = {},
): StorageLike & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem(k) {
      if (opts.throwOnRead) throw new DOMException('blocked', 'SecurityError');
      return map.get(k) ?? null;
    },
    setItem(k, val) {
      const size = [...map.values()].reduce((n, x) => n + x.length, 0) + val.length;
      if (opts.quota !== undefined && size > opts.quota) throw new DOMException('full', 'QuotaExceededError');
      map.set(k, val);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const Counter = v.object({ count: v.pipe(v.number(), v.integer()) });
const counter = defineStore({
  name: 'test.counter',
  version: 2,
  schema: Counter,
  migrations: { 1: (old) => ({ count: Number((old as { n: string }).n) }) },
});

afterEach(() => setBackingStorage(undefined));

describe('defineStore({ name, version, schema, migrations })', () => {
  it('round-trips a value through a versioned envelope', () => {
    const m = memory();
    setBackingStorage(m);
    expect(counter.load()).toEqual({ status: 'empty' });
    expect(counter.save({ count: 3 })).toEqual({ ok: true });
    expect(JSON.parse(m.map.get('qaryatayn.test.counter')!)).toEqual({ v: 2, data: { count: 3 } });
    expect(counter.load()).toEqual({ status: 'ok', value: { count: 3 }, migrated: false });
  });

  it('migrates old versions and writes the migrated value back', () => {
    const m = memory();
    setBackingStorage(m);
    m.map.set('qaryatayn.test.counter', JSON.stringify({ v: 1, data: { n: '7' } }));
    expect(counter.load()).toEqual({ status: 'ok', value: { count: 7 }, migrated: true });
    expect(JSON.parse(m.map.get('qaryatayn.test.counter')!).v).toBe(2);
  });

  it.each([
    ['not JSON', '{oops', 'corrupt'],
    ['no envelope', '[1,2]', 'corrupt'],
    ['a failing schema', JSON.stringify({ v: 2, data: { count: 'x' } }), 'invalid'],
    ['a newer version', JSON.stringify({ v: 9, data: {} }), 'future'],
    ['a version with no migration', JSON.stringify({ v: 0.5, data: {} }), 'corrupt'],
  ])('sets aside %s, keeping a copy, never throwing', (_, raw, reason) => {
    const m = memory();
    setBackingStorage(m);
    m.map.set('qaryatayn.test.counter', raw);
    expect(counter.load()).toEqual({
      status: 'set-aside',
      reason,
      backupKey: 'qaryatayn.test.counter.set-aside',
    });
    expect(m.map.get('qaryatayn.test.counter.set-aside')).toBe(raw);
    expect(m.map.has('qaryatayn.test.counter')).toBe(false);
  });

  it('reports a full storage instead of throwing', () => {
    setBackingStorage(memory({ quota: 10 }));
    expect(counter.save({ count: 123456 })).toEqual({ ok: false, reason: 'full' });
  });

  it('reports unavailable storage (private mode, blocked) for load and save', () => {
    setBackingStorage(null);
    expect(counter.load()).toEqual({ status: 'unavailable' });
    expect(counter.save({ count: 1 })).toEqual({ ok: false, reason: 'unavailable' });
  });

  it('treats a storage that throws on read as unavailable', () => {
    setBackingStorage(memory({ throwOnRead: true }));
    expect(counter.load()).toEqual({ status: 'unavailable' });
  });
});

describe('listKeys() and eraseAll()', () => {
  it('find and remove only this app’s keys', () => {
    const m = memory();
    setBackingStorage(m);
    m.map.set('other.app', '1');
    counter.save({ count: 1 });
    prefsStore.save({ theme: 'dark', textScale: 1, showTranslation: false });
    expect(listKeys()).toEqual(['qaryatayn.prefs', 'qaryatayn.test.counter']);
    eraseAll();
    expect([...m.map.keys()]).toEqual(['other.app']);
  });
});

describe('checkPrefs(x)', () => {
  it.each([
    [{}, { theme: 'system', textScale: 1, showTranslation: false }],
    [
      { lang: 'en', theme: 'dark', textScale: 1.5 },
      { lang: 'en', theme: 'dark', textScale: 1.5, showTranslation: false },
    ],
  ])('accepts %j', (x, out) => expect(checkPrefs(x)).toEqual(out));

  it.each([
    [null],
    [[]],
    [{ lang: 'fr' }],
    [{ theme: 'pink' }],
    [{ textScale: 9 }],
    [{ showTranslation: 'yes' }],
  ])('rejects %j', (x) => expect(checkPrefs(x)).toBeUndefined());
});
