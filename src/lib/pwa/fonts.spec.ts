import { describe, expect, it } from 'vitest';
import { INLINED_FONTS, inlinedFontIndex, inlinedFonts, isFirstPaintCss } from './fonts';

const b64 = (bytes: number[]) => btoa(String.fromCharCode(...bytes));

describe('inlinedFontIndex(pathname)', () => {
  it.each([
    ['/_app/immutable/assets/naskh-400.DQ1Usr62.woff2', 0],
    ['/_app/immutable/assets/naskh-700.CXwlg1Sc.woff2', 1],
    ['/_app/immutable/assets/naskh-space.pPTISjFP.woff2', 2],
    ['/_app/immutable/assets/naskh-label.x1.woff2', -1],
    ['/_app/immutable/assets/naskh-400.woff', -1],
    ['/_app/immutable/assets/other-400.DQ1Usr62.woff2', -1],
  ])('%s → %i', (path, i) => expect(inlinedFontIndex(path)).toBe(i));
});

describe('isFirstPaintCss(pathname)', () => {
  it('knows the built stylesheet by its name', () => {
    expect(isFirstPaintCss('/_app/immutable/assets/first-paint.DxxqA7jw.css')).toBe(true);
    expect(isFirstPaintCss('/_app/immutable/assets/shell.C6muD4vM.css')).toBe(false);
  });
});

describe('inlinedFonts(css)', () => {
  it('decodes each inlined font once, in the order of the faces (as INLINED_FONTS lists them)', () => {
    const [a, b, c] = [
      [1, 2, 3],
      [4, 5],
      [255, 0],
    ];
    const face = (w: number, bytes: number[]) =>
      `@font-face{font-family:"Noto Naskh Arabic Inline";font-weight:${w};src:url(data:font/woff2;base64,${b64(bytes)}) format("woff2")}`;
    const css = face(400, a) + face(700, b) + face(400, c) + face(700, c) + ':root:root{--font-ar:x}';
    const fonts = inlinedFonts(css);
    expect(fonts.map((f) => [...f])).toEqual([a, b, c]);
    expect(fonts).toHaveLength(INLINED_FONTS.length);
  });
});
