// What the bench takes from the app's TypeScript in Node, through Vite as the app's own code is built:
// the timeline's events (for the TimelineJS page), the share-link codec's speed and the review
// scheduler's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer as createViteServer } from 'vite';
import { PHONE_CPU_SLOWDOWN } from './budgets.js';
import { round } from './stats.js';

const ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Runs `fn` of the TypeScript module at `path` (from the repository's root), or returns the module
 * without `fn`; null if there is no such file.
 * @param {string} path
 * @param {string} [fn]
 */
export async function inNode(path, fn) {
  if (!existsSync(join(ROOT, path))) return null;
  const vite = await createViteServer({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { $lib: join(ROOT, 'src/lib') } },
    server: { middlewareMode: true },
  });
  try {
    const mod = await vite.ssrLoadModule(path);
    return fn ? await mod[fn]() : mod;
  } finally {
    await vite.close();
  }
}

/** The app's own timeline events (src/lib/content/events.ts). */
export const loadEvents = async () => (await inNode('/src/lib/content/events.ts')).events;

/** Encode/decode speed of the quiz share-link codec (src/lib/share/bench.ts). */
export const codecTimings = () => inNode('/src/lib/share/bench.ts', 'benchCodec');

/**
 * The review scheduler for a deck of 300 cards (issue 19): measured in Node on one core of this
 * machine, then multiplied by the phone profile's CPU slowdown, which is what the budget applies to.
 */
export async function schedulerTimings() {
  const r = await inNode('/src/lib/review/bench.ts', 'benchScheduler');
  return r && { ...r, phoneAnswerMs: round(r.answerMs * PHONE_CPU_SLOWDOWN, 2) };
}
