import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, preloadDeps, rewriteRuntimeImports, runtimeExports } from './chunks.js';

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
