import type { Lang } from '$lib/i18n/lang';
import type { Bank } from '$lib/quiz/bank';
import { fill } from '$lib/i18n/strings';
import { collect } from '$lib/i18n/strings/collect';
import { formatNumber } from '$lib/i18n/format';
import { countPhrase } from '$lib/i18n/count';
import type { StoredResult } from './class-list';
import { changed, receiveCode } from './receive';
import { decodeResultLink } from './result-link';
import { findResultLinks } from './result-links';

/*
 * "Paste results": every result link in a pasted text goes to the class list through `receiveCode`,
 * as if each had been opened, and the teacher gets one report: "28 added, 1 already in the list,
 * 1 damaged (line 14)".
 */

export type PasteReport = {
  /** Result links of this app read from the text (each distinct link once). */
  found: number;
  /** Names of the students added, in the order of the text. */
  added: string[];
  /** Unnamed results in the list that a pasted link named. */
  named: number;
  already: number;
  /** Lines of the links that could not be read. */
  damaged: number[];
  /** Lines of the links made by a newer version of the app. */
  newer: number[];
  /** Lines of the result links of another host. */
  foreign: number[];
};

/** Adds every result link of `text` to `list`; the same link twice in the text counts once. */
export function addPasted(
  list: readonly StoredResult[],
  text: string,
  origin: string,
  now: number,
  bank: Bank,
): { list: StoredResult[]; report: PasteReport; changed: boolean } {
  const report: PasteReport = {
    found: 0,
    added: [],
    named: 0,
    already: 0,
    damaged: [],
    newer: [],
    foreign: [],
  };
  let next = [...list];
  let dirty = false;
  const seen = new Set<string>();
  const readable = (code: string) => decodeResultLink(code, bank).ok;
  for (const link of findResultLinks(text, origin, readable)) {
    if (link.kind === 'foreign') {
      report.foreign.push(link.line);
      continue;
    }
    if (seen.has(link.code)) continue;
    seen.add(link.code);
    report.found++;
    const r = receiveCode(next, link.code, now, bank);
    if (r.kind === 'error') {
      const newer = r.error === 'future-version' || r.error === 'unknown-question';
      (newer ? report.newer : report.damaged).push(link.line);
      continue;
    }
    next = r.list;
    dirty ||= changed(r);
    if (r.kind === 'added') report.added.push(r.entry.name);
    else if (r.kind === 'named') report.named++;
    else report.already++;
  }
  return { list: next, report, changed: dirty };
}

/** "line 14", "lines 3, 9" in the teacher's language. */
function lines(list: number[], lang: Lang): string {
  const s = collect[lang];
  if (list.length === 1) return fill(s.pasteLine, { n: formatNumber(list[0], lang) });
  const shown = list.slice(0, 8).map((n) => formatNumber(n, lang));
  if (list.length > shown.length) shown.push('…');
  return fill(s.pasteLines, { list: shown.join(s.pasteListSep) });
}

/** The report as one sentence: "28 results added, 1 already in the list, 1 damaged (line 14)." */
export function pasteReportText(report: PasteReport, lang: Lang): string {
  const s = collect[lang];
  if (report.found === 0 && report.foreign.length === 0) return s.pasteNone;
  const parts: string[] = [];
  if (report.found > 0) parts.push(countPhrase(report.added.length, s, 'pasteAdded', lang));
  if (report.named) parts.push(countPhrase(report.named, s, 'pasteNamed', lang));
  if (report.already) parts.push(countPhrase(report.already, s, 'pasteAlready', lang));
  if (report.damaged.length)
    parts.push(
      `${countPhrase(report.damaged.length, s, 'pasteDamaged', lang)} (${lines(report.damaged, lang)})`,
    );
  if (report.newer.length)
    parts.push(`${countPhrase(report.newer.length, s, 'pasteNewer', lang)} (${lines(report.newer, lang)})`);
  if (report.foreign.length)
    parts.push(
      `${countPhrase(report.foreign.length, s, 'pasteForeign', lang)} (${lines(report.foreign, lang)})`,
    );
  return parts.reduce((text, part, i) => (i === 0 ? part : `${text}${s.pasteAnd}${part}`), '') + s.pasteEnd;
}

/** How the report reads to the eye: all added ('ok'), something to check ('warn'), nothing added ('bad'). */
export function pasteReportKind(report: PasteReport): 'ok' | 'warn' | 'bad' {
  const problems = report.damaged.length + report.newer.length + report.foreign.length;
  if (problems === 0 && report.found > 0) return 'ok';
  return report.added.length + report.named + report.already > 0 ? 'warn' : 'bad';
}
