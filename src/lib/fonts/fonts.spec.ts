import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { usedArabic, BASE, LABEL, SPACES, sourceFont } from '../../../scripts/subset-fonts.js';
import { openFont } from '../../../scripts/font-tools.js';
import { sentences } from '$lib/content';
import { tokenize } from '$lib/content/words/tokenize';
import { core } from '$lib/i18n/strings/core';

type Font = Awaited<ReturnType<typeof openFont>>;
const coverage: number[] = JSON.parse(readFileSync(new URL('./coverage.json', import.meta.url), 'utf8'));
const file = (name: string) => new URL(`./${name}`, import.meta.url).pathname;
const css = readFileSync(file('fonts.css'), 'utf8');
const firstPaint = readFileSync(file('first-paint.css'), 'utf8');
const labelCss = readFileSync(file('label.css'), 'utf8');

/** Each @font-face of a stylesheet: its descriptors, as written. */
function faces(text: string) {
  return [...text.matchAll(/@font-face\s*\{([^}]*)\}/g)].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w-]+):\s*([^;]+);/g)].map((d) => [d[1], d[2].trim()])),
  );
}

const WEIGHTS = [400, 700] as const;
const cut: Record<number, Font> = {};
const full: Record<number, Font> = {};
let space: Font;
let label: Font;

beforeAll(async () => {
  for (const w of WEIGHTS) {
    cut[w] = await openFont(file(`naskh-${w}.woff2`));
    full[w] = await openFont(sourceFont('arabic', w));
  }
  space = await openFont(file('naskh-space.woff2'));
  label = await openFont(file('naskh-label.woff2'));
});

/** The marks the word layer writes: fatḥatān … sukūn (shadda included) and the superscript alif. */
const MARKS = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670'];
/** The article's words, as it prints them, in their Arabic-script runs (`أ.ب` is `أ` and `ب`, `الـ15` is `الـ`). */
const WORDS = [
  ...new Set(sentences.flatMap((s) => tokenize(s.ar).flatMap((t) => t.text.split(/[^\u0600-\u06FF]+/)))),
].filter(Boolean);
/** Every letter of the article. */
const LETTERS = [...new Set(WORDS.join('').replace(/[^\u0621-\u064A]/g, ''))];
/** Vowelled words as the word layer writes them (shadda then its vowel). */
const VOWELLED = [
  'مَقْتَلُ ٥١ دَاعِشِيًّا',
  'الشَّرْقِيِّ',
  'وَيُصَوِّتُ',
  'الْقَرْيَتَيْنِ',
  'التَّحَالُفِ',
  'الرَّحْمٰنِ',
  'مَدِينَةٍ',
  'كَبِيرٌ',
  'لِلطَّائِرَاتِ',
];
/** Each letter with each mark (and shadda with each vowel) alone, first, inside and last in a word. */
const LETTER_MARKS = LETTERS.flatMap((l) =>
  [
    ...MARKS,
    ...['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650'].map((v) => `\u0651${v}`),
  ].flatMap((m) => [`${l}${m}`, `${l}${m}ب`, `ب${l}${m}ب`, `ب${l}${m}`]),
);

