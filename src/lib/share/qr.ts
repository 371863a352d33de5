import { create } from 'qrcode/lib/core/qrcode.js';

export type EccLevel = 'L' | 'M' | 'Q' | 'H';

/** A QR code as one SVG path: dark modules drawn as horizontal runs, one unit a module. */
export type QrShape = { size: number; version: number; ecc: EccLevel; path: string };

/** The quiet zone the QR standard asks for around a code, in modules. */
export const QUIET = 4;

/** The most modules a code on a phone's screen should have: 45 (version 7), 1 mm each on a 360 px phone. */
export const SCREEN_MAX_VERSION = 7;

/**
 * The error-correction level for a code read off a phone's screen, from the link's length. A screen
 * is sharp and undamaged: what limits reading from arm's length is the size of a module on the
 * camera's image, so the code must stay small. Level M (the usual default) while the code stays
 * within 45 modules; a longer link gets level L, which keeps the fewest modules; and a higher level
 * whenever it fits in the same version, which costs nothing. Measured on result links of 10
 * questions with a title (about 120 characters): M, 45 modules; 20 questions (150): L, 45 modules;
 * all 48 questions with Arabic texts (229): L, 53 modules.
 */
export function screenEcc(text: string): EccLevel {
  const version = (level: EccLevel) => create(text, { errorCorrectionLevel: level }).version;
  const m = version('M');
  const base: EccLevel = m <= SCREEN_MAX_VERSION ? 'M' : version('L') < m ? 'L' : 'M';
  const fits = base === 'M' ? m : version('L');
  for (const level of ['H', 'Q'] as const) if (version(level) <= fits) return level;
  if (base === 'L' && m <= fits) return 'M';
  return base;
}

/**
 * The largest a screen code is drawn, in CSS pixels per module: 8 px is 1.3 mm on a phone (at about
 * 160 CSS px to the inch), readable at arm's length; the code is drawn smaller only where the screen
 * is narrower, and the full-screen view then fills the screen.
 */
export const SCREEN_MODULE_PX = 8;

/**
 * Encodes text (a link) as a QR code. Level M by default, the usual trade-off for a code shown on a
 * projector: readable when a little blurred, without growing a version.
 */
export function qrShape(text: string, ecc: EccLevel = 'M'): QrShape {
  const qr = create(text, { errorCorrectionLevel: ecc });
  const { size } = qr.modules;
  let path = '';
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!qr.modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && qr.modules.get(y, x)) x++;
      path += `M${start} ${y}h${x - start}v1h-${x - start}z`;
    }
  }
  return { size, version: qr.version, ecc, path };
}
