// The cross-engine suite (tests/engines/): the built site in Chromium, Firefox ESR and WebKitGTK, one
// engine after the other (ENGINES=webkit or ENGINES=firefox,webkit picks some). Kept apart from the
// unit tests so `npx vitest run` stays fast; `npm run test:engines` runs it, and `npm test` too.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
  test: {
    // Each engine's file skips itself unless ENGINES names it (scripts/engines.js).
    include: ['tests/engines/**/*.test.ts'],
    environment: 'node',
    // One browser at a time, in the order the list gives (2 cores).
    fileParallelism: false,
    sequence: { shuffle: false },
    testTimeout: 120_000,
    hookTimeout: 120_000,
    env: { TZ: 'UTC' },
  },
});
