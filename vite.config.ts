import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { configDefaults, defineConfig } from 'vitest/config';
import { webManifest } from './src/lib/pwa/manifest.js';
import { toPrecacheManifest } from './src/lib/pwa/precache.js';
import { compileHints, preloadDeps, shellChunk, svelteRuntimeSplit } from './scripts/chunks.js';
import { jsqrSlim } from './scripts/jsqr-slim.js';

/** The unit specs that touch dates, run under far time zones too (see `test.projects`). */
const DATE_SPECS = [
  'src/lib/i18n/**/*.spec.ts',
  'src/lib/timeline/**/*.spec.ts',
  'src/lib/content/events.spec.ts',
  'src/lib/quiz/session.spec.ts',
  'src/lib/share/attempt.spec.ts',
  'src/lib/storage/quiz.spec.ts',
  'src/lib/review/**/*.spec.ts',
];

/** Specs of `.svelte.ts` state classes that run their effects (see tests/unit/runes-environment.ts). */
const RUNES_SPECS = 'src/**/*.svelte.spec.ts';

export default defineConfig({
  plugins: [
    sveltekit(),
    // The scanner's QR reader, without the kanji table result links never need.
    jsqrSlim(),
    // Each page loads only the Svelte runtime it uses, and what every page loads comes in one file.
    svelteRuntimeSplit(),
    // Hydration's functions compiled off the main thread while the files stream in.
    compileHints(),
    shellChunk({
      layouts: [
        'src/routes/+layout.svelte',
        'src/routes/+layout.ts',
        'src/routes/[lang=lang]/+layout.svelte',
        'src/routes/[lang=lang]/+layout.ts',
      ],
    }),
    // The installable, offline app: src/service-worker.ts (precache + "ask before updating"), the web
    // manifest, and no registration script: src/lib/pwa/ registers the worker with workbox-window.
    SvelteKitPWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'service-worker.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest: webManifest,
      // `vite dev` serves the manifest too (no 404 for app.html's link); the worker itself only exists in
      // a build, and src/lib/pwa/ does not register it in dev.
      devOptions: { enabled: true, type: 'module', suppressWarnings: true },
      injectManifest: {
        // Workbox's defaults leave out fonts and _app/version.json (kit reads it on the not-found page);
        // the screenshots are only for the install sheet.
        globPatterns: ['client/**/*.{js,css,svg,png,woff2,json,webmanifest}', 'prerendered/**/*.{html,json}'],
        globIgnores: ['server/**', 'client/screenshots/**', 'client/service-worker.js'],
        manifestTransforms: [(entries) => toPrecacheManifest(entries)],
      },
    }),
  ],
  resolve: {
    // d3-zoom without what only an animated zoom needs (see the module).
    alias: [
      {
        find: /^d3-(transition|interpolate)$/,
        replacement: fileURLToPath(new URL('./src/lib/components/common/d3-zoom-still.ts', import.meta.url)),
      },
    ],
  },
  build: {
    // Browsers from 2022 on (Android's Chrome and WebView update themselves; iOS 16 runs on the iPhone 8).
    // Private class fields and methods then stay native: for anything older the compiler rewrites them as
    // WeakMap look-ups, in every hot path of Svelte's runtime (scripts/budget.js checks they stay out).
    target: ['chrome98', 'edge98', 'firefox90', 'safari16'],
    // No preload links for the error page SvelteKit imports at every start-up (see preloadDeps).
    modulePreload: { resolveDependencies: preloadDeps },
    // Fonts are files, except where a stylesheet asks for one inlined (`?inline`: the Arabic font in
    // src/lib/fonts/first-paint.css, the language switch's face in fonts.css).
    assetsInlineLimit: (file) => (file.endsWith('.woff2') ? false : undefined),
  },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
          exclude: [...configDefaults.exclude, RUNES_SPECS],
          env: { TZ: 'UTC' },
        },
      },
      // State classes whose effects are under test: built as for the browser, where runes run, with
      // Svelte's client runtime (its server build makes `$effect` and `flushSync` do nothing).
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: {
          name: 'runes',
          include: [RUNES_SPECS],
          environment: './tests/unit/runes-environment.ts',
          env: { TZ: 'UTC' },
        },
      },
      // Dates are calendar days everywhere in the app: the specs that make, format or compare them run
      // again where local midnight is far from UTC's (UTC+14 and UTC−7/−8), so a local-time slip fails.
      ...['Pacific/Kiritimati', 'America/Los_Angeles'].map((tz) => ({
        extends: true as const,
        test: { name: tz, include: DATE_SPECS, env: { TZ: tz } },
      })),
    ],
  },
});
