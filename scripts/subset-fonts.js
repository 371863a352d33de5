#!/usr/bin/env node
// Cuts the bundled Noto Naskh Arabic (400 and 700) down to the characters the app can show: the basic
// Arabic letters, marks, digits and punctuation, the few extra letters found in names, printable ASCII,
// and every other Arabic-script character that occurs anywhere in src/. Harfbuzz keeps the contextual
// forms and ligatures those characters need. Run it again when new Arabic text is added; a unit test
// (src/lib/fonts/fonts.spec.ts) fails when the committed fonts miss a character the source uses.
import { readFileSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = join(ROOT, 'src/lib/fonts');
/** @param {number} a @param {number} b @returns {number[]} */
const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** The characters every Arabic page may need, used in the source or not (typed names, for one). */
export const BASE = [
  ...range(0x20, 0x7e),
  ...range(0x0621, 0x063a),
  ...range(0x0640, 0x0652),
  ...range(0x0660, 0x066d),
  0x060c,
  0x061b,
  0x061f,
  0x0670,
  // Letters outside the basic set that appear in names: پ چ ژ ڤ ک گ ی
  0x067e,
  0x0686,
  0x0698,
  0x06a4,
  0x06a9,
  0x06af,
  0x06cc,
  0x00ab,
  0x00bb,
  0x2013,
  0x2014,
  0x2026,
  0x201c,
  0x201d,
  0x2018,
  0x2019,
  0x00a0,
];

export const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/gu;

/** @param {string} dir @returns {Generator<string>} */
function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full);
    else if (/\.(ts|svelte|js|json|html)$/.test(name) && !name.endsWith('.spec.ts')) yield full;
  }
}

/** Every Arabic-script character that occurs in the app's source. @returns {Set<number>} */
export function usedArabic(dir = join(ROOT, 'src')) {
  /** @type {Set<number>} */
  const set = new Set();
  for (const f of sourceFiles(dir))
    for (const m of readFileSync(f, 'utf8').matchAll(ARABIC_SCRIPT))
      set.add(/** @type {number} */ (m[0].codePointAt(0)));
  return set;
}

async function main() {
  const codepoints = [...new Set([...BASE, ...usedArabic()])].sort((a, b) => a - b);
  const text = String.fromCodePoint(...codepoints);
  for (const weight of [400, 700]) {
    const src = join(
      ROOT,
      `node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`,
    );
    const full = readFileSync(src);
    const out = await subsetFont(full, text, { targetFormat: 'woff2' });
    writeFileSync(join(OUT, `naskh-${weight}.woff2`), out);
    console.log(`naskh-${weight}.woff2: ${full.length} → ${out.length} bytes`);
  }
  writeFileSync(join(OUT, 'coverage.json'), `${JSON.stringify(codepoints)}\n`);
  console.log(`${codepoints.length} characters`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
