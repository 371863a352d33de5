import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import { zoom } from 'd3-zoom';
import { interpolateZoom, interrupt } from './d3-zoom-still';

const ZOOM_SRC = new URL('../../../../node_modules/d3-zoom/src/zoom.js', import.meta.url);

/** The names a module of d3-zoom imports from `pkg`. */
function importedFrom(source: string, pkg: string): string[] {
  const m = source.match(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*"${pkg}"`));
  return m ? m[1].split(',').map((s) => s.trim()) : [];
}

describe('d3-zoom without d3-transition', () => {
  it('takes from d3-transition and d3-interpolate only what d3-zoom-still.ts gives', () => {
    // If a d3-zoom upgrade imports more, this says so before the build silently breaks zooming.
    const src = readFileSync(ZOOM_SRC, 'utf8');
    expect(importedFrom(src, 'd3-transition'), 'd3-zoom/src/zoom.js imports from d3-transition').toEqual([
      'interrupt',
    ]);
    expect(importedFrom(src, 'd3-interpolate'), 'd3-zoom/src/zoom.js imports from d3-interpolate').toEqual([
      'interpolateZoom',
    ]);
    // Its only transition: a double click's, and only with a duration above zero.
    expect(src).toMatch(/if \(duration > 0\) select\(this\)\.transition\(\)/);
  });

  it('resolves both packages to the still module in this build', async () => {
    const t: Record<string, unknown> = await import('d3-transition' as string);
    const i: Record<string, unknown> = await import('d3-interpolate' as string);
    expect(t.interrupt).toBe(interrupt);
    expect(i.interpolateZoom).toBe(interpolateZoom);
  });

  it('gives selections a no-op interrupt, and a transition that says why it cannot run', () => {
    const sel = select({} as Element);
    const methods = sel as unknown as { interrupt: () => unknown; transition: () => unknown };
    expect(methods.interrupt()).toBe(sel);
    expect(() => methods.transition()).toThrow(/d3-zoom-still/);
    expect(() => interpolateZoom()).toThrow(/duration 0/);
  });

  it('leaves d3-zoom a duration to set to zero', () => {
    expect(zoom().duration(0).duration()).toBe(0);
  });
});
