// The bench's report: bench/results.json, and the Markdown the bench prints and writes between the
// README's `<!-- bench:start -->` and `<!-- bench:end -->` marks, built from the results alone.
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { BUDGET, COMPARED } from './budgets.js';
import { median } from './stats.js';
import { wordSummary } from './words.js';

/**
 * A Markdown table of `rows` (objects) in the columns `cols`; a missing cell shows as "–".
 * @param {Record<string, unknown>[]} rows
 * @param {string[]} cols
 */
export function table(rows, cols) {
  const cell = (v) => String(v ?? '–');
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (cells) => `| ${cells.map((c, i) => cell(c).padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cols),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(cols.map((c) => r[c]))),
  ].join('\n');
}

const ms = (v) => (v === null || v === undefined ? null : Math.round(v));

/** The routes' table: Lighthouse's medians and the bytes. */
function routesTable(routes) {
  return table(
    routes.map((r) => ({
      route: r.route,
      Perf: r.performance,
      A11y: r.accessibility,
      BP: r.bestPractices,
      SEO: r.seo,
      'FCP ms': ms(r.fcpMs),
      'LCP ms': ms(r.lcpMs),
      'TBT ms': ms(r.tbtMs),
      CLS: r.cls,
      'JS gz KB': r.firstLoadJsKb,
      'usable JS KB': r.usableJsKb,
      'CSS gz KB': r.firstLoadCssKb,
      'font KB': r.fontKb,
      'total KB': r.transferKb,
    })),
    [
      'route',
      'Perf',
      'A11y',
      'BP',
      'SEO',
      'FCP ms',
      'LCP ms',
      'TBT ms',
      'CLS',
      'JS gz KB',
      'usable JS KB',
      'CSS gz KB',
      'font KB',
      'total KB',
    ],
  );
}

/** Ours beside TimelineJS, figure by figure, ours ÷ theirs in brackets. */
function comparisonTable(c) {
  const show = (v, k) => (k.endsWith('Ms') ? ms(v) : v);
  const times = (v) => (v === null || v === undefined ? '' : ` (${v}×)`);
  const ours = (side, k) =>
    c[side][k] === null ? null : `${show(c[side][k], k)}${times(c[`${side}VsTimelineJs`][k])}`;
  return table(
    [
      [
        'Lighthouse transfer, KB',
        'transferKb',
        `/en/ ≤ ${BUDGET.enTransferVsTimelineJs}×, /ar/ ≤ ${BUDGET.arTransferVsTimelineJs}×`,
      ],
      ['all JS once usable, KB gzip', 'usableJsKb', `≤ ${BUDGET.usableJsKb} KB`],
      ['LCP, ms', 'lcpMs', '/en/ no later'],
      ['TBT, ms', 'tbtMs', `≤ ${BUDGET.tbtMs} ms`],
      ['Lighthouse Performance', 'performance', `≥ ${BUDGET.performance}`],
    ].map(([figure, k, budget]) => ({
      figure,
      TimelineJS: show(c.timelinejs[k], k),
      [`/${COMPARED.en}`]: ours('en', k),
      [`/${COMPARED.ar}`]: ours('ar', k),
      budget,
    })),
    ['figure', 'TimelineJS', `/${COMPARED.en}`, `/${COMPARED.ar}`, 'budget'],
  );
}

/**
 * The report, from bench/results.json's content.
 * @param {any} r
 */
export function markdown(r) {
  const { routes, comparison: c, timeline: tl, quiz, codec, scheduler, precache: pc, wordsJson: w } = r;
  const index = Math.round(median(routes.map((x) => x.benchmarkIndex)) ?? 0);
  return [
    `Measured ${r.date} on this project's CI-sized machine (2 cores, Lighthouse benchmarkIndex ${index}: about a Pixel 5, so the 4× CPU slowdown times pages as on a low-end phone), Chromium ${r.chromium}, Lighthouse 12 mobile preset with simulated throttling, median of ${r.runs} rounds (each route and the TimelineJS page once a round, TimelineJS right after /${COMPARED.en}).`,
    '',
    routesTable(routes),
    '',
    `The same events in ${c.anchor.route} (the anchor page: self-hosted from its npm package, no web font, precompressed as our build is), side by side in the same rounds; ours ÷ theirs in brackets:`,
    '',
    comparisonTable(c),
    '',
    `- /ar/ first-load transfer ${r.arFirstLoadKb ?? '–'} KB (budget ${BUDGET.arTransferKb}); precache ${pc.downloadKb} KB to download, ${pc.storedKb} KB stored, ${pc.files} files (budget ${BUDGET.precacheKb}).`,
    `- Word data (/data/words.json): ${w ? `${w.rawKb} KB raw, ${w.gzipKb} KB gzip` : 'missing'} (budget ${BUDGET.wordsJsonKb} KB gzip).`,
    `- Timeline at 360×740: first render ${tl.firstRenderMs ?? '–'} ms; zoom frame median ${tl.zoomFrameMedianMs ?? '–'} ms, p95 ${tl.zoomFrameP95Ms ?? '–'} ms, max ${tl.zoomFrameMaxMs ?? '–'} ms over ${tl.zoomFrames} frames (budget ${BUDGET.zoomFrameMs} ms).`,
    `- Quiz: tap to feedback, median ${quiz.tapToFeedbackMedianMs ?? '–'} ms over ${quiz.answers} answers.`,
    wordSummary(r.words),
    codec
      ? `- Quiz link: encode ${codec.encodeUs} µs, decode ${codec.decodeUs} µs (median of ${codec.runs}); a 10-question link is ${codec.chars} characters after the host.`
      : '- Quiz link codec: not built yet.',
    scheduler
      ? `- Review scheduler, ${scheduler.cards}-card deck: one answer (read and check the deck, pick the next card, FSRS review, due count) ${scheduler.answerMs} ms in Node, ${scheduler.phoneAnswerMs} ms on the phone profile (budget ${BUDGET.schedulerAnswerMs}); a simulated week of reviews ${scheduler.weekMs} ms in Node.`
      : '- Review scheduler: not measured.',
    r.broken.length ? `- **Budgets broken:** ${r.broken.join('; ')}` : '- Every budget holds.',
  ].join('\n');
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/**
 * Writes `md` between the README's marks (if it has them), in the house style so `npm test`'s prettier
 * check keeps passing after a bench. Returns whether it wrote.
 * @param {string} readmePath
 * @param {string} md
 */
export async function writeReadme(readmePath, md) {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) return false;
  const next = `${readme.slice(0, start)}${README_START}\n${md}\n${readme.slice(end)}`;
  const options = { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath };
  writeFileSync(readmePath, await prettier.format(next, options));
  return true;
}
