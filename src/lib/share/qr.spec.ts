import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { qrShape } from './qr';

describe('qrShape(text)', () => {
  it('draws exactly the dark modules of the reference encoder', () => {
    const text = 'https://qaryatayn.example/en/quiz#AQICAASE';
    const shape = qrShape(text);
    const ref = QRCode.create(text, { errorCorrectionLevel: 'M' });
    expect(shape.size).toBe(ref.modules.size);
    expect(shape.version).toBe(ref.version);
    const dark = new Set<string>();
    for (const m of shape.path.matchAll(/M(\d+) (\d+)h(\d+)/g))
      for (let i = 0; i < Number(m[3]); i++) dark.add(`${Number(m[1]) + i},${m[2]}`);
    for (let y = 0; y < ref.modules.size; y++)
      for (let x = 0; x < ref.modules.size; x++)
        expect(dark.has(`${x},${y}`), `${x},${y}`).toBe(!!ref.modules.get(y, x));
  });
});
