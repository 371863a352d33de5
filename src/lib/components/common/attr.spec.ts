import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attr } from './attr';

describe('attr(value)', () => {
  it.each([
    [0, '0'],
    [-1, '-1'],
    [12.5, '12.5'],
    [1 / 3, '0.3333333333333333'],
    [true, 'true'],
    [false, 'false'],
  ] as const)('attr(%s) is the string %s, which Svelte writes without reading the tag', (value, text) => {
    expect(attr(value)).toBe(text);
    expect(typeof attr(value)).toBe('string');
  });

  it('is the only way components turn a number into an attribute', () => {
    const root = join(process.cwd(), 'src');
    const found = readdirSync(root, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.svelte'))
      .flatMap((f) =>
        readFileSync(join(root, f), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            /[\w:-]+=\{\s*String\(|\$derived\(\s*String\(/.test(line) ? [`${f}:${i + 1}`] : [],
          ),
      );
    expect(found, 'use attr() from $lib/components/common/attr').toEqual([]);
  });
});
