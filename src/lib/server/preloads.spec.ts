import { describe, expect, it } from 'vitest';
import { completePreloads, type ClientManifest } from './preloads';

// The shape that tripped SvelteKit: the page's node imports `shell` and `format`; the shell lazily
// imports `settings`, which imports `format` too.
const manifest: ClientManifest = {
  'nodes/10.js': { file: '_app/immutable/nodes/10.A.js', imports: ['_shell.js', '_format.js'] },
  '_shell.js': { file: '_app/immutable/chunks/shell.js', imports: ['_runtime.js'] },
  '_runtime.js': { file: '_app/immutable/chunks/runtime.js' },
  '_format.js': { file: '_app/immutable/chunks/format.js', imports: ['_runtime.js'] },
  'settings.svelte': { file: '_app/immutable/chunks/settings.js', imports: ['_format.js'] },
};

const page = (files: string[]) =>
  `<head>\n\t\t<meta charset="utf-8" />\n${files.map((f) => `\t\t<link href="/${f}" rel="modulepreload">\n`).join('')}\t\t<link href="/_app/immutable/assets/a.css" rel="stylesheet">\n</head>`;

const preloads = (html: string) =>
  [...html.matchAll(/<link href="\/([^"]+)" rel="modulepreload">/g)].map((m) => m[1]);

describe('completePreloads(html, manifest)', () => {
  it('adds the statically imported file the page left out, after its other preloads', () => {
    const html = page([
      '_app/immutable/nodes/10.A.js',
      '_app/immutable/chunks/shell.js',
      '_app/immutable/chunks/runtime.js',
    ]);
    const out = completePreloads(html, manifest);
    expect(preloads(out)).toEqual([
      '_app/immutable/nodes/10.A.js',
      '_app/immutable/chunks/shell.js',
      '_app/immutable/chunks/runtime.js',
      '_app/immutable/chunks/format.js',
    ]);
    expect(out.indexOf('format.js')).toBeLessThan(out.indexOf('a.css'));
  });

  it('follows imports of imports, and never adds what is only imported lazily', () => {
    const out = completePreloads(page(['_app/immutable/nodes/10.A.js']), manifest);
    expect(preloads(out).sort()).toEqual(
      [
        '_app/immutable/nodes/10.A.js',
        '_app/immutable/chunks/shell.js',
        '_app/immutable/chunks/runtime.js',
        '_app/immutable/chunks/format.js',
      ].sort(),
    );
    expect(out).not.toContain('settings.js');
  });

  it('leaves a complete page, a page without preloads and unknown files as they are', () => {
    const complete = page([
      '_app/immutable/nodes/10.A.js',
      '_app/immutable/chunks/shell.js',
      '_app/immutable/chunks/runtime.js',
      '_app/immutable/chunks/format.js',
    ]);
    expect(completePreloads(complete, manifest)).toBe(complete);
    expect(completePreloads('<head></head>', manifest)).toBe('<head></head>');
    const unknown = page(['_app/immutable/chunks/other.js']);
    expect(completePreloads(unknown, manifest)).toBe(unknown);
  });
});
