import type { Lang } from '$lib/i18n/lang';
import { count } from '$lib/i18n/count';
import { fill } from '$lib/i18n/strings';
import { anki } from '$lib/i18n/strings/anki';
import type { Bank } from '$lib/quiz/bank';
import { parseWordFragment, wordAt, type WordIndex } from '$lib/content/words';
import { loadWords } from '$lib/content/words/load';
import { ANKI_FILE_NAME, ankiExport, type AnkiExport } from '$lib/review/anki';
import { readDeck } from '$lib/storage/review';

/** What the export button reports: the file and its notes, or why there is no file. */
export type ExportOutcome =
  | (Extract<AnkiExport, { ok: true }> & { file: string })
  | Extract<AnkiExport, { ok: false }>
  | { ok: false; reason: 'not-loaded' };

/**
 * The deck as stored now, as an Anki file, its questions from the page's `bank`: loads the words first
 * (from the cache or the network) when the deck has word cards. Loaded, the word layer also gives the
 * sentences.
 */
export async function ankiFileOfDeck(
  lang: Lang,
  bank: Bank,
  fetcher: typeof fetch = fetch,
): Promise<ExportOutcome> {
  const { deck } = readDeck();
  if (deck.length === 0) return { ok: false, reason: 'empty' };
  let words: WordIndex | undefined;
  try {
    if (deck.some((c) => c.key.startsWith('w:'))) words = await loadWords(fetcher);
  } catch {
    return { ok: false, reason: 'not-loaded' };
  }
  const made = ankiExport(
    deck,
    {
      question: (id) => bank.byId(id),
      sentence: (id) => bank.sentence(id)?.ar ?? words?.bySentence.get(id)?.text,
      word: (id) => {
        const ref = parseWordFragment(id);
        return ref && words ? wordAt(words, ref) : undefined;
      },
    },
    lang,
  );
  return made.ok ? { ...made, file: ANKI_FILE_NAME } : made;
}

/** Offers `text` as a file download, made on the device (works offline, nothing is sent). */
export function offerDownload(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers read the blob after click() returns; let them finish first.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** What to tell the student about an export, in their language. */
export function exportMessage(o: ExportOutcome, lang: Lang): string {
  const s = anki[lang];
  if (!o.ok) return s[o.reason === 'not-loaded' ? 'notLoaded' : o.reason];
  const done = fill(s.done, { file: o.file, cards: count(o.notes, 'card', lang) });
  return o.skipped ? `${done} ${fill(s.skipped, { cards: count(o.skipped, 'card', lang) })}` : done;
}
