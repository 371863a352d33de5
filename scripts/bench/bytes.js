// The bytes of a measured route: what its HTML loads first (from the build's files, scripts/bytes.js),
// and "all JS once usable" (issue 23): every script a page has fetched by the time it is idle, the ones it
// loads late included (lazy chunks, the word layer's code at idle), plus USABLE_DATA (the question
// bank). A real Chromium page load on the phone's screen, no cache, to network idle, then idle callbacks
// until nothing has been fetched for a second. Counted as the files' gzip size (the .gz the build, or
// the TimelineJS page, precompressed beside each file: what the budget is in), and as sent over the
// wire (brotli here, as the server chose). The service worker's own fetches (its precache) are not the
// page's and are not counted; the page's requests are, whether the network or the worker answered.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstLoad } from '../bytes.js';
import { USABLE_DATA } from './budgets.js';
import { KB } from './stats.js';

/**
 * What `route`'s HTML makes the browser fetch before it shows, gzip: JS, CSS, and the fonts (files, and
 * inlined in the CSS: those bytes are in the CSS figure already).
 * @param {string} route
 */
export function firstLoadFigures(route) {
  const b = firstLoad(route);
  return {
    firstLoadJsKb: KB(b.js.gzip),
    firstLoadCssKb: KB(b.css.gzip),
    fontKb: KB(b.fonts.bytes + b.fonts.inline),
  };
}

/** Lighthouse's mobile screen (moto g power), so lazy parts load as they would in its runs. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
};
/** Quiet time that counts as idle, and the longest wait for it. */
const QUIET_MS = 1000;
const MAX_WAIT_MS = 20_000;

/**
 * The gzip size of the file served at `pathname` from `dir`: its precompressed .gz if there is one,
 * else gzip level 9 of the file.
 * @param {string} dir
 * @param {string} pathname
 */
export function gzipSize(dir, pathname) {
  const file = join(dir, decodeURIComponent(pathname).replace(/^\//, ''));
  if (existsSync(`${file}.gz`)) return statSync(`${file}.gz`).size;
  if (!existsSync(file)) return null;
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Whether a response counts: a script, or one of USABLE_DATA, from the page's own origin.
 * @param {{ url: string, type: string }} r
 * @param {string} origin
 */
export function counts({ url, type }, origin) {
  const u = new URL(url);
  if (u.origin !== origin) return false;
  return type === 'script' || USABLE_DATA.includes(u.pathname);
}

/**
 * Sums what counted: each path once.
 * @param {{ path: string, gzip: number | null, wire: number }[]} files
 */
export function usableSummary(files) {
  const once = [...new Map(files.map((f) => [f.path, f])).values()];
  const missing = once.filter((f) => f.gzip === null).map((f) => f.path);
  return {
    usableJsKb: KB(once.reduce((n, f) => n + (f.gzip ?? 0), 0)),
    usableJsWireKb: KB(once.reduce((n, f) => n + f.wire, 0)),
    usableJsFiles: once.length,
    usableDataKb: KB(once.filter((f) => USABLE_DATA.includes(f.path)).reduce((n, f) => n + (f.gzip ?? 0), 0)),
    ...(missing.length ? { notOnDisk: missing } : {}),
  };
}

/**
 * Loads `url` (served from the files in `dir`) in a fresh context of `browser` and returns what it
 * fetched once usable (see usableSummary), with the files.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {string} dir
 */
export async function usableJs(browser, url, dir) {
  const origin = new URL(url).origin;
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  let inFlight = 0;
  let lastActivity = Date.now();
  /** @type {Promise<{ path: string, gzip: number | null, wire: number }>[]} */
  const pending = [];
  page.on('request', () => {
    inFlight++;
    lastActivity = Date.now();
  });
  const done = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on('requestfailed', done);
  page.on('requestfinished', (req) => {
    done();
    if (!counts({ url: req.url(), type: req.resourceType() }, origin)) return;
    const path = new URL(req.url()).pathname;
    pending.push(req.sizes().then((s) => ({ path, gzip: gzipSize(dir, path), wire: s.responseBodySize })));
  });
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const t0 = Date.now();
    for (;;) {
      // Let the page's idle work start (requestIdleCallback), then see whether it fetched anything.
      await page.evaluate(
        () => new Promise((r) => requestIdleCallback(() => setTimeout(r, 100), { timeout: 2000 })),
      );
      if (inFlight === 0 && Date.now() - lastActivity >= QUIET_MS) break;
      if (Date.now() - t0 > MAX_WAIT_MS) break;
      await page.waitForTimeout(200);
    }
    const files = await Promise.all(pending);
    return { ...usableSummary(files), files: files.map((f) => f.path).sort() };
  } finally {
    await ctx.close();
  }
}
