#!/usr/bin/env node
// The byte budgets, checked on the built site in a second (part of `npm test`; the full bench adds
// Lighthouse and timings). Exits non-zero and names the culprit when a budget breaks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, ROUTES, firstLoad, precache, wordsJson, KB } from './bytes.js';
import { COMPILE_HINT } from './chunks.js';
import { describeFindings, scanBuild } from './convention.js';

export const BUDGETS = {
  firstLoadJsGzip: 50 * 1024,
  arFirstTransfer: 150 * 1024,
  // 400 until issue 18's word layer (/data/words.json and its notes, about 30 KB gzip), the words page and
  // the reader's word card.
  // 450 until issue 19's review page (its two pages, its code and ts-fsrs's scheduler, about 20 KB gzip).
  // 475 until issue 18's words page (its two pages, its list's code and styles, and the word layer's
  // loader and checks, which no page used before: 16.4 KB gzip). 490 until the reader's words (the word
  // card's code and styles, the reader's word spans in /ar/ and /en/, the vowels preload in every page's
  // head: 17 KB gzip, 497.3 KB in all). 505 until issue 21's read-aloud (its lazy chunk: the player, the
  // Listen bar and buttons, 3.5 KB gzip) and issue 19's word cards in review (the word card's "add to my
  // review", the review page's word flashcard and its word-layer loader: 3 KB gzip; 507.7 KB in all).
  // The printable worksheet and answer key of issue 21 fit in 520 too (their pages' code and styles,
  // loaded on the first tap on Print, and the article as a chunk of its own, which the words page
  // shares: 9 KB gzip; 516.7 KB in all).
  // 520 until issue 19's vocabulary questions (/data/quiz.json 15.4 → 18.7 KB gzip) and the deck's Anki
  // export (about 2 KB gzip): 523.3 KB in all.
  precache: 530 * 1024,
  /** `/data/words.json`, the word layer the reader loads after it shows (issue 18). */
  wordsJsonGzip: 25 * 1024,
};

if (!existsSync(`${BUILD}index.html`)) {
  console.error('No build/: run "npm run build" first.');
  process.exit(1);
}

const broken = [];
const rows = ROUTES.filter((r) =>
  existsSync(`${BUILD}${r.endsWith('/') ? `${r}index.html` : `${r}.html`}`),
).map(firstLoad);
for (const r of rows) {
  if (r.js.gzip > BUDGETS.firstLoadJsGzip)
    broken.push(`/${r.route}: first-load JS ${KB(r.js.gzip)} KB gzip > ${KB(BUDGETS.firstLoadJsGzip)} KB`);
}
const ar = rows.find((r) => r.route === 'ar/');
const arTotal = ar.html.gzip + ar.js.gzip + ar.css.gzip + ar.fonts.bytes;
if (arTotal > BUDGETS.arFirstTransfer)
  broken.push(
    `/ar/: first-load transfer ${KB(arTotal)} KB (html+js+css gzip, fonts) > ${KB(BUDGETS.arFirstTransfer)} KB`,
  );
const pc = precache();
const missing = pc.files.filter((f) => !f.found);
if (missing.length)
  broken.push(`precache lists files that are not in build/: ${missing.map((f) => f.url).join(', ')}`);
if (pc.transfer > BUDGETS.precache)
  broken.push(`precache download ${KB(pc.transfer)} KB > ${KB(BUDGETS.precache)} KB`);

const words = wordsJson();
if (!words) broken.push('build/data/words.json is missing');
else if (words.gzip > BUDGETS.wordsJsonGzip)
  broken.push(`/data/words.json: ${KB(words.gzip)} KB gzip > ${KB(BUDGETS.wordsJsonGzip)} KB`);

// Two properties of the build that start-up time depends on (see vite.config.ts and scripts/chunks.js).
const js = readdirSync(join(BUILD, '_app/immutable'), { recursive: true })
  .filter((f) => String(f).endsWith('.js'))
  .map((f) => ({ file: String(f), code: readFileSync(join(BUILD, '_app/immutable', String(f)), 'utf8') }));
const unhinted = js.filter((f) => !f.code.startsWith(COMPILE_HINT));
if (unhinted.length) broken.push(`files without the compile hint: ${unhinted.map((f) => f.file).join(', ')}`);
if (!js.some((f) => /this\.#[\w$]/.test(f.code)))
  broken.push(
    "no native private class field in the client build: Svelte's runtime was lowered (build.target)",
  );

// SvelteKit imports the root error page (node 1) at every start-up, in the hydration task: it must add
// nothing to the page then, no preload link (preloadDeps) and no stylesheet the root layout lacks.
const entry = js.find((f) => /^entry\/app\.[^/]*\.js$/.test(f.file.replaceAll('\\', '/')));
const listed = entry?.code.match(/m\.f=(\[[^\]]*\])/)?.[1];
/** @type {string[] | null} */
const files = listed ? JSON.parse(listed) : null;
/** The files the entry announces before importing node `n`, or null if the entry's shape is unknown. */
const announced = (n) => {
  const at = entry?.code.match(
    new RegExp(`nodes/${n}\\.[\\w-]+\\.js\`\\),__vite__mapDeps\\(\\[([\\d,]*)\\]\\)`),
  );
  return files && at
    ? at[1]
        .split(',')
        .filter(Boolean)
        .map((i) => files[Number(i)])
    : null;
};
const errorDeps = announced(1);
const layoutDeps = announced(0);
if (!errorDeps || !layoutDeps) broken.push('entry/app.*.js: could not read how it imports nodes 0 and 1');
else {
  const extra = errorDeps.filter((f) => f.endsWith('.js') || !layoutDeps.includes(f));
  if (extra.length)
    broken.push(`the error page, imported at every start-up, adds to the page: ${extra.join(', ')}`);
}

// Not bytes, but checked here because it needs the fresh build: every Arabic number and date the built
// pages and data show keeps the article's digits and month names (scripts/convention.js).
const style = scanBuild(BUILD);
if (style.found.length)
  broken.push(
    `${style.found.length} Arabic number(s) or month name(s) off the article's convention in build/:\n    ${describeFindings(style.found.slice(0, 20)).replaceAll('\n', '\n    ')}${style.found.length > 20 ? '\n    …' : ''}`,
  );

console.log('route            JS gzip   CSS gzip   HTML gzip   fonts (files + inlined in CSS)');
for (const r of rows)
  console.log(
    `/${r.route.padEnd(15)} ${String(KB(r.js.gzip)).padStart(6)} KB ${String(KB(r.css.gzip)).padStart(6)} KB ${String(KB(r.html.gzip)).padStart(7)} KB ${String(KB(r.fonts.bytes)).padStart(6)} KB + ${KB(r.fonts.inline)} KB`,
  );
console.log(
  `/ar/ first-load transfer: ${KB(arTotal)} KB; precache: ${KB(pc.transfer)} KB to download, ${KB(pc.bytes)} KB stored, ${pc.count} files${pc.fromWorker ? '' : ' (no worker yet: estimated)'}`,
);
if (words) console.log(`/data/words.json: ${KB(words.raw)} KB raw, ${KB(words.gzip)} KB gzip`);

if (broken.length) {
  console.error(`\nBudget broken:\n  ${broken.join('\n  ')}`);
  if (process.argv.includes('--report')) console.error('(reported only: --report)');
  else process.exit(1);
}
if (!broken.length)
  console.log(
    `All byte budgets hold. Arabic numbers and month names as the article writes them in ${style.files.length} built files.`,
  );
