/*
 * Result links found in any text a teacher pastes (a chat export, an email, a spreadsheet column) or
 * in a scanned QR code. Only this app's own result links are read: `<this host>/<ar|en>/results#<code>`,
 * with or without the scheme. Everything else in the text is left alone; a result link of another
 * host (another copy of the app) is noted, never read.
 *
 * What texts do to links, and what is undone here:
 * - run together with no space between them, or with another link: a code ends where the next link
 *   starts;
 * - wrapped by a mail client at a fixed width, anywhere in the link (a line break, maybe a
 *   quoted-printable `=` before it or quote markers `>` after it): lines are joined, and a code that
 *   runs into the next line is cut where that line starts unless only the whole reads (its CRC tells);
 * - escaped in a JSON export (`https:\/\/…`), or with the `#` percent-encoded (`%23`);
 * - followed by punctuation or markup (`.`, `)`, `|`, `>`, `_`): it ends the code.
 */

export type FoundLink =
  /** A result link of this app, `line` counted from 1 where the link starts. */
  | { kind: 'ours'; code: string; line: number }
  /** A result link of another host: not read. */
  | { kind: 'foreign'; host: string; line: number };

const CODE_RUN = /[A-Za-z0-9_-]*/y;
/** A line break, with a quoted-printable soft break's `=` before it and quote markers after it. */
const BREAK = /=?\r?\n[ \t>]*/g;
const FOREIGN = /https?:\/\/([a-z0-9.-]+(?::\d+)?)\/(?:ar|en)\/results\/?(?:#|%23)/gi;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The host (name and port) of an origin, lower case: `https://Example.org` → `example.org`. */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return origin.replace(/^[a-z]+:\/\//i, '').toLowerCase();
  }
}

function ourPattern(host: string, path: 'results' | 'quiz'): RegExp {
  return new RegExp(`(?:https?://)?${escapeRegExp(host)}/(?:ar|en)/${path}/?(?:#|%23)`, 'gi');
}

/**
 * The text with its line breaks taken out, so a link a mail client wrapped is whole again, and
 * where each line now starts (`starts[i]` is where line i + 2 begins).
 */
function flatten(text: string): { flat: string; starts: number[] } {
  let flat = '';
  const starts: number[] = [];
  let last = 0;
  for (const m of text.matchAll(BREAK)) {
    flat += text.slice(last, m.index);
    starts.push(flat.length);
    last = m.index + m[0].length;
  }
  return { flat: flat + text.slice(last), starts };
}

/** How many of the sorted numbers are ≤ x. */
function countUpTo(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The code of a link whose code starts at `at` in the flattened text: its run of code characters,
 * stopped at `limit` (the next link) and before an `http(s)://` run into it. The run may have taken
 * in the start of the next line: it is cut at each line start in turn, and the first piece that
 * reads is the code (a wrapped code reads only when whole, a code followed by a word only alone).
 * When none reads, the piece on the link's own line (then reported as damaged).
 */
function codeAt(
  flat: string,
  starts: number[],
  at: number,
  limit: number,
  readable: (code: string) => boolean,
): string {
  CODE_RUN.lastIndex = at;
  let run = CODE_RUN.exec(flat)![0];
  if (at + run.length > limit) run = run.slice(0, limit - at);
  if (flat.startsWith('://', at + run.length)) run = run.replace(/https?$/i, '');
  const cuts = starts.filter((p) => p > at && p < at + run.length).map((p) => p - at);
  const pieces = [...cuts.map((n) => run.slice(0, n)), run];
  for (const piece of pieces) if (readable(piece)) return piece;
  // Markup around a link (`_…_`): a code never ends in a partial base64 group of one character.
  for (const piece of pieces) {
    const trimmed = piece.replace(/[_-]+$/, '');
    if (trimmed !== piece && readable(trimmed)) return trimmed;
  }
  return pieces[0];
}

/**
 * Every result link in `text`, in order, this app's (`origin`) and other hosts'. `readable` tells a
 * code that decodes (a valid result: `decodeResultLink(code, bank).ok`); it is only used to mend
 * wrapped and marked-up links.
 */
export function findResultLinks(
  text: string,
  origin: string,
  readable: (code: string) => boolean,
): FoundLink[] {
  // JSON exports escape slashes. Line breaks are taken out (see flatten), lines still counted.
  const { flat, starts } = flatten(text.replace(/\\\//g, '/'));
  const host = hostOf(origin);
  type Hit = { at: number; end: number; host: string | null };
  const hits: Hit[] = [];
  for (const m of flat.matchAll(ourPattern(host, 'results'))) {
    const at = m.index;
    // Part of a longer host or of another link's path (`www.example.org/…`, `other.org/example.org/…`).
    if (!/^https?:/i.test(m[0]) && at > 0 && /[.\-/@:]/.test(flat[at - 1])) continue;
    hits.push({ at, end: at + m[0].length, host: null });
  }
  for (const m of flat.matchAll(FOREIGN)) {
    const h = m[1].toLowerCase();
    if (h !== host) hits.push({ at: m.index, end: m.index + m[0].length, host: h });
  }
  hits.sort((a, b) => a.at - b.at);

  return hits.map((hit, i): FoundLink => {
    const line = countUpTo(starts, hit.at) + 1;
    if (hit.host !== null) return { kind: 'foreign', host: hit.host, line };
    const limit = i + 1 < hits.length ? hits[i + 1].at : flat.length;
    return { kind: 'ours', code: codeAt(flat, starts, hit.end, limit, readable), line };
  });
}

/** What a scanned QR code holds. */
export type Scanned =
  { kind: 'result'; code: string } | { kind: 'foreign'; host: string } | { kind: 'quiz' } | { kind: 'other' };

/** Reads the text of a scanned QR code: a result link of this app, of another host, a quiz link, or else. */
export function readScanned(text: string, origin: string): Scanned {
  const first = findResultLinks(text, origin, () => true)[0];
  if (first?.kind === 'ours') return { kind: 'result', code: first.code };
  if (first?.kind === 'foreign') return { kind: 'foreign', host: first.host };
  if (ourPattern(hostOf(origin), 'quiz').test(text)) return { kind: 'quiz' };
  return { kind: 'other' };
}
