#!/usr/bin/env node
// `npm run bench`: builds the site, serves it as a static host would, and measures what a student on a
// cheap phone feels. This file only orchestrates; each measurement is a module of its own:
//   lighthouse.js        Lighthouse 12, mobile preset, simulated throttling
//   bytes.js             first-load bytes per route, and all the JS a route has fetched once usable
//   timelinejs.js        the TimelineJS anchor page (the same events), built and precompressed
//   compare.js           the routes and the TimelineJS page in alternating rounds, side by side
//   timeline-timings.js  the timeline's first render and zoom frames
//   quiz-timings.js      the quiz's tap-to-feedback time
//   words.js             the reader's word card and vowels switch on the phone profile
//   in-node.js           the share-link codec's and the review scheduler's speed, the events
//   budgets.js           the routes and every budget, shared with `npm test` (scripts/budget.js)
//   report.js            bench/results.json's Markdown: printed, and written into the README
// Exits non-zero naming every budget that breaks.
//
// Options: --no-build (reuse build/), --runs N (rounds, default 3), --quick (1 round), --routes a,b
// (only these routes beside the TimelineJS page, /en/timeline among them: a quick look that prints the
// report and the broken budgets but writes neither bench/results.json nor the README).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from '../chromium.js';
import { fileOf, firstLoad, precache, wordsJson } from '../bytes.js';
import {
  BUDGET,
  COMPARED,
  MEASURED,
  PAGES,
  bytesBroken,
  comparisonBroken,
  firstTransfer,
  routeBroken,
  timingsBroken,
} from './budgets.js';
import { firstLoadFigures, usableJs } from './bytes.js';
import { ANCHOR, inRounds, roundOrder, routeRows, sideBySide } from './compare.js';
import { codecTimings, loadEvents, schedulerTimings } from './in-node.js';
import { lighthouseRun } from './lighthouse.js';
import { quizTimings } from './quiz-timings.js';
import { markdown, writeReadme } from './report.js';
import { KB } from './stats.js';
import { timelineTimings } from './timeline-timings.js';
import { buildTimelineJsPage, TIMELINEJS_DIR, TIMELINEJS_VERSION } from './timelinejs.js';
import { wordTimings } from './words.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILD = join(ROOT, 'build');
const argv = process.argv.slice(2);
const RUNS = argv.includes('--quick') ? 1 : Number(argv[argv.indexOf('--runs') + 1]) || 3;
const ONLY = argv.includes('--routes') ? argv[argv.indexOf('--routes') + 1].split(',') : null;
const APP = 'http://127.0.0.1:4480';
const TLJS = 'http://127.0.0.1:4481';
const CDP_PORT = 9333;

/** scripts/serve.js on `dir` at `origin`'s port; resolves once it listens. */
function serve(dir, origin) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
    env: { ...process.env, PORT: new URL(origin).port, SERVE_DIR: `${dir}/` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('Serving') && resolve(child));
    child.on('exit', (code) => reject(new Error(`server for ${origin} exited ${code}`)));
  });
}

/** Lighthouse and all JS once usable for the routes and the TimelineJS page, in alternating rounds. */
async function measureRoutes(browser) {
  const order = roundOrder(ONLY ?? MEASURED);
  const { byTarget, sequence } = await inRounds(order, RUNS, async (target, round) => {
    const anchor = target === ANCHOR;
    console.log(`Round ${round + 1}/${RUNS}: ${anchor ? ANCHOR : `/${target}`}`);
    const url = anchor ? `${TLJS}/` : `${APP}/${target}`;
    const lh = await lighthouseRun(url, CDP_PORT);
    return { ...lh, ...(await usableJs(browser, url, anchor ? TIMELINEJS_DIR : BUILD)) };
  });
  const rows = routeRows(order, byTarget, {
    anchorName: `${ANCHOR} ${TIMELINEJS_VERSION}`,
    extra: firstLoadFigures,
  });
  return { rows, sequence: sequence.map((t) => (t === ANCHOR ? ANCHOR : `/${t}`)) };
}

async function main() {
  if (!argv.includes('--no-build')) {
    console.log('Building…');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('build failed');
  }
  const anchorFiles = buildTimelineJsPage(await loadEvents());
  const app = await serve(BUILD, APP);
  const tljs = await serve(TIMELINEJS_DIR, TLJS);
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${CDP_PORT}`],
  });
  const pages = PAGES.filter((r) => existsSync(join(BUILD, fileOf(r)))).map(firstLoad);
  const pc = precache();
  const words = wordsJson();
  const ar = pages.find((r) => r.route === 'ar/');
  let results;
  try {
    const { rows, sequence } = await measureRoutes(browser);
    const anchor = rows.find((r) => r.route.startsWith(ANCHOR));
    const routes = rows.filter((r) => r !== anchor);
    const row = (route) => routes.find((r) => r.route === `/${route}`);
    results = {
      date: new Date().toISOString().slice(0, 10),
      runs: RUNS,
      chromium: browser.version(),
      budgets: BUDGET,
      routes,
      comparison: {
        anchor: { ...anchor, files: anchorFiles },
        order: sequence,
        ...sideBySide(anchor, row(COMPARED.en), row(COMPARED.ar)),
      },
      timeline: await timelineTimings(browser, APP),
      quiz: await quizTimings(browser, APP),
      words: await wordTimings(browser, APP),
      codec: await codecTimings(),
      scheduler: await schedulerTimings(),
      arFirstLoadKb: ar ? KB(firstTransfer(ar)) : null,
      wordsJson: words && { rawKb: KB(words.raw), gzipKb: KB(words.gzip) },
      precache: { files: pc.count, downloadKb: KB(pc.transfer), storedKb: KB(pc.bytes) },
      /** @type {string[]} */
      broken: [],
    };
  } finally {
    await browser.close();
    app.kill();
    tljs.kill();
  }
  results.broken = [
    ...bytesBroken({ pages, precache: pc, words }),
    ...results.routes.flatMap(routeBroken),
    ...comparisonBroken(results.comparison),
    ...timingsBroken(results),
  ];
  const md = markdown(results);
  console.log(`\n${md}\n`);
  if (!ONLY) {
    mkdirSync(join(ROOT, 'bench'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeReadme(join(ROOT, 'README.md'), md);
  }
  if (results.broken.length) {
    console.error(`Budget broken:\n  ${results.broken.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
