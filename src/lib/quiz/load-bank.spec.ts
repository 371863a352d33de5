import { beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeQuizLink, encodeQuizLink } from '$lib/share/quiz-link';
import type { QuizConfig } from './types';
import { bankData } from './build-bank';

// Fresh modules for every test: nothing fetched yet, as in a browser that just opened a page.
async function fresh() {
  vi.resetModules();
  const { loadBank, withBank, BANK_URL } = await import('./load-bank');
  return { loadBank, withBank, BANK_URL };
}

const built = bankData();
const respond = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status }));

/** A fetch that answers only when the test says so: the bank still on its way. */
function slowFetch() {
  let release = () => {};
  const fetcher = vi.fn(
    () =>
      new Promise<Response>((resolve) => {
        release = () => resolve(new Response(JSON.stringify(built)));
      }),
  );
  return { fetcher, release: () => release() };
}

/** A teacher's quiz, as a link made before this test ran would carry it. */
const quiz: QuizConfig = {
  questionIds: [built.questions[4].id, built.questions[0].id, built.questions[17].id],
  order: 'fixed',
  lang: 'en',
  mode: 'exam',
  title: 'Week 3',
};
const code = encodeQuizLink(quiz);

describe('loadBank(fetcher)', () => {
  beforeEach(() => vi.restoreAllMocks());

  it('gives the bank /data/quiz.json holds, fetched once', async () => {
    const { loadBank, BANK_URL } = await fresh();
    const fetcher = vi.fn(() => respond(built));
    expect(fetcher).not.toHaveBeenCalled();
    const [a, b] = await Promise.all([loadBank(fetcher), loadBank(fetcher)]);
    expect(a).not.toBeNull();
    expect(b).toBe(a);
    expect(await loadBank(fetcher)).toBe(a);
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(fetcher).toHaveBeenCalledWith(BANK_URL);
    const bank = a!;
    expect(bank.all.map((q) => q.id)).toEqual(built.questions.map((q) => q.id));
    const q = built.questions[0];
    expect(bank.byId(q.id)).toEqual(q);
    expect(bank.sentence(q.sentences[0])?.ar).toBe(built.sentences[q.sentences[0]].ar);
  });

  it('says null when offline, and tries again on the next call', async () => {
    const { loadBank } = await fresh();
    const fetcher = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(() => respond(built));
    expect(await loadBank(fetcher)).toBeNull();
    const bank = await loadBank(fetcher);
    expect(bank?.all.length).toBe(built.questions.length);
  });

  it.each([
    ['a 404', () => respond({ error: 'not found' }, 404)],
    ['not JSON', () => Promise.resolve(new Response('<html>offline</html>'))],
    ['an empty bank', () => respond({ questions: [], sentences: {} })],
    ['questions without ids', () => respond({ questions: [{}], sentences: {} })],
    ['no sentences', () => respond({ questions: built.questions })],
  ])('says null for %s', async (_, answer) => {
    const { loadBank } = await fresh();
    expect(await loadBank(answer)).toBeNull();
  });
});

describe('withBank(view, fetcher): how a page opens a link', () => {
  it('a link opened while the bank is still on its way is read once it has come, never as "unknown question"', async () => {
    const { withBank } = await fresh();
    const { fetcher, release } = slowFetch();
    // The quiz page: the part that reads the link (its code), and the bank, side by side.
    const opening = withBank(() => import('$lib/share/fragment'), fetcher);
    let opened = false;
    void opening.then(() => (opened = true));
    await vi.dynamicImportSettled();
    await new Promise((r) => setTimeout(r, 10));
    // The link's code is here; the bank is not, so nothing can read the link yet.
    expect(fetcher).toHaveBeenCalledTimes(1);
    expect(opened).toBe(false);
    release();
    const got = await opening;
    expect(got).not.toBeNull();
    const { bank, view } = got!;
    expect(view.quizFromFragment(`#${code}`, bank)).toEqual({
      kind: 'linked',
      config: quiz,
      code,
      slot: view.slotOfCode(code),
    });
  });

  it('gives nothing when the bank cannot be had, and a later call tries again', async () => {
    const { withBank } = await fresh();
    const fetcher = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockImplementation(() => respond(built));
    const view = () => import('$lib/share/fragment');
    expect(await withBank(view, fetcher)).toBeNull();
    const got = await withBank(view, fetcher);
    expect(got && decodeQuizLink(code, got.bank)).toEqual({ ok: true, value: quiz });
  });

  it('gives nothing when the view cannot load (offline before the app was cached)', async () => {
    const { withBank } = await fresh();
    const failing = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    expect(await withBank(failing, () => respond(built))).toBeNull();
  });

  it('a link cannot be decoded without a bank: the types say so', () => {
    // @ts-expect-error: a quiz link is read against the bank the page loaded, never without one.
    expect(() => decodeQuizLink(code)).toThrow(TypeError);
  });
});
