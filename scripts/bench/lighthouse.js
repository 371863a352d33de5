// Lighthouse 12, mobile preset with simulated throttling (its defaults), one run of a page through the
// bench's Chromium; and the medians of several runs.
import lighthouse from 'lighthouse';
import { KB, median, round } from './stats.js';

/** The figures kept from each run, whose medians a route's row reports. */
export const FIGURES = [
  'performance',
  'accessibility',
  'bestPractices',
  'seo',
  'fcpMs',
  'lcpMs',
  'tbtMs',
  'cls',
  'transferKb',
  'benchmarkIndex',
];

/**
 * One Lighthouse run of `url` in the Chromium listening for DevTools on `port`.
 * @param {string} url
 * @param {number} port
 */
export async function lighthouseRun(url, port) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories: c, audits: a } = result.lhr;
  return {
    performance: Math.round((c.performance.score ?? 0) * 100),
    accessibility: Math.round((c.accessibility.score ?? 0) * 100),
    bestPractices: Math.round((c['best-practices'].score ?? 0) * 100),
    seo: Math.round((c.seo.score ?? 0) * 100),
    fcpMs: a['first-contentful-paint'].numericValue,
    lcpMs: a['largest-contentful-paint'].numericValue,
    tbtMs: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue,
    // Every network response of the load, as transferred (headers included; data: URLs left out, their
    // bytes are in the file that holds them). Lighthouse waits for the network to be quiet, so what a
    // page loads soon after it shows is in.
    transferKb: KB(a['total-byte-weight'].numericValue ?? 0),
    // How fast this host is (Lighthouse's own micro-benchmark); a Pixel 5 scores about 1000. The mobile
    // preset slows the CPU 4×, so on a host near 1000 a page is timed as on a ~250 phone.
    benchmarkIndex: result.lhr.environment.benchmarkIndex,
    failing: Object.values(a)
      .filter((x) => x.score !== null && x.score < 1 && x.scoreDisplayMode === 'binary')
      .map((x) => x.id),
  };
}

/**
 * The medians of several runs' FIGURES; `failing` is every audit any run failed.
 * @param {Awaited<ReturnType<typeof lighthouseRun>>[]} runs
 */
export function lighthouseMedians(runs) {
  const out = Object.fromEntries(FIGURES.map((k) => [k, round(median(runs.map((r) => r[k])) ?? 0, 3)]));
  return { ...out, failing: [...new Set(runs.flatMap((r) => r.failing))] };
}