describe('the Arabic font the app ships', () => {
  it('is Noto Naskh Arabic 2.016 (@fontsource 5.0.12), the version whose letters carry their dots', () => {
    for (const w of WEIGHTS) expect(cut[w].version).toMatch(/^Version 2\.016\b/);
    expect(space.version).toMatch(/^Version 2\.016\b/);
  });

  it('has every Arabic-script character the app’s source uses (else run scripts/subset-fonts.js)', () => {
    for (const w of WEIGHTS) {
      const missing = [...usedArabic()].filter((c) => !cut[w].unicodes.has(c));
      expect(missing.map((c) => String.fromCodePoint(c))).toEqual([]);
    }
    const listed = new Set(coverage);
    expect([...usedArabic()].filter((c) => !listed.has(c))).toEqual([]);
  });

  it('keeps the basic Arabic letters, digits, punctuation and the word layer’s marks for text people type', () => {
    for (const c of BASE) expect(coverage, `U+${c.toString(16)}`).toContain(c);
    for (const w of WEIGHTS)
      for (const ch of ['ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى٠١٢٣٤٥٦٧٨٩،؛؟ـ', ...MARKS].join(''))
        expect(cut[w].unicodes.has(ch.codePointAt(0)!), `${ch} at ${w}`).toBe(true);
  });

  it('declares in fonts.css exactly the characters each file has (the spaces from the Latin file)', () => {
    const ranges = faces(css).map((f) => f['unicode-range']);
    expect(ranges).toEqual(['U+0600-06FF', 'U+0600-06FF', 'U+0020, U+00A0', 'U+0020, U+00A0']);
    for (const w of WEIGHTS)
      for (const c of cut[w].unicodes) expect(c >= 0x600 && c <= 0x6ff, `U+${c.toString(16)}`).toBe(true);
    // The hyphen is there for its outline only (a font of empty glyphs is refused by OTS).
    expect([...space.unicodes].sort((a, b) => a - b)).toEqual([0x20, 0x2d, 0xa0]);
    // The Arabic file has no space: without the Latin one, a phone would use another font's.
    for (const w of WEIGHTS) expect(cut[w].unicodes.has(0x20)).toBe(false);
  });

  it('is inlined in first-paint.css with the same files and descriptors as fonts.css by URL, under its own name', () => {
    const byUrl = faces(css).filter((f) => f['font-family'] === "'Noto Naskh Arabic'");
    const inline = faces(firstPaint);
    expect(byUrl).toEqual(faces(css));
    expect(byUrl).toHaveLength(4);
    expect(inline.map((f) => f['font-family'])).toEqual(Array(4).fill("'Noto Naskh Arabic Inline'"));
    expect(inline.map((f) => ({ ...f, 'font-family': '', src: f.src.replace('?inline', '') }))).toEqual(
      byUrl.map((f) => ({ ...f, 'font-family': '' })),
    );
    for (const f of inline) expect(f.src).toMatch(/\?inline'\)/);
    for (const f of byUrl) expect(f.src).not.toMatch(/\?inline/);
    // The worker takes the files out of first-paint.css in this order (src/lib/pwa/fonts.ts).
    expect([...new Set(inline.map((f) => /naskh-[\w]+/.exec(f.src)![0]))]).toEqual([
      'naskh-400',
      'naskh-700',
      'naskh-space',
    ]);
    // And the pages that link it set their Arabic in it.
    expect(firstPaint).toMatch(/:root:root\s*\{\s*--font-ar:\s*'Noto Naskh Arabic Inline'/);
  });

  it('draws the English pages’ language switch from its own small face, as the bold draws it', () => {
    expect(core.en.switchTo).toBe(LABEL);
    const [face, ...others] = faces(labelCss);
    expect(others).toEqual([]);
    expect(face['font-family']).toBe("'Noto Naskh Arabic Label'");
    expect(face.src).toMatch(/naskh-label\.woff2\?inline/);
    expect(face['font-weight']).toBe('700');
    const listed = face['unicode-range'].split(/,\s*/).flatMap((r: string) => {
      const [a, b = a] = r
        .replace('U+', '')
        .split('-')
        .map((h) => parseInt(h, 16));
      return Array.from({ length: b - a + 1 }, (_, i) => a + i);
    });
    const letters = [...new Set([...LABEL].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);
    // Plus the space, which the file lacks, for the line's metrics (see fonts.css).
    expect(listed.sort((a: number, b: number) => a - b)).toEqual([0x20, ...letters]);
    expect([...label.unicodes].sort((a, b) => a - b)).toEqual(letters);
    expect(strip(label.shape(LABEL))).toEqual(strip(full[700].shape(LABEL)));
    expect(readFileSync(file('naskh-label.woff2')).length).toBeLessThan(4_000);
  });

  it('spaces words as the full font would (221/1000 em, both spaces, both weights)', async () => {
    for (const w of WEIGHTS) {
      const latin = await openFont(sourceFont('latin', w));
      for (const s of SPACES) expect(space.width(s)).toBe(latin.width(s));
    }
    expect(space.width(' ')).toBe(0.221);
  });

  it.each(WEIGHTS)('shapes every word of the article as the full font does (%i)', (w) => {
    expect(WORDS.length).toBeGreaterThan(250);
    for (const word of WORDS) {
      const got = cut[w].shape(word);
      expect(
        got.every((g) => g.glyph !== 0),
        `${word}: a glyph is missing`,
      ).toBe(true);
      expect(strip(got), word).toEqual(strip(full[w].shape(word)));
    }
  });

  it.each(WEIGHTS)('places every mark on every letter of the article as the full font does (%i)', (w) => {
    for (const text of [...LETTER_MARKS, ...VOWELLED.flatMap((v) => v.split(' '))]) {
      const got = cut[w].shape(text);
      expect(
        got.every((g) => g.glyph !== 0),
        `${text}: a glyph is missing`,
      ).toBe(true);
      expect(strip(got), text).toEqual(strip(full[w].shape(text)));
    }
  });

  it.each(WEIGHTS)('keeps the mark positioning (GPOS mark, mkmk): marks sit on their letters (%i)', (w) => {
    // Unpositioned marks would have no offset. «الشَّرْقِيِّ» has four mark glyphs: shadda-with-fatḥa (the
    // font draws the pair as one glyph), sukūn, kasra, and shadda-with-kasra, each moved onto its letter.
    const marks = cut[w].shape('الشَّرْقِيِّ').filter((g) => g.xAdvance === 0);
    expect(marks.length).toBe(4);
    for (const g of marks) expect(g.xOffset !== 0 || g.yOffset !== 0).toBe(true);
  });

  it('is small: each weight under 15 KB, and under 30 KB all together', () => {
    const sizes = ['naskh-400.woff2', 'naskh-700.woff2', 'naskh-space.woff2'].map(
      (f) => readFileSync(file(f)).length,
    );
    expect(sizes[0]).toBeLessThan(15_000);
    expect(sizes[1]).toBeLessThan(15_000);
    expect(sizes.reduce((a, b) => a + b)).toBeLessThan(30 * 1024);
  });
});

/** Shaping without glyph ids (a cut font numbers its glyphs anew). */
function strip(gs: ReturnType<Font['shape']>) {
  return gs.map(({ cluster, xAdvance, xOffset, yOffset }) => [cluster, xAdvance, xOffset, yOffset]);
}
