import { afterEach, describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { backing, defineStore, eraseAll, listKeys, onNewerData, setBackingStorage } from './store';
import { MemoryStorage } from './memory-storage';
import { checkPrefs, prefsStore } from './prefs';

const memory = (opts: { quota?: number; throwOnRead?: boolean } = {}) => new MemoryStorage(opts);

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

  it('keeps the last three set-aside copies, newest first, dropping the oldest', () => {
    const m = memory();
    setBackingStorage(m);
    for (const raw of ['{one', '{two', '{three', '{four']) {
      m.map.set('qaryatayn.test.counter', raw);
      expect(counter.load()).toMatchObject({
        status: 'set-aside',
        backupKey: 'qaryatayn.test.counter.set-aside',
      });
    }
    expect(m.map.get('qaryatayn.test.counter.set-aside')).toBe('{four');
    expect(m.map.get('qaryatayn.test.counter.set-aside.2')).toBe('{three');
    expect(m.map.get('qaryatayn.test.counter.set-aside.3')).toBe('{two');
    expect([...m.map.keys()].filter((k) => k.includes('set-aside'))).toHaveLength(3);
  });

  it('leaves data from a newer version untouched, refuses to write over it, and says so', () => {
    const m = memory();
    setBackingStorage(m);
    const raw = JSON.stringify({ v: 9, data: { count: 'a shape this version does not know' } });
    m.map.set('qaryatayn.test.counter', raw);
    let told = 0;
    const stop = onNewerData(() => told++);
    expect(counter.load()).toEqual({ status: 'newer' });
    expect(counter.save({ count: 1 })).toEqual({ ok: false, reason: 'newer' });
    stop();
    expect(m.map.get('qaryatayn.test.counter')).toBe(raw);
    expect([...m.map.keys()]).toEqual(['qaryatayn.test.counter']);
    expect(told).toBe(2);
    // An older or equal version is still written over as usual.
    m.map.set('qaryatayn.test.counter', JSON.stringify({ v: 2, data: { count: 5 } }));
    expect(counter.save({ count: 6 })).toEqual({ ok: true });
  });

  it('probes the device storage once per page, not at every load and save', () => {
    const m = memory();
    const writes: string[] = [];
    const spy = {
      ...m,
      length: 0,
      key: m.key.bind(m),
      getItem: m.getItem.bind(m),
      removeItem: m.removeItem.bind(m),
      setItem: (k: string, val: string) => {
        writes.push(k);
        m.setItem(k, val);
      },
    };
    const g = globalThis as { window?: unknown };
    g.window = { localStorage: spy };
    try {
      setBackingStorage(undefined);
      expect(backing()).toBe(spy);
      counter.save({ count: 1 });
      counter.load();
      counter.save({ count: 2 });
      expect(writes).toEqual(['qaryatayn.probe', 'qaryatayn.test.counter', 'qaryatayn.test.counter']);
    } finally {
      delete g.window;
      setBackingStorage(undefined);
    }
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
    prefsStore.save({
      theme: 'dark',
      textScale: 1,
      showTranslation: false,
      vowels: false,
      slowSpeech: false,
    });
    expect(listKeys()).toEqual(['qaryatayn.prefs', 'qaryatayn.test.counter']);
    eraseAll();
    expect([...m.map.keys()]).toEqual(['other.app']);
  });
});

describe('checkPrefs(x)', () => {
  it.each([
    [{}, { theme: 'system', textScale: 1, showTranslation: false, vowels: false, slowSpeech: false }],
    [
      { lang: 'en', theme: 'dark', textScale: 1.5 },
      { lang: 'en', theme: 'dark', textScale: 1.5, showTranslation: false, vowels: false, slowSpeech: false },
    ],
    // Preferences stored before the vowels switch existed load with it off; a stored choice is kept.
    [
      { theme: 'light', textScale: 1, showTranslation: true },
      { theme: 'light', textScale: 1, showTranslation: true, vowels: false, slowSpeech: false },
    ],
    [
      { vowels: true },
      { theme: 'system', textScale: 1, showTranslation: false, vowels: true, slowSpeech: false },
    ],
    [
      { slowSpeech: true },
      { theme: 'system', textScale: 1, showTranslation: false, vowels: false, slowSpeech: true },
    ],
  ])('accepts %j', (x, out) => expect(checkPrefs(x)).toEqual(out));

  it.each([
    [null],
    [[]],
    [{ lang: 'fr' }],
    [{ theme: 'pink' }],
    [{ textScale: 9 }],
    [{ showTranslation: 'yes' }],
    [{ vowels: 1 }],
    [{ slowSpeech: 'slow' }],
  ])('rejects %j', (x) => expect(checkPrefs(x)).toBeUndefined());
});
