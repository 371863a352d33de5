/**
 * Text widths without a browser: one module for the timeline and the map, so labels are laid out the
 * same in tests, at prerender and on every phone. Two models, both erring wide on purpose:
 * - `textWidth`/`wrapText` (the timeline): font tables. Latin is measured in DejaVu Sans (wider than
 *   Roboto, San Francisco or Segoe UI), Arabic in the bundled Noto Naskh Arabic, bold, with each letter
 *   in its joined form.
 * - `estimateWidth` (the map's place labels): a few classes of letters. The map measures its labels in
 *   the page once they are drawn, so this only places the prerendered page; its figures are the ones that
 *   page was tuned with (the font tables would move its labels).
 */

/** Advance widths of printable ASCII (32–126) in hundredths of an em: DejaVu Sans Book. */
const LATIN = [
  32, 41, 46, 84, 64, 96, 78, 28, 40, 40, 50, 84, 32, 37, 32, 34, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 34,
  34, 84, 84, 84, 54, 100, 69, 69, 70, 78, 64, 58, 78, 76, 30, 30, 66, 56, 87, 75, 79, 61, 79, 70, 64, 62, 74,
  69, 99, 69, 62, 69, 40, 34, 40, 84, 50, 50, 62, 64, 55, 64, 62, 36, 64, 64, 28, 28, 58, 28, 98, 64, 62, 64,
  64, 42, 53, 40, 64, 60, 82, 60, 60, 53, 64, 34, 64, 84,
];
/** The same for DejaVu Sans Bold. */
const LATIN_BOLD = [
  35, 46, 53, 84, 70, 101, 88, 31, 46, 46, 53, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40,
  40, 84, 84, 84, 59, 100, 78, 77, 74, 84, 69, 69, 83, 84, 38, 38, 78, 64, 100, 84, 86, 74, 86, 78, 73, 69,
  82, 78, 111, 78, 73, 73, 46, 37, 46, 84, 50, 50, 68, 72, 60, 72, 68, 44, 72, 72, 35, 35, 67, 35, 105, 72,
  69, 72, 72, 50, 60, 48, 72, 66, 93, 65, 66, 59, 72, 37, 72, 84,
];

/**
 * Arabic letters (Noto Naskh Arabic Bold), hundredths of an em, as [isolated, initial, medial, final].
 * Letters that share a skeleton share a row.
 */
const ARABIC_ROWS: [string, number[]][] = [
  ['اأإآٱ', [29, 29, 34, 34]],
  ['بتث', [81, 35, 41, 87]],
  ['جحخ', [66, 65, 71, 77]],
  ['دذ', [44, 44, 53, 53]],
  ['رز', [38, 38, 44, 44]],
  ['سش', [107, 70, 75, 109]],
  ['صض', [114, 80, 90, 124]],
  ['طظ', [80, 70, 76, 89]],
  ['عغ', [61, 52, 50, 53]],
  ['ف', [85, 43, 46, 88]],
  ['ق', [66, 43, 46, 68]],
  ['ك', [62, 45, 52, 79]],
  ['ل', [62, 22, 29, 67]],
  ['م', [51, 48, 46, 60]],
  ['ن', [61, 28, 34, 65]],
  ['ه', [67, 52, 45, 52]],
  ['وؤ', [50, 50, 54, 54]],
  ['يئى', [64, 35, 41, 74]],
  ['ة', [43, 43, 52, 52]],
  ['ء', [46, 46, 46, 46]],
];
const ARABIC = new Map<string, number[]>(
  ARABIC_ROWS.flatMap(([cs, w]) => [...cs].map((c) => [c, w] as const)),
);
/** Letters that never join the letter after them (Unicode joining type R or U). */
const JOINS_RIGHT_ONLY = new Set([...'اأإآٱدذرزوؤةء']);

/** Other characters, in hundredths of an em. */
const OTHER: Record<string, number> = {
  '\u00a0': 35, // no-break space
  '\u2009': 25, // thin space (en-GB date ranges)
  '\u202f': 25,
  '–': 50,
  '—': 100,
  '“': 55,
  '”': 55,
  '‘': 35,
  '’': 35,
  '«': 60,
  '»': 60,
  '،': 27,
  '؛': 27,
  '؟': 54,
  '≈': 84,
  '·': 38,
  '…': 100,
  '٫': 30,
  '٬': 30,
};
// Arabic-Indic digits (Noto Naskh Arabic 2.016 Bold: proportional, ٠ to ٩).
[36, 35, 46, 51, 45, 41, 48, 49, 49, 46].forEach((w, i) => (OTHER[String.fromCharCode(0x660 + i)] = w));

