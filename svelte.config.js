import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

// app.html carries one tiny inline script (theme, text size, language redirect) that must run before
// the first paint. The CSP allows exactly that script by its hash, computed here from the file itself.
const appHtml = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
const bootScripts = [...appHtml.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
  (m) => `sha256-${createHash('sha256').update(m[1]).digest('base64')}`,
);

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({
      pages: 'build',
      assets: 'build',
      fallback: '404.html',
      precompress: true,
      strict: true,
    }),
    paths: { relative: false },
    // src/lib/pwa/ registers the worker itself (workbox-window), so it owns the update flow.
    serviceWorker: { register: false },
    ...(process.env.APP_VERSION ? { version: { name: process.env.APP_VERSION } } : {}),
    prerender: { handleHttpError: 'fail', handleMissingId: 'fail', handleUnseenRoutes: 'fail' },
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', ...bootScripts],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        // The bundled Arabic font is inlined in the stylesheet as a data: URL.
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
