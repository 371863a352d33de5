import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { counts, gzipSize, usableSummary } from './bytes.js';

const dir = mkdtempSync(join(tmpdir(), 'usable-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('all JS once usable', () => {
  it('counts same-origin scripts and the question bank, nothing else', () => {
    const o = 'http://127.0.0.1:4480';
    expect(counts({ url: `${o}/_app/immutable/chunks/a.js`, type: 'script' }, o)).toBe(true);
    expect(counts({ url: `${o}/data/quiz.json`, type: 'fetch' }, o)).toBe(true);
    expect(counts({ url: `${o}/data/words.json`, type: 'fetch' }, o)).toBe(false);
    expect(counts({ url: `${o}/_app/immutable/assets/a.css`, type: 'stylesheet' }, o)).toBe(false);
    expect(counts({ url: 'http://127.0.0.1:4481/js/timeline.js', type: 'script' }, o)).toBe(false);
  });

  it('sizes a file by its precompressed .gz, or by gzip when it has none', () => {
    const text = 'const a = 1;\n'.repeat(200);
    writeFileSync(join(dir, 'a.js'), text);
    writeFileSync(join(dir, 'a.js.gz'), 'x'.repeat(7));
    writeFileSync(join(dir, 'b.js'), text);
    expect(gzipSize(dir, '/a.js')).toBe(7);
    expect(gzipSize(dir, '/b.js')).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(dir, '/missing.js')).toBeNull();
  });

  it('sums each file once, the bank apart, and says which were not on disk', () => {
    expect(
      usableSummary([
        { path: '/a.js', gzip: 1024, wire: 900 },
        { path: '/a.js', gzip: 1024, wire: 900 },
        { path: '/data/quiz.json', gzip: 2048, wire: 1800 },
        { path: '/gone.js', gzip: null, wire: 100 },
      ]),
    ).toEqual({
      usableJsKb: 3,
      usableJsWireKb: 2.7,
      usableJsFiles: 3,
      usableDataKb: 2,
      notOnDisk: ['/gone.js'],
    });
  });
});
