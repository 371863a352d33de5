import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setBackingStorage } from '$lib/storage/store';
import { MemoryStorage } from '$lib/storage/memory-storage';
import { recordMissed, saveWord } from '$lib/storage/review';
import { articleWords } from '$lib/content/words/all';
import { encodeWords } from '$lib/content/words/compact';
import { createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { ANKI_FILE_NAME } from '$lib/review/anki';
import { ankiFileOfDeck, exportMessage } from './export';

const bank = createBank(bankData());
const clock = { now: Date.UTC(2026, 7, 3, 15), offset: 180 };
const words = encodeWords(articleWords());
const ok = () => Promise.resolve(new Response(JSON.stringify(words)));
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

beforeEach(() => setBackingStorage(new MemoryStorage()));
afterEach(() => setBackingStorage(undefined));

describe('ankiFileOfDeck(lang, bank, fetcher)', () => {
  it('an empty deck: no file, and why', async () => {
    expect(await ankiFileOfDeck('en', bank, vi.fn(ok))).toEqual({ ok: false, reason: 'empty' });
  });

  it('question cards need no words: no fetch', async () => {
    recordMissed('who-said.q-zakharova', clock);
    const fetcher = vi.fn(offline);
    const r = await ankiFileOfDeck('ar', bank, fetcher);
    expect(r).toMatchObject({ ok: true, notes: 1, skipped: 0, file: ANKI_FILE_NAME });
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('word cards load the words first; offline before they were ever cached, it says so', async () => {
    recordMissed('who-said.q-zakharova', clock);
    saveWord('p1.s1.w0', clock);
    expect(await ankiFileOfDeck('en', bank, vi.fn(offline))).toEqual({ ok: false, reason: 'not-loaded' });
    const r = await ankiFileOfDeck('en', bank, vi.fn(ok));
    if (!r.ok) throw new Error(r.reason);
    expect(r.notes).toBe(2);
    expect(r.text).toContain('أَفَادَ\tsaid, reported\t');
  });
});

describe('exportMessage(outcome, lang)', () => {
  it('names the file and counts the cards, and the ones left out; says why there is no file', () => {
    const made = { ok: true as const, text: '', notes: 3, skipped: 1, file: ANKI_FILE_NAME };
    expect(exportMessage(made, 'en')).toBe(
      `Saved to ${ANKI_FILE_NAME}: 3 cards. Left out, as they come from another version of the app: 1 card.`,
    );
    expect(exportMessage({ ...made, skipped: 0 }, 'ar')).toContain(ANKI_FILE_NAME);
    expect(exportMessage({ ok: false, reason: 'empty' }, 'ar')).toBe('مجموعتك فارغة، فلا شيء لتنزيله بعد.');
    expect(exportMessage({ ok: false, reason: 'not-loaded' }, 'en')).toMatch(/could not be made/);
    expect(exportMessage({ ok: false, reason: 'unknown' }, 'en')).toMatch(/cannot read/);
  });
});
