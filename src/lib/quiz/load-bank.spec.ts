import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bankData } from './build-bank';

// Fresh modules for every test: the bank starts empty, as in a browser that just opened a page.
async function fresh() {
  vi.resetModules();
  const bank = await import('./bank');
  const { loadBank, BANK_URL } = await import('./load-bank');
  return { bank, loadBank, BANK_URL };
}

const built = bankData();
const respond = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

describe('loadBank(fetcher)', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('installs what /data/quiz.json holds, once', async () => {
    const { bank, loadBank, BANK_URL } = await fresh();
    expect(bank.bankReady()).toBe(false);
    const fetcher = vi.fn(() => respond(built));
    expect(await Promise.all([loadBank(fetcher), loadBank(fetcher)])).toEqual([true, true]);
    expect(await loadBank(fetcher)).toBe(true);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(BANK_URL);
    expect(bank.allQuestionIds()).toEqual(built.questions.map((q) => q.id));
    const q = built.questions[0];
    expect(bank.questionById(q.id)).toEqual(q);
    expect(bank.citedSentence(q.sentences[0])?.ar).toBe(built.sentences[q.sentences[0]].ar);
  });

  it('says false when offline, and tries again on the next call', async () => {
    const { bank, loadBank } = await fresh();
    const fetcher = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(() => respond(built));
    expect(await loadBank(fetcher)).toBe(false);
    expect(bank.bankReady()).toBe(false);
    expect(await loadBank(fetcher)).toBe(true);
    expect(bank.bankReady()).toBe(true);
  });

  it.each([
    ['a 404', () => respond({ error: 'not found' }, 404)],
    ['not JSON', () => Promise.resolve(new Response('<html>offline</html>'))],
    ['an empty bank', () => respond({ questions: [], sentences: {} })],
    ['questions without ids', () => respond({ questions: [{}], sentences: {} })],
    ['no sentences', () => respond({ questions: built.questions })],
  ])('says false for %s and installs nothing', async (_, answer) => {
    const { bank, loadBank } = await fresh();
    expect(await loadBank(answer)).toBe(false);
    expect(bank.bankReady()).toBe(false);
    expect(bank.questionById(built.questions[0].id)).toBeUndefined();
  });
});
