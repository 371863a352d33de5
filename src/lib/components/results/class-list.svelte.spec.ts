import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resultKey, type StoredResult } from '$lib/share/class-list';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { setBackingStorage } from '$lib/storage/store';
import { ClassList } from './class-list.svelte';

const KEY = 'qaryatayn.results';
const result = (name: string, finishedAt: number): StoredResult => ({
  quiz: 'AQICAASE',
  name,
  answers: [0, null],
  finishedAt,
  durationSec: 300,
  receivedAt: finishedAt + 1,
});
const [ALI, HUDA] = [result('Ali', 60_000), result('Huda', 120_000)];

let mem: MemoryStorage;
beforeEach(() => {
  mem = new MemoryStorage();
  setBackingStorage(mem);
});
afterEach(() => setBackingStorage(undefined));

const kept = (): StoredResult[] => JSON.parse(mem.getItem(KEY)!).data;

describe('ClassList', () => {
  it('load() takes up the list kept on the device, once', () => {
    new ClassList().save([ALI, HUDA]);
    const list = new ClassList();
    expect(list.load()).toBe('ok');
    expect(list.list).toEqual([ALI, HUDA]);
    // A later call (the page arriving again) keeps what is shown, even if the device changed since.
    mem.removeItem(KEY);
    expect(list.load()).toBeNull();
    expect(list.list).toEqual([ALI, HUDA]);
  });

  it('load() on a device with nothing kept says empty and shows an empty list', () => {
    const list = new ClassList();
    expect(list.load()).toBe('empty');
    expect(list.list).toEqual([]);
  });

  it('load() says set-aside when what was kept cannot be read, and starts empty', () => {
    mem.setItem(KEY, '{not json');
    const list = new ClassList();
    expect(list.load()).toBe('set-aside');
    expect(list.list).toEqual([]);
  });

  it('save(next) shows the list and keeps it; false when the device is full, the list still shown', () => {
    const list = new ClassList();
    expect(list.save([ALI])).toBe(true);
    expect(kept()).toEqual([ALI]);
    setBackingStorage(new MemoryStorage({ quota: 10 }));
    expect(list.save([ALI, HUDA])).toBe(false);
    expect(list.list).toEqual([ALI, HUDA]);
  });

  it('remove(keys) takes out those results only, and keeps the rest', () => {
    const list = new ClassList();
    list.save([ALI, HUDA]);
    expect(list.remove([resultKey(ALI)])).toBe(true);
    expect(list.list).toEqual([HUDA]);
    expect(kept()).toEqual([HUDA]);
  });
});