/** Marks that take no room: bidi controls, joiners, Arabic vowel signs and the tatweel. */
function zeroWidth(c: string): boolean {
  const n = c.charCodeAt(0);
  return (
    (n >= 0x200b && n <= 0x200f) ||
    (n >= 0x2066 && n <= 0x2069) ||
    (n >= 0x064b && n <= 0x065f) ||
    n === 0x061c ||
    n === 0x0670 ||
    n === 0x0640
  );
}
const UNKNOWN = 100;
/** Headroom for hinting and rounding: measured widths came within 0.2 % of the tables. */
const SAFETY = 1.03;

export type Weight = 'normal' | 'bold';

/** Width in em of one run of text, letter by letter (Arabic letters take their joined form). */
export function textEm(text: string, weight: Weight = 'normal'): number {
  const latin = weight === 'bold' ? LATIN_BOLD : LATIN;
  const chars = [...text].filter((c) => !zeroWidth(c));
  let sum = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const code = c.charCodeAt(0);
    if (code >= 32 && code < 127) sum += latin[code - 32];
    else if (ARABIC.has(c)) {
      const prev = chars[i - 1];
      const next = chars[i + 1];
      const fromPrev = prev !== undefined && ARABIC.has(prev) && !JOINS_RIGHT_ONLY.has(prev);
      const toNext = next !== undefined && ARABIC.has(next) && next !== 'ء' && !JOINS_RIGHT_ONLY.has(c);
      const form = fromPrev ? (toNext ? 2 : 3) : toNext ? 1 : 0;
      sum += ARABIC.get(c)![form];
    } else sum += OTHER[c] ?? UNKNOWN;
  }
  return sum / 100;
}

/** Width in px of `text` at `fontPx`. */
export function textWidth(text: string, fontPx: number, weight: Weight = 'normal'): number {
  return textEm(text, weight) * fontPx * SAFETY;
}

/** Text broken into lines the way a browser breaks it at spaces, with the widest line's width. */
export type Wrapped = { lines: string[]; width: number };

/**
 * Greedy line breaking at spaces, as browsers do. Because every width here is at least the real
 * width, a browser given a box `width` px wide never needs more lines than this returns.
 */
export function wrapText(text: string, maxWidth: number, fontPx: number, weight: Weight = 'normal'): Wrapped {
  const words = text.split(/ +/).filter(Boolean);
  const space = textWidth(' ', fontPx, weight);
  const lines: string[] = [];
  let line = '';
  let lineW = 0;
  let width = 0;
  for (const word of words) {
    const w = textWidth(word, fontPx, weight);
    if (line && lineW + space + w <= maxWidth) {
      line += ' ' + word;
      lineW += space + w;
    } else {
      if (line) lines.push(line);
      line = word;
      lineW = w;
      // A word wider than the box is broken by `overflow-wrap`: each full box width is one more line.
      while (lineW > maxWidth && maxWidth > 0) {
        lines.push(line);
        lineW -= maxWidth;
        width = maxWidth;
      }
    }
    width = Math.max(width, lineW);
  }
  if (line || lines.length === 0) lines.push(line);
  return { lines, width };
}

/** Arabic letters by how much room they take (Noto Naskh Arabic): narrow, wide, else medium. */
const AR_NARROW = /[اأإآلدذرزو]/;
const AR_WIDE = /[حخجعغمصضشسقفكطظه]/;

/**
 * Estimated width of one line of text in px, for the map's labels before the page measures them:
 * per-character widths in em, set a little above the widest fonts seen (DejaVu Sans for Latin, Noto
 * Naskh Arabic), so an estimated layout never crowds.
 */
export function estimateWidth(text: string, px: number, bold = true): number {
  let em = 0;
  for (const ch of text) {
    if (AR_NARROW.test(ch)) em += 0.34;
    else if (AR_WIDE.test(ch)) em += 0.75;
    else if (/[\u0600-\u06ff]/.test(ch)) em += 0.5;
    else if (ch === ' ') em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.95;
    else if (/[A-Z]/.test(ch)) em += 0.76;
    else if (/[iljtfr.,'’()-]/.test(ch)) em += 0.38;
    else if (ch === '–') em += 0.55;
    else em += 0.67;
  }
  return em * px * (bold ? 1.06 : 1);
}
