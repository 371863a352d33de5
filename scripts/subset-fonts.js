#!/usr/bin/env node
// Cuts the bundled Noto Naskh Arabic (400 and 700) down to the characters the app can show: the basic
// Arabic letters, the marks the word layer writes (fatḥatān … sukūn, shadda, superscript alif), digits and
// punctuation, the few extra letters found in names, and every other Arabic-script character that occurs
// anywhere in src/. Harfbuzz keeps the contextual forms, ligatures and the GPOS mark and mark-to-mark
// positioning those characters need. Run it again when new Arabic text is added; a unit test
// (src/lib/fonts/fonts.spec.ts) fails when the committed fonts miss a character the source uses or shape
// a word differently from the full font.
//
// The source is Noto Naskh Arabic 2.016 as @fontsource/noto-naskh-arabic 5.0.12 ships it (SIL OFL 1.1).
// Keep that version: its letters carry their dots. From 2.018 (@fontsource 5.1.1 on) the dots are
// separate mark glyphs placed by GPOS, and WebKit (every iPhone) draws them in the wrong places.
// That release splits the font by script, and its Arabic file has no space: the space and the no-break
// space come from the same release's Latin file, cut to those two characters (naskh-space.woff2; the
// same 221/1000 em advance in both weights), so the spaces between Arabic words are the font's own on
// every device, never a fallback font's.
//
// It also cuts naskh-label.woff2: the bold with only the letters of «العربية», the language switch every
// English page shows in its top bar (and the settings sheet), with the contextual forms they take (the
// layout closure: without it the letters would not join). Small enough to inline in the stylesheet every
// page loads, so that label is drawn in this font from the first paint on pages that load no other
// Arabic (src/lib/fonts/label.css).
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

/** The @fontsource file the app's font is cut from. @param {'arabic' | 'latin'} subset @param {number} weight */
export const sourceFont = (subset, weight) =>
  join(
    ROOT,
    `node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-${subset}-${weight}-normal.woff2`,
  );

/** The two spaces, which the Arabic file lacks. */
export const SPACES = ' \u00a0';

/** The language switch's label on the English pages (`switchTo` in src/lib/i18n/strings/core.ts). */
export const LABEL = 'العربية';

async function main() {
  const codepoints = [...new Set([...BASE, ...usedArabic()])].sort((a, b) => a - b);
  const text = String.fromCodePoint(...codepoints);
  /** @param {string} src @param {string} chars @param {string} name @param {{ noHinting?: boolean }} [options] */
  const cut = async (src, chars, name, options = {}) => {
    const full = readFileSync(src);
    const out = await subsetFont(full, chars, { targetFormat: 'woff2', ...options });
    writeFileSync(join(OUT, name), out);
    console.log(`${name}: ${full.length} → ${out.length} bytes`);
  };
  for (const weight of [400, 700]) await cut(sourceFont('arabic', weight), text, `naskh-${weight}.woff2`);
  // Plus the hyphen, only for its outline: browsers' font sanitizer (OTS, in Chromium and Firefox)
  // rejects a font whose glyphs are all empty. fonts.css gives this file the two spaces only.
  await cut(sourceFont('latin', 400), `${SPACES}-`, 'naskh-space.woff2');
  // The switch is a button, semibold (600), which the bold face serves. No hinting: browsers ignore it.
  await cut(sourceFont('arabic', 700), LABEL, 'naskh-label.woff2', { noHinting: true });
  writeFileSync(join(OUT, 'coverage.json'), `${JSON.stringify(codepoints)}\n`);
  console.log(`${codepoints.length} characters`);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
