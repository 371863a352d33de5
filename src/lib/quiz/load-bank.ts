import { createBank, type Bank, type BankData } from './bank';

/** Where the built bank is served from; the quiz, teach and results pages preload it. */
export const BANK_URL = '/data/quiz.json';

let loading: Promise<Bank | null> | null = null;

function looksLikeBank(x: unknown): x is BankData {
  const d = x as BankData | null;
  return (
    !!d &&
    Array.isArray(d.questions) &&
    d.questions.length > 0 &&
    d.questions.every((q) => typeof q?.id === 'string') &&
    typeof d.sentences === 'object' &&
    d.sentences !== null
  );
}

/**
 * The question bank, fetched once per page load (the service worker answers from its cache offline):
 * what the page passes to everything that looks questions up. Resolves null when it cannot be had
 * (offline before the app was ever cached); a later call tries again.
 */
export function loadBank(fetcher: typeof fetch = fetch): Promise<Bank | null> {
  loading ??= fetcher(BANK_URL)
    .then((r) => (r.ok ? r.json() : null))
    .then((data: unknown) => (looksLikeBank(data) ? createBank(data) : null))
    .catch(() => null)
    .then((bank) => {
      if (!bank) loading = null;
      return bank;
    });
  return loading;
}

/**
 * What a page that works on the bank opens with: the bank, and the part of the page that uses it
 * (`view`, imported on demand), loaded side by side. Resolves only once both are there, so the view
 * is given the bank it reads links and answers against; null when either cannot be had (a later call
 * tries again).
 */
export async function withBank<V>(
  view: () => Promise<V>,
  fetcher: typeof fetch = fetch,
): Promise<{ bank: Bank; view: V } | null> {
  const [bank, loaded] = await Promise.all([loadBank(fetcher), view().catch(() => null)]);
  return bank && loaded ? { bank, view: loaded } : null;
}
