import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { decodePng, encodePng } from './png.js';

/** A PNG written the long way: every row with its own filter (0–4), in colour type 0, 2, 4 or 6. */
function pngWith(width: number, height: number, channels: number, pixels: Uint8Array): Buffer {
  const type = { 1: 0, 2: 4, 3: 2, 4: 6 }[channels]!;
  const stride = width * channels;
  const raw = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const filter = y % 5;
    raw[y * (stride + 1)] = filter;
    for (let x = 0; x < stride; x++) {
      const at = (xx: number, yy: number) => (xx >= 0 && yy >= 0 ? pixels[yy * stride + xx] : 0);
      const v = at(x, y);
      const a = at(x - channels, y);
      const b = at(x, y - 1);
      const c = at(x - channels, y - 1);
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const pred = [0, a, b, (a + b) >> 1, paeth][filter];
      raw[y * (stride + 1) + 1 + x] = (v - pred) & 0xff;
    }
  }
  const chunk = (name: string, body: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(body.length);
    // The reader does not check CRCs: any four bytes do here.
    return Buffer.concat([len, Buffer.from(name, 'latin1'), body, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = type;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Deterministic noise, so that every filter meets every kind of neighbour. */
function noise(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

describe('decodePng', () => {
  it.each([1, 2, 3, 4])('reads %i-channel images through all five row filters', (channels) => {
    const w = 13;
    const h = 11;
    const px = noise(w * h * channels, channels);
    const img = decodePng(pngWith(w, h, channels, px));
    expect([img.width, img.height]).toEqual([w, h]);
    for (let i = 0; i < w * h; i++) {
      const rgba = [...img.data.subarray(i * 4, i * 4 + 4)];
      const p = [...px.subarray(i * channels, (i + 1) * channels)];
      const want =
        channels >= 3
          ? [p[0], p[1], p[2], channels === 4 ? p[3] : 255]
          : [p[0], p[0], p[0], channels === 2 ? p[1] : 255];
      expect(rgba, `pixel ${i}`).toEqual(want);
    }
  });

  it('reads a browser’s screenshot (the README’s, from Chromium) and what encodePng writes', () => {
    const file = readFileSync(new URL('../docs/screenshot-phone-ar.png', import.meta.url));
    const img = decodePng(file);
    expect([img.width, img.height]).toEqual([file.readUInt32BE(16), file.readUInt32BE(20)]);
    const again = decodePng(encodePng(img));
    expect(again.width).toBe(img.width);
    expect(Buffer.from(again.data).equals(Buffer.from(img.data))).toBe(true);
  });

  it('says what it cannot read', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
  });
});
