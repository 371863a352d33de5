import type { Handle } from '@sveltejs/kit';
import { langFromPath, dirOf } from '$lib/i18n/lang';

/** Writes the right <html lang dir> into every prerendered page, so no page flashes the wrong direction. */
export const handle: Handle = async ({ event, resolve }) => {
  const lang = langFromPath(event.url.pathname);
  return resolve(event, {
    transformPageChunk: ({ html }) => html.replace('%lang%', lang).replace('%dir%', dirOf(lang)),
  });
};
