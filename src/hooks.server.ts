import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { langFromPath, dirOf } from '$lib/i18n/lang';
import { completePreloads, type ClientManifest } from '$lib/server/preloads';

/** Vite's manifest of the client build, which exists by the time pages are prerendered. */
const CLIENT_MANIFEST = '.svelte-kit/output/client/.vite/manifest.json';

function clientManifest(): ClientManifest | null {
  return building && existsSync(CLIENT_MANIFEST) ? JSON.parse(readFileSync(CLIENT_MANIFEST, 'utf8')) : null;
}

/**
 * Writes the right <html lang dir> into every prerendered page, so no page flashes the wrong direction,
 * and preloads every module the page imports statically (see $lib/server/preloads).
 */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = langFromPath(event.url.pathname);
  const manifest = clientManifest();
  return resolve(event, {
    transformPageChunk: ({ html }) => {
      const out = html.replace('%lang%', lang).replace('%dir%', dirOf(lang));
      return manifest ? completePreloads(out, manifest) : out;
    },
  });
};
