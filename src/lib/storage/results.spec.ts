import { afterEach, describe, expect, it } from 'vitest';
import type { StoredResult } from '$lib/share/class-list';
import { setBackingStorage } from './store';
import { MemoryStorage } from './memory-storage';
import { resultsStore } from './results';

const memory = () => new MemoryStorage();

afterEach(() => setBackingStorage(undefined));

describe('resultsStore', () => {
  it('loads back a long list it saved (years of classes), never setting it aside', () => {
    setBackingStorage(memory());
    const list: StoredResult[] = Array.from({ length: 5000 }, (_, i) => ({
      quiz: 'AQICAASE',
      name: `Student ${i}`,
      answers: [0, null],
      finishedAt: i * 60_000,
      durationSec: 300,
      receivedAt: i,
    }));
    expect(resultsStore.save(list)).toEqual({ ok: true });
    const back = resultsStore.load();
    expect(back.status).toBe('ok');
    expect(back.status === 'ok' && back.value).toHaveLength(5000);
  });
});
