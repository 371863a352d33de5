#!/usr/bin/env node
// `npm run bench`: builds the site, serves it as a static host would, and measures what a student on a
// cheap phone feels: Lighthouse 12 (mobile, simulated throttling), bytes per route and all the JS each
// route has fetched once usable, the same for the same events in TimelineJS (the routes and the
// TimelineJS page in alternating rounds, medians of them: compare.js), the timeline's render and
// zoom-frame times, the quiz's tap-to-feedback time, the reader's word layer, the share-link codec's and
// the review scheduler's speed. Prints the tables, writes bench/results.json, updates the README's table,
// and exits non-zero naming every budget that breaks (budgets.js).
//
// Options: --no-build (reuse build/), --runs N (rounds, default 3), --quick (1 round), --routes a,b
// (only these routes beside the TimelineJS page, /en/timeline among them: a quick look that prints the
// tables and the broken budgets but writes neither bench/results.json nor the README).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import * as prettier from 'prettier';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer as createViteServer } from 'vite';
import { findChromium, CHROMIUM_ARGS } from '../chromium.js';
import { firstLoad, precache, wordsJson, fileOf, KB } from '../bytes.js';
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
import { ANCHOR, inRounds, roundOrder, sideBySide } from './compare.js';
import { lighthouseMedians, lighthouseRun } from './lighthouse.js';
import { median, pct, round } from './stats.js';
import { buildTimelineJsPage, TIMELINEJS_DIR, TIMELINEJS_VERSION } from './timelinejs.js';
import { wordTimings, wordSummary } from './words.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const argv = process.argv.slice(2);
const RUNS = argv.includes('--quick') ? 1 : Number(argv[argv.indexOf('--runs') + 1]) || 3;
const ONLY = argv.includes('--routes') ? argv[argv.indexOf('--routes') + 1].split(',') : null;
const APP_PORT = 4480;
const TLJS_PORT = 4481;
const CDP_PORT = 9333;
/** The phone profile's CPU slowdown (Lighthouse's mobile preset, and the word timings'). */
const CPU_SLOWDOWN = 4;

function serve(dir, port) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
    env: { ...process.env, PORT: String(port), SERVE_DIR: dir.endsWith('/') ? dir : `${dir}/` },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => String(d).includes('Serving') && resolve(child));
    child.on('exit', (code) => reject(new Error(`server on ${port} exited ${code}`)));
  });
}

/** The app's own events, loaded from the TypeScript source through Vite. */
const loadEvents = async () => (await inNode('/src/lib/content/events.ts')).events;

/** Timeline first render and zoom frames at 360×740, from the page's own performance marks. */
async function timelineTimings(browser) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/en/timeline`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const render = await page.evaluate(() =>
    performance.getEntriesByName('timeline:first-render').map((e) => e.duration),
  );
  // Zoom frames as a student makes them: Ctrl + wheel over the chart, then the zoom buttons (each press
  // glides for 0.2 s, a frame at a time).
  const chart = page.locator('.tl .viewport');
  await chart.locator('.label').first().waitFor();
  const box = await chart.boundingBox();
  if (box) {
    await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
    await page.keyboard.down('Control');
    for (let i = 0; i < 30; i++) {
      await page.mouse.wheel(0, i < 15 ? -120 : 120);
      await page.waitForTimeout(20);
    }
    await page.keyboard.up('Control');
  }
  for (const name of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
    await page.getByRole('button', { name, exact: true }).click();
    await page.waitForTimeout(300);
  }
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() =>
    performance.getEntriesByName('timeline:zoom-frame').map((e) => e.duration),
  );
  await ctx.close();
  return {
    firstRenderMs: render.length ? round(render[0], 2) : null,
    zoomFrames: frames.length,
    zoomFrameMedianMs: frames.length ? round(median(frames), 3) : null,
    zoomFrameP95Ms: frames.length ? round(pct(frames, 95), 3) : null,
    zoomFrameMaxMs: frames.length ? round(Math.max(...frames), 3) : null,
  };
}

/** Time from a tap on an answer to the feedback on screen, at 360×740, median of 5 questions. */
async function quizTimings(browser) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/en/quiz`, { waitUntil: 'networkidle' });
  await page.locator('.quiz[data-ready="true"]').waitFor();
  await page.locator('.setup button.big').click();
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.locator('.question h2').waitFor();
    // An order question is answered with its Check button; the others with a tap on an option.
    const check = page.locator('button.check');
    const target = (await check.count()) ? check : page.locator('.option:not([disabled])').first();
    const ms = await target.evaluate(
      (el) =>
        new Promise((resolve) => {
          const t0 = performance.now();
          const done = () => {
            if (document.querySelector('.feedback h3')) resolve(performance.now() - t0);
            else requestAnimationFrame(done);
          };
          el.click();
          requestAnimationFrame(done);
        }),
    );
    times.push(ms);
    await page.locator('.feedback button.next').click();
  }
  await ctx.close();
  return { answers: times.length, tapToFeedbackMedianMs: times.length ? round(median(times), 2) : null };
}

