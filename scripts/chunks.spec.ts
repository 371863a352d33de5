import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { compile } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import {
  COMPILE_HINT,
  compileHints,
  preloadDeps,
  rewriteRuntimeImports,
  runtimeExports,
  shellSeeds,
} from './chunks.js';

const { map } = runtimeExports();
const isIndex = (source: string) =>
  source === 'svelte/internal/client' || source === './internal/client/index.js';
const rewrite = (code: string) => rewriteRuntimeImports(code, isIndex, map);

describe('rewriteRuntimeImports(code, isIndex, exported)', () => {
  it('points a namespace import at only the names the module uses', async () => {
    const code = [
      "import * as $ from 'svelte/internal/client';",
      "var root = $.from_html('<p>x</p>');",
      'export default function A($$anchor) { $.push(); $.append($$anchor, root()); $.pop(); }',
    ].join('\n');
    expect(await rewrite(code)).toBe(
      code.replace("'svelte/internal/client';", '"\\u0000svelte-runtime:append,from_html,pop,push";'),
    );
  });

  it('does not take a template literal or `$$props` for a use of the namespace', async () => {
    const code = "import * as $ from 'svelte/internal/client';\nconst t = `${$$props.x}`; $.set(a, t);";
    expect(await rewrite(code)).toContain('svelte-runtime:set";');
  });

  it('points named imports at their own files', async () => {
    expect(await rewrite("import { user_effect } from './internal/client/index.js';\nuser_effect(f);")).toBe(
      'import { user_effect } from "\\u0000svelte-runtime:user_effect";\nuser_effect(f);',
    );
  });

  it.each([
    ['the namespace is used whole', "import * as $ from 'svelte/internal/client';\nkeep($); $.set(a, 1);"],
    [
      'a name the runtime does not export',
      "import * as $ from 'svelte/internal/client';\n$.no_such_thing();",
    ],
    ['another module', "import * as $ from 'svelte/store';\n$.get(x);"],
  ])('leaves the import alone when %s', async (_, code) => {
    expect(await rewrite(code)).toBeNull();
  });

  it('knows where every name the compiler uses comes from', () => {
    for (const name of ['each', 'if', 'template_effect', 'bind_value', 'set_attribute', 'head', 'proxy'])
      expect(map.get(name)?.file, name).toMatch(/svelte[\\/]src[\\/]internal[\\/]/);
    expect(map.get('if')?.name).toBe('if_block');
  });
});

/**
 * What svelteRuntimeSplit() and shellChunk() read of Svelte's and SvelteKit's private files. After an
 * upgrade these fail first, naming what moved (see the note at the top of chunks.js).
 */
describe("Svelte's internals that the runtime split relies on", () => {
  it('the runtime index re-exports only, and every name comes from the file it names', () => {
    // runtimeExports() throws on any other export form; here each file must really export its name.
    const texts = new Map<string, string>();
    const read = (file: string) => texts.get(file) ?? texts.set(file, readFileSync(file, 'utf8')).get(file)!;
    const missing = [...map]
      .filter(([, { file, name }]) => {
        const n = name.replace(/\$/g, '\\$');
        return !new RegExp(
          `export\\s+(?:async\\s+)?(?:function\\*?|const|let|var|class)\\s+${n}\\b|export\\s*\\{[^}]*\\b${n}\\b[^}]*\\}`,
        ).test(read(file));
      })
      .map(([as, { file, name }]) => `${as} (${name} in ${file})`);
    expect(missing, 'Svelte moved runtime exports: update runtimeExports() in scripts/chunks.js').toEqual([]);
    expect(map.size, 'svelte/internal/client exports almost nothing: its form changed').toBeGreaterThan(100);
  });

  it('a compiled component imports the runtime as one namespace, which the split rewrites', async () => {
    const { code } = compile(
      `<script>let { n } = $props(); let c = $state(0);</script>
      <button onclick={() => c++} class:on={c > 1}>{n} {c}</button>
      {#each [1, 2] as x (x)}<i>{x}</i>{/each}{#if c}<b>y</b>{/if}`,
      { generate: 'client', filename: 'Probe.svelte' },
    ).js;
    expect(code, "the compiler no longer imports 'svelte/internal/client' as a namespace").toMatch(
      /import \* as \$ from 'svelte\/internal\/client'/,
    );
    const out = await rewriteRuntimeImports(code, (s) => s === 'svelte/internal/client', map);
    expect(out, 'rewriteRuntimeImports() no longer recognises the compiled import').not.toBeNull();
    expect(out).not.toContain("from 'svelte/internal/client'");
  });

  it("SvelteKit's client entry and the generated files the shell grows from are where shellChunk() looks", () => {
    const [entry] = shellSeeds(process.cwd(), []);
    expect(existsSync(entry), `SvelteKit's client entry moved from ${entry}`).toBe(true);
    const require = createRequire(import.meta.url);
    const kitVite = resolve(
      dirname(require.resolve('@sveltejs/kit/package.json')),
      'src/exports/vite/index.js',
    );
    const text = readFileSync(kitVite, 'utf8');
    for (const path of ['generated/client-optimized/app.js', 'generated/client-optimized/nodes/'])
      expect(
        text.includes(path),
        `SvelteKit no longer builds from ${path} (shellChunk in scripts/chunks.js)`,
      ).toBe(true);
  });
});

describe('compileHints()', () => {
  const run = (ssr: boolean, bundle: Record<string, { type: string; code?: string; fileName: string }>) => {
    const { handler } = compileHints().generateBundle;
    handler.call({ environment: { config: { build: { ssr } } } }, {}, bundle);
    return bundle;
  };

  it('opens every client JavaScript file with the hint, once, and leaves other files alone', () => {
    const bundle = run(false, {
      'app.js': { type: 'chunk', code: 'const __vite__mapDeps=1;', fileName: 'app.js' },
      'a.css': { type: 'asset', fileName: 'a.css' },
    });
    expect(bundle['app.js'].code).toBe(`${COMPILE_HINT}const __vite__mapDeps=1;`);
    expect(bundle['a.css'].code).toBeUndefined();
    run(false, bundle);
    expect(bundle['app.js'].code?.split(COMPILE_HINT)).toHaveLength(2);
  });

  it('leaves the server build alone', () => {
    expect(run(true, { 'i.js': { type: 'chunk', code: 'x', fileName: 'i.js' } })['i.js'].code).toBe('x');
  });
});

describe('preloadDeps(filename, deps)', () => {
  const deps = ['_app/immutable/chunks/a.js', '_app/immutable/chunks/b.js'];

  it('announces nothing for the root error page', () => {
    expect(preloadDeps('_app/immutable/nodes/1.Cs3oqSwF.js', deps)).toEqual([]);
  });

  it('keeps the links of every other import, pages and chunks alike', () => {
    for (const f of [
      '_app/immutable/nodes/0.x.js',
      '_app/immutable/nodes/10.x.js',
      '_app/immutable/chunks/1.js',
    ])
      expect(preloadDeps(f, deps)).toBe(deps);
  });
});
