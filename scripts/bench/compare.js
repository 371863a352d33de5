// Ours beside TimelineJS (issue 23), in the same run: the bench measures the routes and the TimelineJS
// page (timelinejs.js) in rounds, the TimelineJS page right after /en/timeline in each, so across the
// rounds the two alternate (ours, theirs, ours, theirs…) and any drift of the host weighs on both
// alike; each figure is then the median of its rounds.
import { COMPARED } from './budgets.js';
import { lighthouseMedians } from './lighthouse.js';
import { median, round } from './stats.js';

/** The name the TimelineJS page goes by in the rounds, the rows and the report. */
export const ANCHOR = 'TimelineJS';

/**
 * One round's order: `routes` as given, the TimelineJS page right after /en/timeline.
 * @param {string[]} routes
 */
export function roundOrder(routes) {
  const at = routes.indexOf(COMPARED.en);
  if (at < 0) throw new Error(`the measured routes lack /${COMPARED.en}`);
  return [...routes.slice(0, at + 1), ANCHOR, ...routes.slice(at + 1)];
}

/**
 * Runs `measure(target, round)` for each target of `order`, round after round, one at a time; returns
 * each target's results in round order, and the order they were taken in.
 * @template T
 * @param {string[]} order
 * @param {number} rounds
 * @param {(target: string, round: number) => Promise<T>} measure
 */
export async function inRounds(order, rounds, measure) {
  /** @type {Map<string, T[]>} */
  const byTarget = new Map(order.map((t) => [t, []]));
  const sequence = [];
  for (let r = 0; r < rounds; r++)
    for (const target of order) {
      byTarget.get(target)?.push(await measure(target, r));
      sequence.push(target);
    }
  return { byTarget, sequence };
}

/** The figures shown side by side. */
export const SIDE_FIGURES = ['transferKb', 'usableJsKb', 'lcpMs', 'tbtMs', 'performance'];

/**
 * The side-by-side figures: TimelineJS, /en/timeline, /ar/timeline, and ours over theirs.
 * @param {Record<string, number | null>} anchor the TimelineJS page's row (medians)
 * @param {Record<string, number | null> | undefined} en /en/timeline's row (undefined: not measured)
 * @param {Record<string, number | null> | undefined} ar /ar/timeline's row
 */
export function sideBySide(anchor, en, ar) {
  const pick = (row) => Object.fromEntries(SIDE_FIGURES.map((k) => [k, row?.[k] ?? null]));
  const ratio = (ours, k) =>
    ours[k] !== null && anchor[k] ? round(/** @type {number} */ (ours[k]) / anchor[k], 2) : null;
  const ratios = (ours) => Object.fromEntries(SIDE_FIGURES.map((k) => [k, ratio(ours, k)]));
  const sides = { timelinejs: pick(anchor), en: pick(en), ar: pick(ar) };
  return {
    ...sides,
    /** Ours ÷ TimelineJS, per figure (below 1: ours is lighter, earlier, or scores lower). */
    enVsTimelineJs: ratios(sides.en),
    arVsTimelineJs: ratios(sides.ar),
  };
}

/**
 * Each target's row: its Lighthouse medians, its usable JS's medians, `extra(target)` (the first-load
 * figures, for our routes), and every round's main figures.
 * @param {string[]} order
 * @param {Map<string, any[]>} byTarget each round's Lighthouse figures and usable JS, per target
 * @param {{ anchorName: string, extra: (target: string) => object }} how
 */
export function routeRows(order, byTarget, { anchorName, extra }) {
  return order.map((target) => {
    const runs = byTarget.get(target) ?? [];
    const last = runs[runs.length - 1];
    const mid = (k) => median(runs.map((x) => x[k]));
    return {
      route: target === ANCHOR ? anchorName : `/${target}`,
      ...lighthouseMedians(runs),
      ...(target === ANCHOR ? {} : extra(target)),
      usableJsKb: mid('usableJsKb'),
      usableJsWireKb: mid('usableJsWireKb'),
      usableDataKb: mid('usableDataKb'),
      usableJsFiles: last?.usableJsFiles ?? null,
      usableJsPaths: last?.files ?? [],
      perRun: runs.map((x) => ({
        performance: x.performance,
        lcpMs: Math.round(x.lcpMs),
        tbtMs: Math.round(x.tbtMs),
        transferKb: x.transferKb,
        usableJsKb: x.usableJsKb,
      })),
    };
  });
}
