// What the service worker caches and how requests find it. Shared by the build (vite.config.ts maps kit's
// output to the URLs pages are requested by), the worker (src/service-worker.ts) and the page-side bridge.
// Pure: no DOM, no Node, no worker globals.
import { inlinedFontIndex, isFirstPaintCss } from './fonts.js';

/** Where the worker lives. Never rename it after a release: installed copies would keep the old one. */
export const SW_URL = '/service-worker.js';

/**
 * What a navigation gets when nothing precached matches it: adapter-static's fallback page, which
 * renders any route in the browser, and the not-found page (in the language of the path) otherwise.
 */
export const FALLBACK_URL = '/404.html';

/** Query parameters that never change a page; the precache ignores them when it looks a request up. */
export const IGNORED_PARAMS: RegExp[] = [
  /^utm_/,
  /^fbclid$/,
  /^x-sveltekit-invalidated$/,
  /^x-sveltekit-trailing-slash$/,
];

/** One entry of Workbox's precache manifest, as workbox-build hands it to a manifest transform. */
export type PrecacheEntry = { url: string; revision: string | null; size: number; integrity?: string };

/**
 * The URL a file in kit's output (`.svelte-kit/output`) is requested by: `prerendered/pages/ar/index.html`
 * → `/ar/`, `prerendered/pages/ar/timeline.html` → `/ar/timeline`, `client/_app/x.js` → `/_app/x.js`.
 */
export function precacheUrl(outputPath: string): string {
  const page = /^prerendered\/pages\/(.*)$/.exec(outputPath);
  if (page) {
    const file = page[1];
    if (file === 'index.html') return '/';
    if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
    if (file.endsWith('.html')) return `/${file.slice(0, -'.html'.length)}`;
    return `/${file}`;
  }
  const rest = /^(?:client|prerendered\/dependencies)\/(.*)$/.exec(outputPath);
  return `/${rest ? rest[1] : outputPath}`;
}

/** A short, stable text hash (cyrb53); enough to tell one build's pages from another's. */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * Workbox manifest transform: maps kit's output paths to request URLs and adds the fallback page, and
 * leaves out the Arabic font's files when first-paint.css, which inlines them, is precached (the worker
 * answers for them from it: src/lib/pwa/fonts.ts).
 * adapter-static writes 404.html only after the worker is built, so its revision is derived from the
 * prerendered pages': they share its template, scripts and version, so it changes whenever they do.
 */
export function toPrecacheManifest(entries: PrecacheEntry[]): {
  manifest: PrecacheEntry[];
  warnings: string[];
} {
  const manifest: PrecacheEntry[] = [];
  const pageRevisions: string[] = [];
  const fontsInCss = entries.some((e) => isFirstPaintCss(precacheUrl(e.url)));
  for (const e of entries) {
    const url = precacheUrl(e.url);
    if (fontsInCss && inlinedFontIndex(url) >= 0) continue;
    if (e.url.startsWith('prerendered/pages/')) pageRevisions.push(`${url}:${e.revision}`);
    manifest.push({ ...e, url });
  }
  const warnings: string[] = [];
  if (pageRevisions.length === 0)
    warnings.push('No prerendered pages found: the app would not work offline.');
  manifest.push({ url: FALLBACK_URL, revision: hashText(pageRevisions.sort().join('\n')), size: 0 });
  return { manifest, warnings };
}

/**
 * Extra URLs to try in the precache for a request: `/ar` is the page `/ar/`. (Workbox already tries
 * `x.html` for `x` and `x/index.html` for `x/`, and drops the fragment; it hands this function the URL
 * with its ignored parameters still on.)
 */
export function urlVariations(url: URL): URL[] {
  const last = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  // A prerendered page's data never depends on the query, but kit passes the page's query on to its
  // __data.json request (`/en/about?from=poster` → `/en/about/__data.json?from=poster&…`).
  if (last === '__data.json' && url.search) {
    const bare = new URL(url.href);
    bare.search = '';
    bare.hash = '';
    return [bare];
  }
  if (last === '' || last.includes('.')) return [];
  const slashed = new URL(url.href);
  slashed.pathname = `${url.pathname}/`;
  slashed.hash = '';
  for (const key of [...slashed.searchParams.keys()])
    if (IGNORED_PARAMS.some((re) => re.test(key))) slashed.searchParams.delete(key);
  return [slashed];
}
