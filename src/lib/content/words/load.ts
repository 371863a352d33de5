import { decodeNotes, decodeWords, WordsDataError } from './compact';
import { indexWords, type WordIndex } from './index';
import type { Lang } from '$lib/i18n/lang';
import { words as strings } from '$lib/i18n/strings/words';

/** Where the built word layer is served from (prerendered; precached for offline use). */
export const WORDS_URL = '/data/words.json';
export const WORD_NOTES_URL = '/data/word-notes.json';

/**
 * Why the words could not be had: `offline` (the device is offline and the app was not cached yet),
 * `http` (the server answered with an error), `damaged` (what came is not a words file: a broken cache
 * or a cut download). `wordsErrorText` in the strings says each in the user's language.
 */
export type WordsFailure = 'offline' | 'http' | 'damaged';

export class WordsLoadError extends Error {
  override name = 'WordsLoadError';
  constructor(
    readonly reason: WordsFailure,
    message: string,
  ) {
    super(message);
  }
}

const FAILURE_TEXT = { offline: 'failedOffline', http: 'failedHttp', damaged: 'failedDamaged' } as const;

/** What to tell the user when `loadWords` failed, in their language (any other error reads as damaged). */
export function wordsErrorText(e: unknown, lang: Lang): string {
  return strings[lang][FAILURE_TEXT[e instanceof WordsLoadError ? e.reason : 'damaged']];
}

async function fetchJson(url: string, fetcher: typeof fetch): Promise<unknown> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (e) {
    // fetch rejects only when no answer came at all: no network, and no cached copy.
    throw new WordsLoadError('offline', `${url}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!res.ok) throw new WordsLoadError('http', `${url}: HTTP ${res.status}`);
  try {
    return await res.json();
  } catch {
    throw new WordsLoadError('damaged', `${url}: not JSON`);
  }
}

/** Runs a decoder, turning its refusal into a `damaged` load error. */
function checked<T>(decode: () => T): T {
  try {
    return decode();
  } catch (e) {
    if (e instanceof WordsDataError) throw new WordsLoadError('damaged', e.message);
    throw e;
  }
}

/** Fetches, checks and indexes the words, every call (at prerender, where nothing is kept between pages). */
export async function fetchWords(fetcher: typeof fetch = fetch): Promise<WordIndex> {
  const data = await fetchJson(WORDS_URL, fetcher);
  return checked(() => indexWords(decodeWords(data)));
}

let words: Promise<WordIndex> | undefined;
let ready: WordIndex | undefined;

/**
 * The article's words, fetched once per page load and shared by every caller (the reader's first tap,
 * its idle preload, the vowels switch, the words page). A failure is not kept: the next call tries again.
 */
export function loadWords(fetcher: typeof fetch = fetch): Promise<WordIndex> {
  if (ready) return Promise.resolve(ready);
  return (words ??= fetchWords(fetcher).then(
    (ix) => (ready = ix),
    (e: unknown) => {
      words = undefined;
      throw e;
    },
  ));
}

/** The words if they have loaded already (a tap can then open its card in the same task), else undefined. */
export function loadedWords(): WordIndex | undefined {
  return ready;
}

let notes: Promise<Map<string, string>> | undefined;

/** The words' notes, keyed by `wordFragment`, fetched once like the words; a failure is not kept. */
export function loadWordNotes(fetcher: typeof fetch = fetch): Promise<Map<string, string>> {
  return (notes ??= fetchJson(WORD_NOTES_URL, fetcher)
    .then((data) => checked(() => decodeNotes(data)))
    .catch((e: unknown) => {
      notes = undefined;
      throw e;
    }));
}
