#!/usr/bin/env node
// Diagnosis for the bench: one Lighthouse run of a built page, printing where its main-thread time goes
// (script bootup per file, main-thread breakdown, and the long tasks TBT counts).
// Usage: node scripts/bench/lh-tasks.js /en/ [/en/timeline …]   (build first; serves build/ itself)
//        RUNS=5 … prints only each route's TBT and Performance per run, and their medians.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { findChromium, CHROMIUM_ARGS } from '../chromium.js';
import { median } from './stats.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = 4482;
const CDP = 9334;

const server = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
  env: { ...process.env, PORT: String(PORT), SERVE_DIR: join(ROOT, 'build/') },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((r) => server.stdout.on('data', (d) => String(d).includes('Serving') && r()));
const browser = await chromium.launch({
  executablePath: findChromium() ?? undefined,
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${CDP}`],
});
const RUNS = Number(process.env.RUNS ?? 1);
/** One Lighthouse performance run of a route (mobile preset, simulated throttling). */
const audit = async (route) =>
  (
    await lighthouse(`http://127.0.0.1:${PORT}${route}`, {
      port: CDP,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    })
  ).lhr;
try {
  for (const route of process.argv.slice(2)) {
    if (RUNS > 1) {
      const tbt = [];
      const perf = [];
      for (let i = 0; i < RUNS; i++) {
        const lhr = await audit(route);
        tbt.push(Math.round(lhr.audits['total-blocking-time'].numericValue));
        perf.push(Math.round(lhr.categories.performance.score * 100));
      }
      console.log(
        `${route}: TBT median ${median(tbt)} ms (${tbt.join(', ')}), Performance median ${median(perf)} (${perf.join(', ')})`,
      );
      continue;
    }
    const lhr = await audit(route);
    const a = lhr.audits;
    console.log(
      `\n${route}: Performance ${lhr.categories.performance.score * 100}, TBT ${Math.round(a['total-blocking-time'].numericValue)} ms, host benchmarkIndex ${lhr.environment.benchmarkIndex}`,
    );
    for (const i of a['bootup-time'].details?.items ?? [])
      console.log(
        `  bootup ${String(i.url).replace(/^.*\/_app\//, '')}: total ${Math.round(i.total)} ms, script ${Math.round(i.scripting)} ms, parse ${Math.round(i.scriptParseCompile)} ms`,
      );
    for (const i of a['mainthread-work-breakdown'].details?.items ?? [])
      console.log(`  ${i.groupLabel}: ${Math.round(i.duration)} ms`);
    for (const i of a['long-tasks'].details?.items ?? [])
      console.log(
        `  long task at ${Math.round(i.startTime)} ms: ${Math.round(i.duration)} ms ${String(i.url).replace(/^.*\/_app\//, '')}`,
      );
  }
} finally {
  await browser.close();
  server.kill();
}
