// The anchor page the bench puts beside our timeline (issue 23): the article's events in Knight Lab's
// TimelineJS 3.9.11, set up as lightly as an honest self-hoster would, written to bench/tmp/timelinejs/
// and served by the same static server as our build (scripts/serve.js on its own port).
//
// How it is built:
// - timeline.js and timeline.css from the npm package (node_modules/@knight-lab/timelinejs/dist), and
//   the icon font files its CSS names; nothing from a CDN.
// - `font: null` (no Google Fonts stylesheet), `language: 'en'` (built in: no locale file is fetched),
//   `script_path` at our own server (where TimelineJS would look for locale and font files).
// - The events inline in the page, as TL.Timeline takes them (no extra request), in an HTML shell with
//   the head ours has (charset, viewport, colour scheme, theme colour, favicon, description, title),
//   without our PWA parts (manifest, boot script, CSP) and without our prerendered content.
// - Precompressed exactly as our build is (SvelteKit's adapter-static `precompress`: a .gz at gzip level
//   9 and a .br at brotli quality 11 beside every .html, .js, .json, .css, .svg, .txt… file), so the
//   server sends both sites' text the same way: brotli to Chromium. Fonts are not compressed on either
//   side (the adapter leaves them as they are).
//
// Why the page measured 342 KB before: Lighthouse's network records of it (2026-12-07, KB of 1024
// bytes) list timeline.js 217.2 KB, timeline.css 94.5 KB, the icon font tl-icons.ttf 26.8 KB, events.js
// 2.4 KB, start.js and the HTML 1.3 KB, and a 404 for /favicon.ico: 350,789 bytes. No locale file, no
// web font, no image: its text was sent uncompressed. Our server (sirv) compresses nothing on the fly;
// it serves the .br/.gz files a build leaves beside each file, and the copied TimelineJS files had none.
// The 103 KB is the same files gzipped (JS 63.1 KB, CSS 11.3 KB; the font 26.5 KB as it is).
// Served brotli now, as ours is: JS 53.8 KB, CSS 9.4 KB, the font 26.5 KB, the page and favicon about
// 2 KB. The package's CSS lists the .ttf before the .woff2 (13.1 KB), so Chromium takes the .ttf: kept
// as the package ships it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = new URL('../../', import.meta.url).pathname;
export const TIMELINEJS_DIR = join(ROOT, 'bench/tmp/timelinejs');
const PACKAGE = join(ROOT, 'node_modules/@knight-lab/timelinejs');
export const TIMELINEJS_VERSION = JSON.parse(readFileSync(join(PACKAGE, 'package.json'), 'utf8')).version;

/** The extensions SvelteKit's adapters precompress (@sveltejs/kit's core/adapt/builder.js). */
export const COMPRESSED = ['.html', '.js', '.mjs', '.json', '.css', '.svg', '.xml', '.wasm', '.txt', '.md'];

/** @param {string} day `YYYY-MM-DD` */
function tlDate(day) {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { year, month, day: dayOfMonth };
}

/**
 * The events in TimelineJS's JSON: headline and text in English, one- or several-day spans.
 * @param {{ title: { en: string }, description: { en: string }, start: string, end: string }[]} events
 */
export function timelineJsData(events) {
  return {
    title: { text: { headline: 'Al-Qaryatayn, August 2015', text: 'The events of one news article.' } },
    events: events.map((e) => ({
      start_date: tlDate(e.start),
      ...(e.end !== e.start ? { end_date: tlDate(e.end) } : {}),
      text: { headline: e.title.en, text: e.description.en },
    })),
  };
}

/** The options: no web font, the built-in English, our own server for anything it would fetch. */
export const TIMELINEJS_OPTIONS = { script_path: '/js/', font: null, language: 'en' };

/** JSON safe inside a <script> element. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The page. */
export function timelineJsHtml(events) {
  return `<!doctype html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#8a3b12">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<title>Timeline · Al-Qaryatayn, August 2015 (TimelineJS)</title>
<meta name="description" content="The events of one news article on a timeline, in TimelineJS.">
<link rel="stylesheet" href="/css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline{height:100%}</style>
</head>
<body>
<main id="timeline"></main>
<script src="/js/timeline.js"></script>
<script>window.timeline = new TL.Timeline('timeline', ${scriptJson(timelineJsData(events))}, ${scriptJson(TIMELINEJS_OPTIONS)});</script>
</body>
</html>
`;
}

/**
 * Writes `file.gz` and `file.br` beside every file under `dir` whose extension is in COMPRESSED, with
 * the settings SvelteKit's adapters use. Returns each file's sizes.
 * @param {string} dir
 * @returns {{ path: string, raw: number, gzip: number | null, br: number | null }[]}
 */
export function precompress(dir) {
  const out = [];
  for (const rel of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const file = join(dir, rel);
    if (!statSync(file).isFile() || /\.(gz|br)$/.test(rel)) continue;
    const buf = readFileSync(file);
    if (!COMPRESSED.includes(extname(rel))) {
      out.push({ path: `/${rel}`, raw: buf.length, gzip: null, br: null });
      continue;
    }
    const gz = gzipSync(buf, { level: constants.Z_BEST_COMPRESSION });
    const br = brotliCompressSync(buf, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
      },
    });
    writeFileSync(`${file}.gz`, gz);
    writeFileSync(`${file}.br`, br);
    out.push({ path: `/${rel}`, raw: buf.length, gzip: gz.length, br: br.length });
  }
  return out;
}

/**
 * Writes the page and its files into `dir` (emptied first) and precompresses them. `events` are the
 * app's own timeline events (src/lib/content/events.ts), passed in by the bench so both timelines show
 * exactly the same data. Returns the files written, with their sizes.
 */
export function buildTimelineJsPage(events, dir = TIMELINEJS_DIR) {
  rmSync(dir, { recursive: true, force: true });
  const dist = join(PACKAGE, 'dist');
  const copy = (from, to) => {
    mkdirSync(join(dir, to, '..'), { recursive: true });
    copyFileSync(from, join(dir, to));
  };
  copy(join(dist, 'js/timeline.js'), 'js/timeline.js');
  copy(join(dist, 'css/timeline.css'), 'css/timeline.css');
  // Its CSS reaches the icon font as ../js/../css/icons/ from itself: /css/icons/ here.
  for (const f of readdirSync(join(dist, 'css/icons'))) copy(join(dist, 'css/icons', f), `css/icons/${f}`);
  copy(join(ROOT, 'static/favicon.svg'), 'favicon.svg');
  writeFileSync(join(dir, 'index.html'), timelineJsHtml(events));
  writeFileSync(join(dir, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  return precompress(dir);
}
