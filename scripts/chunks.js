// How the client build is cut into files, so a page downloads what it uses and little else. Two Vite
// plugins, both for the client build only (the server build is never sent to a phone):
//
// - svelteRuntimeSplit(): compiled components import Svelte's runtime as one namespace,
//   `import * as $ from 'svelte/internal/client'`, a module that re-exports every block, binding and
//   transition Svelte has. A bundler gives a file to every page that can reach it, so through that one
//   module every page reached every runtime file any page used (the map paid for the quiz's form
//   bindings). Each such import is pointed at a small virtual module that re-exports only the names
//   that importer uses, from the files that define them. The code is the same; only where it lands.
//
// - shellChunk(): what every page loads anyway (SvelteKit's client, the core of the runtime, the
//   layouts and what they import) goes into ONE file. Left alone, the bundler cuts it into a dozen
//   small files, one per combination of lazy imports that share them, and each is compressed on its
//   own: the same code cost ~2.5 KB more gzipped, and a dozen requests.
//
// When you upgrade Svelte (or SvelteKit): svelteRuntimeSplit() reads Svelte's private files, so run
// `npx vitest run scripts/chunks.spec.ts` first. Its "Svelte's internals" tests name what moved: the
// runtime's index (svelte/src/internal/client/index.js, plain `export { … } from` lines only), the
// files its names come from, and the compiler's `import * as $ from 'svelte/internal/client'` in each
// component. If one fails and the fix is not obvious, take svelteRuntimeSplit() out of vite.config.ts:
// the app works the same, each page then loads a few KB more (`node scripts/budget.js` says how much).
// shellChunk() reads SvelteKit's client entry (src/runtime/client/entry.js) and its generated
// `client-optimized` files; the same tests check those paths.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const VIRTUAL = '\0svelte-runtime:';

/** Every name `svelte/internal/client` exports, with the file and name that define it. */
export function runtimeExports() {
  const index = resolve(dirname(require.resolve('svelte/package.json')), 'src/internal/client/index.js');
  const text = readFileSync(index, 'utf8');
  /** @type {Map<string, { file: string, name: string }>} */
  const map = new Map();
  for (const m of text.matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    const file = resolve(dirname(index), m[2]);
    for (const part of m[1].split(',')) {
      const [name, as] = part.trim().split(/\s+as\s+/);
      if (name) map.set(as ?? name, { file, name });
    }
  }
  // Anything but plain re-exports (a local export, `export *`) would be missed: refuse, loudly.
  const exports = text.match(/^export\b/gm)?.length ?? 0;
  const reexports = text.match(/export\s*\{[^}]*\}\s*from/g)?.length ?? 0;
  if (exports !== reexports) throw new Error(`svelteRuntimeSplit: unexpected export form in ${index}`);
  return { index, map };
}

