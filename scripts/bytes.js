// Byte accounting for the built site: what each page loads first, the fonts, and the precache.
// Shared by the budget check in `npm test` and by `npm run bench`; the routes and the budgets are in
// bench/budgets.js.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const BUILD = new URL('../build/', import.meta.url).pathname;

export function fileOf(route) {
  return route.endsWith('/') ? `${route}index.html` : `${route}.html`;
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function read(rel) {
  return readFileSync(join(BUILD, rel.replace(/^\//, '')));
}

/** The Arabic font's files, which pages fetch only when a tap shows Arabic (see firstLoad). */
const ON_DEMAND_FONT = /\/naskh-(400|700|space)\.[\w-]+\.woff2$/;

/** Every same-origin URL a page's HTML makes the browser fetch before it is interactive. */
export function firstLoad(route) {
  const html = read(fileOf(route)).toString('utf8');
  const js = new Set();
  const css = new Set();
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /href="([^"]+)"/.exec(tag)?.[1];
    if (!href || !href.startsWith('/')) continue;
    if (/rel="modulepreload"/.test(tag)) js.add(href);
    else if (/rel="stylesheet"/.test(tag)) css.add(href);
  }
  for (const m of html.matchAll(/import\("(\/[^"]+\.js)"\)/g)) js.add(m[1]);
  // Fonts the stylesheets declare (woff2 only: every browser we serve takes woff2): fonts inlined in them
  // as data: URLs (counted in the CSS bytes already; `inline` tells how many), and font files. A file is
  // fetched only when text in its face is drawn; the app's stylesheets name the Arabic font's files for
  // the Arabic a tap may open on a page without it inlined (src/lib/fonts/fonts.css), and the pages whose
  // HTML shows Arabic have it inlined (scripts/first-paint-fonts.js checks), so those files are not part
  // of a first load: `onDemand` lists them.
  const fonts = new Set();
  let inline = 0;
  for (const c of css) {
    const text = read(c).toString('utf8');
    for (const m of text.matchAll(/url\(([^)]+\.woff2)\)/g)) fonts.add(m[1].replace(/["']/g, ''));
    // The same file inlined twice (the space, in both weights) is sent twice.
    for (const m of text.matchAll(/url\(["']?data:font\/woff2;base64,([A-Za-z0-9+/=]+)/g))
      inline += Buffer.from(m[1], 'base64').length;
  }
  const onDemand = [...fonts].filter((f) => ON_DEMAND_FONT.test(f));
  for (const f of onDemand) fonts.delete(f);
  const sum = (set, f) => [...set].reduce((n, u) => n + f(read(u)), 0);
  return {
    route,
    html: { raw: Buffer.byteLength(html), gzip: gz(Buffer.from(html)) },
    js: { files: js.size, raw: sum(js, (b) => b.length), gzip: sum(js, gz) },
    css: { files: css.size, raw: sum(css, (b) => b.length), gzip: sum(css, gz) },
    fonts: {
      files: [...fonts],
      bytes: sum(fonts, (b) => b.length),
      inline,
      onDemand: { files: onDemand, bytes: sum(new Set(onDemand), (b) => b.length) },
    },
  };
}

/** `/data/words.json`, the word layer the reader loads after it shows: its bytes raw and gzipped, or null. */
export function wordsJson() {
  const file = join(BUILD, 'data/words.json');
  if (!existsSync(file)) return null;
  const buf = readFileSync(file);
  return { raw: buf.length, gzip: gz(buf) };
}

/** All files under build/, as paths relative to it. */
function walk(dir = BUILD, base = '') {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    const rel = base ? `${base}/${name}` : name;
    return statSync(full).isDirectory() ? walk(full, rel) : [rel];
  });
}

/**
 * The precache: the URLs the service worker's manifest lists (when there is a worker), with their sizes:
 * `bytes` as stored, `transfer` as downloaded to fill it (text gzipped as a static host serves it; fonts
 * and images as they are). Without a worker, what it would have to hold: pages, JS, CSS, woff2, icons.
 */
export function precache() {
  const sw = join(BUILD, 'service-worker.js');
  let urls;
  if (existsSync(sw)) {
    const text = readFileSync(sw, 'utf8');
    urls = [...text.matchAll(/"?url"?:\s*"([^"]+)"/g)].map((m) => m[1]);
  } else {
    urls = walk().filter(
      (f) => /\.(html|js|css|woff2|png|svg|webmanifest|json)$/.test(f) && !f.endsWith('.woff'),
    );
  }
  const files = urls.map((u) => {
    const rel = u.replace(/^\//, '');
    const candidates = [rel, `${rel}.html`, `${rel}index.html`, `${rel}/index.html`];
    const hit = candidates.find((c) => c && existsSync(join(BUILD, c)) && statSync(join(BUILD, c)).isFile());
    if (!hit) return { url: u, bytes: 0, transfer: 0, found: false };
    const buf = read(hit);
    const transfer = /\.(html|js|css|json|svg|webmanifest|txt)$/.test(hit) ? gz(buf) : buf.length;
    return { url: u, bytes: buf.length, transfer, found: true };
  });
  const total = (key) => files.reduce((n, f) => n + f[key], 0);
  return {
    fromWorker: existsSync(sw),
    count: files.length,
    bytes: total('bytes'),
    transfer: total('transfer'),
    files,
  };
}

export { KB } from './bench/stats.js';
