// The Arabic UI writes numbers and dates as the article does: Western digits (51, 230, 2015) and the
// month names «مايو», «أغسطس» (a UAE paper's text). This module finds what breaks that convention in a
// text: Arabic-Indic digits, Levantine/Iraqi month names («آب», «أيار»…) and the double «آب/أغسطس»
// style. It runs over every Arabic string the app can show: the unit scan (src/lib/i18n/convention.spec.ts),
// the built pages (scanBuild(), in the byte-budget step of `npm test`) and the screens in a browser
// (tests/e2e/arabic-numbers.spec.ts).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** @typedef {'digits' | 'month' | 'double-month'} SlipKind */
/** @typedef {{ kind: SlipKind; text: string; at: number }} Slip */
/** @typedef {{ where: string; kind: SlipKind; text: string; context: string }} ScanFinding */

/** Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits, in runs. */
const DIGITS = /[\u0660-\u0669\u06f0-\u06f9]+/g;

/** The Levantine/Iraqi names of the Gregorian months. */
export const LEVANTINE_MONTHS = [
  'كانون',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين',
];

// A month name as a word: no Arabic letter before it (but one of the attached prefixes و ب ل ف may
// be), none after it, so «كتاب» or «الآباء» never match «آب».
const LETTER = '\\u0621-\\u064a\\u0671-\\u06d3';
const MONTH = new RegExp(`(?<![${LETTER}])[وبلف]?(${LEVANTINE_MONTHS.join('|')})(?![${LETTER}])`, 'g');
/** «آب/أغسطس», «أيار / مايو», «كانون الأول/ديسمبر»: two names for one month. */
const DOUBLE = new RegExp(`(?:${LEVANTINE_MONTHS.join('|')})(?: الأول| الثاني)?\\s*/\\s*[${LETTER}]+`, 'g');

/**
 * Words that name a Levantine month as a word, not as a date: the word layer's gloss and note for the
 * article's «مايو» (src/lib/content/words/data/p7-p8.ts) tell a learner it is «أيار» in Syria. A
 * vocabulary note, so left alone; every date the UI writes still uses «مايو».
 */
export const MENTIONS = ['أيار، الشهر الخامس', 'in Syria it is أيار'];

/**
 * The spans of `text` that are a mention (MENTIONS).
 * @param {string} text
 * @returns {[number, number][]}
 */
function mentions(text) {
  /** @type {[number, number][]} */
  const spans = [];
  for (const m of MENTIONS)
    for (let i = text.indexOf(m); i >= 0; i = text.indexOf(m, i + 1)) spans.push([i, i + m.length]);
  return spans;
}

/**
 * The spans of `text` that quote the article: «…» whose inside is the article's own words.
 * @param {string} text
 * @param {string} article
 * @returns {[number, number][]}
 */
function articleQuotes(text, article) {
  if (!article) return [];
  /** @type {[number, number][]} */
  const spans = [];
  // Guillemets can nest («… «داعش» …»): try each opening with each later closing, longest first.
  for (let i = text.indexOf('«'); i >= 0; i = text.indexOf('«', i + 1)) {
    for (let j = text.lastIndexOf('»'); j > i; j = text.lastIndexOf('»', j - 1)) {
      const inside = text
        .slice(i + 1, j)
        .replace(/…/g, '')
        .trim();
      if (inside && article.includes(inside)) {
        spans.push([i, j + 1]);
        break;
      }
    }
  }
  return spans;
}

/**
 * Every place where `text` leaves the convention, in order. Words quoted from the article («…» around
 * words that are in `article`, or the whole text when it is the article's) are the article's own and
 * are never reported, nor are MENTIONS.
 * @param {string} text
 * @param {string} [article]
 * @returns {Slip[]}
 */
export function conventionSlips(text, article = '') {
  if (article && text.trim() && article.includes(text.trim())) return [];
  const quoted = [...articleQuotes(text, article), ...mentions(text)];
  /** @param {number} at */
  const inQuote = (at) => quoted.some(([a, b]) => at >= a && at < b);
  /** @type {Slip[]} */
  const slips = [];
  for (const m of text.matchAll(DIGITS)) slips.push({ kind: 'digits', text: m[0], at: m.index ?? 0 });
  const doubles = [...text.matchAll(DOUBLE)].map((m) => ({ at: m.index ?? 0, text: m[0] }));
  for (const d of doubles) slips.push({ kind: 'double-month', text: d.text, at: d.at });
  for (const m of text.matchAll(MONTH)) {
    const at = (m.index ?? 0) + m[0].length - m[1].length;
    if (!doubles.some((d) => at >= d.at && at < d.at + d.text.length))
      slips.push({ kind: 'month', text: m[1], at });
  }
  return slips.filter((s) => !inQuote(s.at)).sort((a, b) => a.at - b.at);
}

/**
 * Scans many texts (`[where, text]` pairs) and lists every slip, with 30 characters of context each side.
 * @param {Iterable<[string, string]>} texts
 * @param {string} [article]
 * @returns {ScanFinding[]}
 */
export function scanTexts(texts, article = '') {
  /** @type {ScanFinding[]} */
  const out = [];
  for (const [where, text] of texts)
    for (const s of conventionSlips(text, article))
      out.push({
        where,
        kind: s.kind,
        text: s.text,
        context: text.slice(Math.max(0, s.at - 30), s.at + s.text.length + 30).replace(/\s+/g, ' '),
      });
  return out;
}

/** One finding per line, for a failing check's message. @param {ScanFinding[]} found */
export function describeFindings(found) {
  return found.map((x) => `${x.where}: ${x.kind} «${x.text}» in «…${x.context}…»`).join('\n');
}

/**
 * What a built site shows: every prerendered page, `/data/*.json`, `/<lang>/…/data.json` and the web
 * manifest, as text (JSON's \u escapes undone). The article's own sentences come from
 * `/data/reader.json`, so its quotes are recognised.
 * @param {string} build the build directory
 * @returns {{ files: [string, string][]; article: string }}
 */
export function builtTexts(build) {
  /** @param {string} dir @returns {string[]} */
  const walk = (dir) =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? (f === '_app' ? [] : walk(p)) : [p];
    });
  /** @type {[string, string][]} */
  const files = walk(build)
    .map((p) => relative(build, p).replaceAll('\\', '/'))
    .filter(
      (p) =>
        p.endsWith('.html') ||
        /^data\/[^/]+\.json$/.test(p) ||
        /^(ar|en)\/.+\/data\.json$/.test(p) ||
        p === 'manifest.webmanifest',
    )
    .map((p) => [
      p,
      readFileSync(join(build, p), 'utf8').replace(/\\u([0-9a-fA-F]{4})/g, (_, h) =>
        String.fromCharCode(parseInt(h, 16)),
      ),
    ]);
  const reader = JSON.parse(readFileSync(join(build, 'data/reader.json'), 'utf8'));
  /** @type {{ seg: { ar: { text: string }[] } }[]} */
  const sentences = reader.blocks.flatMap((/** @type {{ sentences: any[] }} */ b) => b.sentences);
  const article = sentences.map((s) => s.seg.ar.map((g) => g.text).join('')).join(' ');
  return { files, article };
}

/** Every slip in a built site's pages and data. @param {string} build */
export function scanBuild(build) {
  const { files, article } = builtTexts(build);
  return { files: files.map(([p]) => p), found: scanTexts(files, article) };
}
