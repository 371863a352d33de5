import type { Environment } from 'vitest/environments';

/**
 * Node, with modules built as for the browser: Svelte's client runtime and runes compiled for it, so a
 * `*.svelte.spec.ts` can run the effects of a state class (`$effect.root`, `flushSync`) without a DOM.
 * Under the default (server) build, `$effect` does nothing at all.
 */
export default {
  name: 'runes',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => {} }),
} satisfies Environment;
