// The Arabic font is stored once for offline use: inside the stylesheet that inlines it
// (src/lib/fonts/first-paint.css, precached), not a second time as the font files the other pages ask
// for by URL (src/lib/fonts/fonts.css). The worker answers a request for one of those files from that
// stylesheet. Pure: no DOM, no Node, no worker globals.

/** The font files first-paint.css inlines, in the order of its faces (the space file serves two). */
export const INLINED_FONTS = ['naskh-400', 'naskh-700', 'naskh-space'] as const;

/** Which of INLINED_FONTS a URL path is (the build names them `<name>.<hash>.woff2`), or -1. */
export function inlinedFontIndex(pathname: string): number {
  const m = /\/(naskh-(?:400|700|space))\.[\w-]+\.woff2$/.exec(pathname);
  return m ? INLINED_FONTS.indexOf(m[1] as (typeof INLINED_FONTS)[number]) : -1;
}

/** Whether a URL path is the built first-paint.css (`first-paint.<hash>.css`). */
export const isFirstPaintCss = (pathname: string) => /\/first-paint\.[\w-]+\.css$/.test(pathname);

/** The fonts a stylesheet inlines, each once, in the order they first appear, decoded. */
export function inlinedFonts(css: string): Uint8Array<ArrayBuffer>[] {
  const seen = new Set<string>();
  const fonts: Uint8Array<ArrayBuffer>[] = [];
  for (const m of css.matchAll(/data:font\/woff2;base64,([A-Za-z0-9+/=]+)/g)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    fonts.push(Uint8Array.from(atob(m[1]), (c) => c.charCodeAt(0)));
  }
  return fonts;
}
