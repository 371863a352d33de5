import { beforeEach, describe, expect, it, vi } from 'vitest';
import { articleWords } from './all';
import { encodeNotes, encodeWords } from './compact';

// Fresh modules for every test: nothing loaded yet, as in a browser that just opened a page.
async function fresh() {
  vi.resetModules();
  return await import('./load');
}

const built = encodeWords(articleWords());
const notes = encodeNotes(articleWords());
const respond = (body: unknown, status = 200) =>
  Promise.resolve(new Response(typeof body === 'string' ? body : JSON.stringify(body), { status }));

describe('loadWords(fetcher)', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('fetches /data/words.json once, checks and indexes it, and shares it with every caller', async () => {
    const { loadWords, loadedWords, WORDS_URL } = await fresh();
    const fetcher = vi.fn(() => respond(built));
    expect(loadedWords()).toBeUndefined();
    const [a, b] = await Promise.all([loadWords(fetcher), loadWords(fetcher)]);
    expect(a).toBe(b);
    expect(await loadWords(fetcher)).toBe(a);
    expect(loadedWords()).toBe(a);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(WORDS_URL);
    expect(a.all).toHaveLength(articleWords().all.length);
  });

  it('says offline when no answer comes, and tries again on the next call', async () => {
    const { loadWords, loadedWords, WordsLoadError } = await fresh();
    const fetcher = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(() => respond(built));
    await expect(loadWords(fetcher)).rejects.toMatchObject({ reason: 'offline' });
    await expect(loadWords(vi.fn(() => Promise.reject(new TypeError('x'))))).rejects.toBeInstanceOf(
      WordsLoadError,
    );
    expect(loadedWords()).toBeUndefined();
    expect((await loadWords(fetcher)).all.length).toBeGreaterThan(400);
  });

  it.each([
    ['a 404', () => respond({ error: 'not found' }, 404), 'http'],
    ['not JSON (an HTML page from a broken cache)', () => respond('<html>offline</html>'), 'damaged'],
    ['JSON of another shape', () => respond({ questions: [] }), 'damaged'],
    ['a file cut short', () => respond(JSON.stringify(built).slice(0, 5000)), 'damaged'],
    [
      'a words file with a sentence missing',
      () => respond({ ...built, s: built.s.slice(1, 2).concat([[built.s[0][0], built.s[0][1], []]]) }),
      'damaged',
    ],
  ])('refuses %s (%s) and keeps nothing', async (_, answer, reason) => {
    const { loadWords, loadedWords } = await fresh();
    await expect(loadWords(answer)).rejects.toMatchObject({ reason });
    expect(loadedWords()).toBeUndefined();
  });
});

describe('wordsErrorText(e, lang)', () => {
  it('says why in the user’s language, and reads any other error as damaged', async () => {
    const { wordsErrorText, WordsLoadError } = await fresh();
    const { words } = await import('$lib/i18n/strings/words');
    for (const lang of ['ar', 'en'] as const) {
      expect(wordsErrorText(new WordsLoadError('offline', ''), lang)).toBe(words[lang].failedOffline);
      expect(wordsErrorText(new WordsLoadError('http', ''), lang)).toBe(words[lang].failedHttp);
      expect(wordsErrorText(new WordsLoadError('damaged', ''), lang)).toBe(words[lang].failedDamaged);
      expect(wordsErrorText(new Error('?'), lang)).toBe(words[lang].failedDamaged);
    }
  });
});

describe('loadWordNotes(fetcher)', () => {
  it('fetches the notes once and keys them by word fragment; a failure is not kept', async () => {
    const { loadWordNotes, WORD_NOTES_URL } = await fresh();
    const fetcher = vi
      .fn<typeof fetch>()
      .mockImplementationOnce(() => respond('{"v":1,"n":{"bad":"x"}}'))
      .mockImplementation(() => respond(notes));
    await expect(loadWordNotes(fetcher)).rejects.toMatchObject({ reason: 'damaged' });
    const n = await loadWordNotes(fetcher);
    expect(await loadWordNotes(fetcher)).toBe(n);
    expect(fetcher).toHaveBeenCalledTimes(2);
    expect(fetcher).toHaveBeenLastCalledWith(WORD_NOTES_URL);
    expect(n.get('h1.s1.w0')).toMatch(/mīmī masdar/);
  });
});
