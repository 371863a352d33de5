#!/usr/bin/env node
// `npm test`: type check, lint, unit tests, build, browser tests (Playwright in Chromium, then the
// cross-engine suite in Chromium, Firefox ESR and WebKitGTK); then one line that sums them up, "N passed,
// N failed", from the unit, end-to-end and cross-engine reports. Exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['type check', 'npx', ['svelte-kit', 'sync']],
  [
    'type check',
    'npx',
    ['svelte-check', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--threshold', 'warning'],
  ],
  ['lint', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', ['eslint', '.']],
  [
    'unit tests',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/unit.json'],
  ],
  ['build', 'npx', ['vite', 'build']],
  // The byte half of the bench's budgets (first-load JS per page, /ar/ transfer, precache).
  ['budgets', 'node', ['scripts/budget.js']],
  ['chromium', 'node', ['scripts/ensure-chromium.js']],
  ['e2e tests', 'npx', ['playwright', 'test']],
  // The same site in Chromium, Firefox ESR and WebKitGTK (tests/engines/: every route, the quiz, offline,
  // and the Arabic drawn word by word; ENGINES picks engines).
  ['browsers', 'node', ['scripts/ensure-engines.js']],
  [
    'engine tests',
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.engines.config.ts',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/engines.json',
    ],
  ],
];

mkdirSync('test-results', { recursive: true });
for (const f of ['test-results/unit.json', 'test-results/e2e.json', 'test-results/engines.json'])
  rmSync(f, { force: true });

const failedSteps = [];
for (const [name, cmd, args] of steps) {
  if (cmd === 'node' && !existsSync(args[0])) continue;
  // Without their browsers the engine tests cannot run (ensure-engines.js said why).
  if (name === 'engine tests' && failedSteps.includes('browsers')) continue;
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, CI: process.env.CI ?? '1' } });
  if (r.status !== 0) {
    failedSteps.push(name);
    // Without a build or a browser the e2e step cannot run; everything else still reports.
    if (name === 'build' || name === 'chromium') break;
  }
}

function read(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

let passed = 0;
let failed = 0;
// Vitest's reports: the unit tests and the cross-engine tests.
const unit = read('test-results/unit.json');
const engines = read('test-results/engines.json');
for (const report of [unit, engines]) {
  if (!report) continue;
  passed += report.numPassedTests ?? 0;
  // A test file that fails to load has no failed tests, only a failed suite: count it once.
  failed += report.numFailedTests || report.numFailedTestSuites || 0;
}
const e2e = read('test-results/e2e.json');
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected ?? 0;
}
// A step that failed without failing a counted test (lint, types, build) still counts as a failure.
const counted = ['unit tests', 'e2e tests', 'engine tests'];
const uncounted = failedSteps.filter((s) => !counted.includes(s)).length;
failed += uncounted;
if (failedSteps.includes('unit tests') && !unit) failed += 1;
if (failedSteps.includes('e2e tests') && !e2e) failed += 1;
if (failedSteps.includes('engine tests') && !engines) failed += 1;

if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failedSteps.length || failed ? 1 : 0);
