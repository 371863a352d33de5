import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { core } from '$lib/i18n/strings/core';
import { webManifest, THEME_COLOR, BACKGROUND_COLOR } from './manifest';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

const staticFile = (src: string) => new URL(`../../../static${src}`, import.meta.url).pathname;

describe('webManifest', () => {
  it('names the app as the Arabic shell does, in Arabic, right to left', () => {
    expect(webManifest.name).toBe(core.ar.appName);
    expect(webManifest.short_name).toBe(core.ar.appShort);
    expect(webManifest.description).toBe(core.ar.appTagline);
    expect([webManifest.lang, webManifest.dir]).toEqual(['ar', 'rtl']);
  });

  it("uses app.css's light accent and page colours, and app.html's theme colour", () => {
    const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
    const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
    expect(css).toContain(`--accent: ${THEME_COLOR};`);
    expect(css).toContain(`--bg: ${BACKGROUND_COLOR};`);
    expect(html).toContain(`content="${THEME_COLOR}" media="(prefers-color-scheme: light)"`);
  });

  it('lists icons of 192 and 512 px, a separate maskable one, each of the size it claims', () => {
    const icons = webManifest.icons;
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const i of icons) expect(pngSize(staticFile(i.src)).join('x'), i.src).toBe(i.sizes);
  });

  it('has a narrow and a wide screenshot of the size it claims, within Chrome’s limits', () => {
    expect(webManifest.screenshots.map((s) => s.form_factor)).toEqual(['narrow', 'wide']);
    for (const s of webManifest.screenshots) {
      const [w, h] = pngSize(staticFile(s.src));
      expect(`${w}x${h}`, s.src).toBe(s.sizes);
      expect(Math.min(w, h)).toBeGreaterThanOrEqual(320);
      expect(Math.max(w, h) / Math.min(w, h)).toBeLessThanOrEqual(2.3);
    }
  });

  it('has the apple-touch-icon app.html links to, 180 px', () => {
    const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
    const href = /rel="apple-touch-icon" href="%sveltekit.assets%([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(pngSize(staticFile(href!))).toEqual([180, 180]);
  });
});