const IMPORT = /import\s*(?:\*\s*as\s*([\w$]+)|\{([^}]*)\})\s*from\s*(['"])([^'"]+)\3;?/g;
/** @param {string} s */
const esc = (s) => s.replace(/\$/g, '\\$');

/**
 * Rewrites the imports of the runtime's index in `code` (see above). `isIndex(source)` says whether an
 * import source is that index. Returns null when nothing changed. A namespace used other than as
 * `ns.name`, or a name the index does not export, keeps its import as it was.
 * @param {string} code
 * @param {(source: string) => Promise<boolean> | boolean} isIndex
 * @param {Map<string, unknown>} exported
 */
export async function rewriteRuntimeImports(code, isIndex, exported) {
  let out = '';
  let last = 0;
  for (const m of code.matchAll(IMPORT)) {
    const [whole, ns, named, , source] = m;
    if (!/internal\/client(\/index\.js)?$/.test(source) || !(await isIndex(source))) continue;
    let names;
    if (ns) {
      const at = m.index + whole.indexOf(ns);
      // `${` is a template literal's, not the namespace.
      const bare = new RegExp(`(?<![\\w$.])${esc(ns)}(?![\\w${'$'}{.])`, 'g');
      if ([...code.matchAll(bare)].some((u) => u.index !== at)) continue;
      const member = new RegExp(`(?<![\\w$.])${esc(ns)}\\.([\\w$]+)`, 'g');
      names = [...new Set([...code.matchAll(member)].map((u) => u[1]))];
    } else {
      names = named
        .split(',')
        .map((p) => p.trim().split(/\s+as\s+/)[0])
        .filter(Boolean);
    }
    if (!names.every((n) => exported.has(n))) continue;
    const target = JSON.stringify(VIRTUAL + names.sort().join(','));
    out +=
      code.slice(last, m.index) +
      (ns ? `import * as ${ns} from ${target};` : `import {${named}} from ${target};`);
    last = m.index + whole.length;
  }
  return last === 0 ? null : out + code.slice(last);
}

/** @returns {import('vite').Plugin} */
export function svelteRuntimeSplit() {
  const { index, map } = runtimeExports();
  return {
    name: 'svelte-runtime-split',
    apply: 'build',
    enforce: 'post',
    resolveId: (id) => (id.startsWith(VIRTUAL) ? id : null),
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      return id
        .slice(VIRTUAL.length)
        .split(',')
        .filter(Boolean)
        .map((n) => {
          const e = map.get(n);
          if (!e) throw new Error(`svelteRuntimeSplit: no runtime export ${n}`);
          return `export { ${e.name === n ? n : `${e.name} as ${n}`} } from ${JSON.stringify(e.file)};`;
        })
        .join('\n');
    },
    async transform(code, id, options) {
      if (options?.ssr || !code.includes('internal/client')) return null;
      const out = await rewriteRuntimeImports(
        code,
        async (source) => (await this.resolve(source, id))?.id === index,
        map,
      );
      return out === null ? null : { code: out, map: null };
    },
  };
}

/**
 * The files what every page loads grows from: SvelteKit's client entry, the app file it generates, and
 * the layouts (absolute paths, the entry first).
 * @param {string} root
 * @param {string[]} layouts
 */
export function shellSeeds(root, layouts) {
  return [
    resolve(dirname(require.resolve('@sveltejs/kit/package.json')), 'src/runtime/client/entry.js'),
    resolve(root, '.svelte-kit/generated/client-optimized/app.js'),
    ...layouts.map((l) => resolve(root, l)),
  ];
}

/**
 * @param {{ layouts: string[] }} options  the layout files every page renders (relative to the root)
 * @returns {import('vite').Plugin}
 */
export function shellChunk({ layouts }) {
  return {
    name: 'shell-chunk',
    apply: 'build',
    config(config, env) {
      if (env.isSsrBuild) return;
      const seeds = shellSeeds(resolve(config.root ?? process.cwd()), layouts);
      const kitEntry = seeds[0];
      /** @type {Set<string> | null} */
      let shell = null;
      return {
        build: {
          rolldownOptions: {
            output: {
              codeSplitting: {
                groups: [
                  {
                    debugName: 'shell',
                    name(id, ctx) {
                      if (!shell) {
                        shell = new Set();
                        // Everything the seeds import statically, i.e. what every page loads.
                        const stack = ctx.getModuleInfo(kitEntry) ? [...seeds] : [];
                        while (stack.length) {
                          const m = /** @type {string} */ (stack.pop());
                          const info = shell.has(m) ? null : ctx.getModuleInfo(m);
                          if (!info) continue;
                          shell.add(m);
                          stack.push(...info.importedIds);
                        }
                      }
                      if (!shell.has(id)) return null;
                      // Entries keep their own files (kit asks for them by name); pages' nodes too.
                      if (
                        ctx.getModuleInfo(id)?.isEntry ||
                        /generated[\\/]client-optimized[\\/]nodes[\\/]/.test(id)
                      )
                        return null;
                      return 'shell';
                    },
                  },
                ],
              },
            },
          },
        },
      };
    },
  };
}

/** V8's explicit compile hint: the magic comment that must open a file (Chrome 136 and later). */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * compileHints(): marks every client JavaScript file for eager compilation. Without it V8 compiles a
 * function on the main thread the first time it runs, and hydration runs hundreds of Svelte's and
 * SvelteKit's functions for the first time: on a phone that was most of the page's one long task.
 * With the hint V8 compiles them while the file streams in, on a background thread. Every file here is
 * loaded when it is about to run (pages, the shell, the chunks a tap fetches), so little is wasted.
 * Browsers other than Chrome read it as a comment.
 */
export function compileHints() {
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      /**
       * @this {{ environment?: { config?: { build?: { ssr?: unknown } } } }}
       * @param {unknown} _
       * @param {Record<string, { type: string, code?: string, fileName: string }>} bundle
       */
      handler(_, bundle) {
        if (this.environment?.config?.build?.ssr) return;
        for (const file of Object.values(bundle))
          if (file.type === 'chunk' && !file.code?.startsWith(COMPILE_HINT))
            file.code = COMPILE_HINT + file.code;
      },
    },
  };
}

/**
 * For `build.modulePreload.resolveDependencies`: the files a dynamic import has Vite's helper announce
 * with `<link rel="modulepreload">` before it imports. Each link the helper adds costs the main thread
 * about a millisecond on this host, four on a phone (measured: 0.3 to 4.8 ms a link), and the helper
 * adds them in the task that asks for the import. SvelteKit imports the root error page at every start-up
 * (so that an error shows even offline), in the task that hydrates the page: nobody waits for it, so it
 * comes through the import alone, its own imports found as the browser reads it. Every other import
 * keeps its links, which save a round trip per level of imports on a slow network.
 * @param {string} filename  the file imported, relative to the output directory
 * @param {string[]} deps  the files Vite would announce
 */
export function preloadDeps(filename, deps) {
  return /(^|\/)nodes\/1\.[^/]*\.js$/.test(filename) ? [] : deps;
}