/**
 * Runs `fn` of the TypeScript module at `path` in Node (through Vite, as the app's own code is built),
 * or returns the module without `fn`; null if there is no such file.
 */
async function inNode(path, fn) {
  const vite = await createViteServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
    server: { middlewareMode: true },
  });
  try {
    if (!existsSync(join(ROOT, path))) return null;
    const mod = await vite.ssrLoadModule(path);
    return fn ? await mod[fn]() : mod;
  } finally {
    await vite.close();
  }
}

/** Encode/decode speed of the quiz share-link codec. */
const codecTimings = () => inNode('/src/lib/share/bench.ts', 'benchCodec');

/**
 * The review scheduler for a deck of 300 cards (issue 19): measured in Node on one core of this machine,
 * then multiplied by the bench's phone slowdown (the pages' CPU is slowed 4×), which is what the budget
 * applies to.
 */
async function schedulerTimings() {
  const r = await inNode('/src/lib/review/bench.ts', 'benchScheduler');
  return r && { ...r, phoneAnswerMs: round(r.answerMs * CPU_SLOWDOWN, 2) };
}

function table(rows, cols) {
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c] ?? '–').length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c ?? '–').padEnd(widths[i])).join(' | ')} |`;
  return [
    line(cols),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map((r) => line(cols.map((c) => r[c]))),
  ].join('\n');
}

/** Lighthouse and all JS once usable for every route and the TimelineJS page, in alternating rounds. */
async function measureRoutes(browser) {
  const order = roundOrder(ONLY ?? MEASURED);
  const { byTarget, sequence } = await inRounds(order, RUNS, async (target, r) => {
    const anchor = target === ANCHOR;
    const url = anchor ? `http://127.0.0.1:${TLJS_PORT}/` : `http://127.0.0.1:${APP_PORT}/${target}`;
    console.log(`Round ${r + 1}/${RUNS}: ${anchor ? ANCHOR : `/${target}`}`);
    const lh = await lighthouseRun(url, CDP_PORT);
    const usable = await usableJs(browser, url, anchor ? TIMELINEJS_DIR : join(ROOT, 'build'));
    return { ...lh, ...usable };
  });
  const rows = order.map((target) => {
    const runs = byTarget.get(target) ?? [];
    const last = runs[runs.length - 1];
    return {
      route: target === ANCHOR ? `${ANCHOR} ${TIMELINEJS_VERSION}` : `/${target}`,
      ...lighthouseMedians(runs),
      ...(target === ANCHOR ? {} : firstLoadFigures(target)),
      usableJsKb: median(runs.map((x) => x.usableJsKb)),
      usableJsWireKb: median(runs.map((x) => x.usableJsWireKb)),
      usableDataKb: median(runs.map((x) => x.usableDataKb)),
      usableJsFiles: last.usableJsFiles,
      usableJsPaths: last.files,
      perRun: runs.map((x) => ({
        performance: x.performance,
        lcpMs: Math.round(x.lcpMs),
        tbtMs: Math.round(x.tbtMs),
        transferKb: x.transferKb,
        usableJsKb: x.usableJsKb,
      })),
    };
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

  const app = await serve(join(ROOT, 'build'), APP_PORT);
  const tljs = await serve(TIMELINEJS_DIR, TLJS_PORT);
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${CDP_PORT}`],
  });
  const broken = [];
  try {
    const { rows, sequence } = await measureRoutes(browser);
    const anchorRow = rows.find((r) => r.route.startsWith(ANCHOR));
    const routes = rows.filter((r) => r !== anchorRow);
    const row = (route) => routes.find((r) => r.route === `/${route}`);
    const comparison = {
      anchor: {
        page: `TimelineJS ${TIMELINEJS_VERSION} from its npm package, self-hosted (scripts/bench/timelinejs.js)`,
        files: anchorFiles,
        ...anchorRow,
      },
      order: sequence,
      ...sideBySide(anchorRow, row(COMPARED.en), row(COMPARED.ar)),
    };
    const timeline = await timelineTimings(browser);
    const quiz = await quizTimings(browser);
    const wordTimes = await wordTimings(browser, `http://127.0.0.1:${APP_PORT}`);
    const codec = await codecTimings();
    const scheduler = await schedulerTimings();
    const pages = PAGES.filter((r) => existsSync(join(ROOT, 'build', fileOf(r)))).map(firstLoad);
    const pc = precache();
    const words = wordsJson();
    const ar = pages.find((r) => r.route === 'ar/');

    broken.push(...bytesBroken({ pages, precache: pc, words }));
    for (const r of routes) broken.push(...routeBroken(r));
    broken.push(...comparisonBroken(comparison));
    broken.push(...timingsBroken({ timeline, words: wordTimes, scheduler }));

    const date = new Date().toISOString().slice(0, 10);
    const results = {
      date,
      runs: RUNS,
      chromium: browser.version(),
      budgets: BUDGET,
      routes,
      comparison,
      timeline,
      quiz,
      words: wordTimes,
      wordsJson: words,
      codec,
      scheduler,
      precache: { files: pc.count, downloadKb: KB(pc.transfer), storedKb: KB(pc.bytes) },
      broken,
    };
    if (!ONLY) {
      mkdirSync(join(ROOT, 'bench'), { recursive: true });
      writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    }

    const c = comparison;
    const times = (k, side) => (c[side][k] === null ? '' : ` (${c[side][k]}×)`);
    const show = (v, k) => (v === null ? '–' : k.endsWith('Ms') ? Math.round(v) : v);
    const md = [
      `Measured ${date} on this project's CI-sized machine (2 cores, Lighthouse benchmarkIndex ${Math.round(median(routes.map((r) => r.benchmarkIndex)) ?? 0)}: about a Pixel 5, so the 4× CPU slowdown times pages as on a low-end phone), Chromium ${browser.version()}, Lighthouse 12 mobile preset with simulated throttling, median of ${RUNS} rounds (every route and the TimelineJS page once a round, TimelineJS right after /en/timeline).`,
      '',
      table(
        routes.map((r) => ({
          route: r.route,
          Perf: r.performance,
          A11y: r.accessibility,
          BP: r.bestPractices,
          SEO: r.seo,
          'FCP ms': Math.round(r.fcpMs),
          'LCP ms': Math.round(r.lcpMs),
          'TBT ms': Math.round(r.tbtMs),
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
      ),
      '',
      `The same events in TimelineJS ${TIMELINEJS_VERSION} (the anchor page, self-hosted, precompressed as our build is), side by side in the same rounds; ours ÷ theirs in brackets:`,
      '',
      table(
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
          [`/${COMPARED.en}`]: `${show(c.en[k], k)}${times(k, 'enVsTimelineJs')}`,
          [`/${COMPARED.ar}`]: `${show(c.ar[k], k)}${times(k, 'arVsTimelineJs')}`,
          budget,
        })),
        ['figure', 'TimelineJS', `/${COMPARED.en}`, `/${COMPARED.ar}`, 'budget'],
      ),
      '',
      `- /ar/ first-load transfer ${ar ? KB(firstTransfer(ar)) : '–'} KB (budget ${BUDGET.arTransferKb}); precache ${KB(pc.transfer)} KB to download, ${KB(pc.bytes)} KB stored, ${pc.count} files (budget ${BUDGET.precacheKb}).`,
      `- Word data (/data/words.json): ${words ? `${KB(words.raw)} KB raw, ${KB(words.gzip)} KB gzip` : 'missing'} (budget ${BUDGET.wordsJsonKb} KB gzip).`,
      `- Timeline at 360×740: first render ${timeline.firstRenderMs ?? '–'} ms; zoom frame median ${timeline.zoomFrameMedianMs ?? '–'} ms, p95 ${timeline.zoomFrameP95Ms ?? '–'} ms, max ${timeline.zoomFrameMaxMs ?? '–'} ms over ${timeline.zoomFrames} frames (budget ${BUDGET.zoomFrameMs} ms).`,
      `- Quiz: tap to feedback, median ${quiz.tapToFeedbackMedianMs ?? '–'} ms over ${quiz.answers} answers.`,
      wordSummary(wordTimes),
      codec
        ? `- Quiz link: encode ${codec.encodeUs} µs, decode ${codec.decodeUs} µs (median of ${codec.runs}); a 10-question link is ${codec.chars} characters after the host.`
        : '- Quiz link codec: not built yet.',
      scheduler
        ? `- Review scheduler, ${scheduler.cards}-card deck: one answer (read and check the deck, pick the next card, FSRS review, due count) ${scheduler.answerMs} ms in Node, ${scheduler.phoneAnswerMs} ms on the phone profile (×${CPU_SLOWDOWN}; budget ${BUDGET.schedulerAnswerMs}); a simulated week of reviews ${scheduler.weekMs} ms in Node.`
        : '- Review scheduler: not measured.',
      broken.length ? `- **Budgets broken:** ${broken.join('; ')}` : '- Every budget holds.',
    ].join('\n');
    console.log(`\n${md}\n`);

    const readmePath = join(ROOT, 'README.md');
    const readme = readFileSync(readmePath, 'utf8');
    const start = '<!-- bench:start -->';
    const end = '<!-- bench:end -->';
    if (!ONLY && readme.includes(start) && readme.includes(end)) {
      const next = readme.replace(new RegExp(`${start}[\\s\\S]*${end}`), () => `${start}\n${md}\n${end}`);
      // In the house style, so `npm test`'s prettier check keeps passing after a bench.
      writeFileSync(
        readmePath,
        await prettier.format(next, { ...(await prettier.resolveConfig(readmePath)), filepath: readmePath }),
      );
    }
  } finally {
    await browser.close();
    app.kill();
    tljs.kill();
  }
  if (broken.length) {
    console.error(`Budget broken:\n  ${broken.join('\n  ')}`);
    process.exit(1);
  }
}

await main();
