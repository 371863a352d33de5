/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The service worker: precache every page (both languages), script, style, font and icon at install,
// answer from that cache, and wait to be asked before a new version takes over. Built by SvelteKit from
// this file; @vite-pwa/sveltekit then writes the precache list into `self.__WB_MANIFEST`. It makes no
// request of its own except fetching the precache list from this origin, and routes nothing else but
// the Arabic font's files (answered from the precached stylesheet that inlines them, below).
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  matchPrecache,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { FALLBACK_URL, IGNORED_PARAMS, urlVariations } from '$lib/pwa/precache';
import { inlinedFontIndex, inlinedFonts, isFirstPaintCss } from '$lib/pwa/fonts';

declare let self: ServiceWorkerGlobalScope;

// A new version waits until the person says "reload" (the page posts SKIP_WAITING): never take over a
// page on our own, a student may be in the middle of a quiz.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// The first install takes control of the open page at once, so the rest of a first visit already works
// offline. Updates never get here without the person's go-ahead (see above).
clientsClaim();
cleanupOutdatedCaches();

const manifest = self.__WB_MANIFEST;
precacheAndRoute(manifest, {
  ignoreURLParametersMatching: IGNORED_PARAMS,
  urlManipulation: ({ url }) => urlVariations(url),
});

// The Arabic font's files, which the pages without it inlined ask for by URL, come out of the precached
// stylesheet that inlines them (src/lib/pwa/fonts.ts): the precache holds the font once.
const firstPaintCss = manifest.map((e) => (typeof e === 'string' ? e : e.url)).find(isFirstPaintCss);
let fonts: Promise<Uint8Array<ArrayBuffer>[]> | null = null;
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && firstPaintCss !== undefined && inlinedFontIndex(url.pathname) >= 0,
  async ({ request, url }) => {
    fonts ??= matchPrecache(firstPaintCss!)
      .then(async (css) => (css ? inlinedFonts(await css.text()) : []))
      .catch(() => []);
    const font = (await fonts)[inlinedFontIndex(url.pathname)];
    if (!font) {
      fonts = null;
      return fetch(request);
    }
    return new Response(font, { headers: { 'content-type': 'font/woff2' } });
  },
);

// Any other page (an unknown path, a page with an unexpected query string) gets the fallback page, which
// renders known routes in the browser and the not-found page, in the path's language, for the rest.
registerRoute(new NavigationRoute(createHandlerBoundToURL(FALLBACK_URL), { denylist: [/^\/_app\//] }));
