import { create } from 'qrcode/lib/core/qrcode.js';

/** A QR code as one SVG path: dark modules drawn as horizontal runs, one unit a module. */
export type QrShape = { size: number; version: number; path: string };

/**
 * Encodes text (a link) as a QR code at error-correction level M, the usual trade-off for a code shown
 * on a projector: readable when a little blurred, without growing a version.
 */
export function qrShape(text: string): QrShape {
  const qr = create(text, { errorCorrectionLevel: 'M' });
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
  return { size, version: qr.version, path };
}
