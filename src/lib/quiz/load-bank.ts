import { bankReady, installBank, type BankData } from './bank';

/** Where the built bank is served from; the quiz, teach and results pages preload it. */
export const BANK_URL = '/data/quiz.json';

let loading: Promise<boolean> | null = null;

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
 * Loads the question bank once per page load (the service worker answers from its cache offline) and
 * installs it. Resolves false when it cannot be had (offline before the app was ever cached); a later
 * call tries again.
 */
export function loadBank(fetcher: typeof fetch = fetch): Promise<boolean> {
  if (bankReady()) return Promise.resolve(true);
  loading ??= fetcher(BANK_URL)
    .then((r) => (r.ok ? r.json() : null))
    .then((data: unknown) => {
      if (!looksLikeBank(data)) return false;
      installBank(data);
      return true;
    })
    .catch(() => false)
    .then((ok) => {
      if (!ok) loading = null;
      return ok;
    });
  return loading;
}
