#!/usr/bin/env node
// The byte budgets (bench/budgets.js), checked on the built site in a second (part of `npm test`; the
// full bench adds Lighthouse, all JS once usable, the TimelineJS comparison and timings). Exits non-zero and names the culprit when a budget breaks.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, firstLoad, precache, wordsJson, fileOf, KB } from './bytes.js';
import { BUDGET, PAGES, bytesBroken, firstTransfer } from './bench/budgets.js';
import { COMPILE_HINT } from './chunks.js';
import { describeFindings, scanBuild } from './convention.js';
import { firstPaintBroken } from './first-paint-fonts.js';

if (!existsSync(`${BUILD}index.html`)) {
  console.error('No build/: run "npm run build" first.');
  process.exit(1);
}

const rows = PAGES.filter((r) => existsSync(`${BUILD}${fileOf(r)}`)).map(firstLoad);
const pc = precache();
const words = wordsJson();
const broken = bytesBroken({ pages: rows, precache: pc, words });
const ar = rows.find((r) => r.route === 'ar/');

// Arabic on screen at first paint is drawn in the bundled font from that paint: every page whose HTML
// shows Arabic links the font inlined (scripts/first-paint-fonts.js).
broken.push(
  ...firstPaintBroken(
    ['', ...PAGES]
      .filter((r) => existsSync(`${BUILD}${fileOf(r)}`))
      .map((route) => ({ route, html: readFileSync(`${BUILD}${fileOf(route)}`, 'utf8') })),
  ),
);

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

console.log(
  'route            JS gzip   CSS gzip   HTML gzip   fonts (files + inlined in CSS; files a tap may fetch)',
);
for (const r of rows)
  console.log(
    `/${r.route.padEnd(15)} ${String(KB(r.js.gzip)).padStart(6)} KB ${String(KB(r.css.gzip)).padStart(6)} KB ${String(KB(r.html.gzip)).padStart(7)} KB ${String(KB(r.fonts.bytes)).padStart(6)} KB + ${String(KB(r.fonts.inline)).padStart(4)} KB; ${KB(r.fonts.onDemand.bytes)} KB`,
  );
console.log(
  `/ar/ first-load transfer: ${ar ? KB(firstTransfer(ar)) : '–'} KB (budget ${BUDGET.arTransferKb}); precache: ${KB(pc.transfer)} KB to download, ${KB(pc.bytes)} KB stored, ${pc.count} files${pc.fromWorker ? '' : ' (no worker yet: estimated)'}`,
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
