/** Little binary helpers for the share links: varints, CRC-8, UTF-8 text and base64url. */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** base64url without padding (works on every browser; `Uint8Array.toBase64` is too new for old phones). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The bytes of a base64url text, or null when it has a character or a length base64url cannot have. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (text.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const c of text) {
    const v = B64_INDEX.get(c);
    if (v === undefined) return null;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, else the text was not produced by an encoder.
  if (value & ((1 << bits) - 1)) return null;
  return out;
}

/** CRC-8 (polynomial 0x07): one byte that catches a damaged or mistyped link. */
export function crc8(bytes: Uint8Array, end = bytes.length): number {
  let crc = 0;
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i];
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

/** Appends bytes; `varint` uses 7 bits a byte, so small numbers (question codes) take one byte. */
export class Writer {
  #bytes: number[] = [];

  byte(b: number): this {
    this.#bytes.push(b & 0xff);
    return this;
  }

  varint(n: number): this {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`varint out of range: ${n}`);
    let x = n;
    while (x >= 0x80) {
      this.#bytes.push((x & 0x7f) | 0x80);
      x = Math.floor(x / 128);
    }
    this.#bytes.push(x);
    return this;
  }

  /** Length-prefixed bytes. */
  chunk(bytes: Uint8Array): this {
    this.varint(bytes.length);
    for (const b of bytes) this.#bytes.push(b);
    return this;
  }

  /** Length-prefixed text, in the smaller of UTF-8 and the one-byte Arabic form (see `packText`). */
  text(s: string): this {
    return this.chunk(packText(s));
  }

  /** The bytes so far, followed by their CRC-8. */
  sealed(): Uint8Array {
    const out = new Uint8Array(this.#bytes.length + 1);
    out.set(this.#bytes);
    out[this.#bytes.length] = crc8(out, this.#bytes.length);
    return out;
  }
}

/** Thrown by `Reader` on a truncated or malformed input; decoders turn it into an error result. */
export class Malformed extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads what `Writer` wrote; throws `Malformed` rather than reading past the end. */
export class Reader {
  #at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.#at >= this.bytes.length;
  }

  byte(): number {
    if (this.#at >= this.bytes.length) throw new Malformed('truncated');
    return this.bytes[this.#at++];
  }

  varint(): number {
    let n = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const b = this.byte();
      n += (b & 0x7f) * scale;
      if (!(b & 0x80)) {
        if (n > 0xffffffff) throw new Malformed('varint too large');
        return n;
      }
      scale *= 128;
    }
    throw new Malformed('varint too long');
  }

  chunk(max: number): Uint8Array {
    const len = this.varint();
    if (len > max) throw new Malformed('chunk too long');
    if (this.#at + len > this.bytes.length) throw new Malformed('truncated');
    const out = this.bytes.subarray(this.#at, this.#at + len);
    this.#at += len;
    return out;
  }

  text(maxBytes: number): string {
    return unpackText(this.chunk(maxBytes));
  }
}

/*
 * Text in links starts with a form byte. Form 0: UTF-8. Form 1: one byte a character, for text made of
 * ASCII and the first half of the Arabic block (U+0600–U+067F: the letters, marks and digits Arabic
 * uses): bytes below 0x80 are ASCII, 0x80 + k is U+0600 + k. Arabic titles travel at half the size,
 * which keeps a teacher's QR code small.
 */
const FORM_UTF8 = 0;
const FORM_ARABIC = 1;

/** The shortest encoding of a text (form byte first). */
export function packText(s: string): Uint8Array {
  const compact = [...s].every((c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x80 || (cp >= 0x600 && cp < 0x680);
  });
  if (compact && /[\u0600-\u067f]/.test(s)) {
    const out = new Uint8Array(s.length + 1);
    out[0] = FORM_ARABIC;
    for (let i = 0; i < s.length; i++) {
      const cp = s.charCodeAt(i);
      out[i + 1] = cp < 0x80 ? cp : 0x80 + (cp - 0x600);
    }
    return out;
  }
  const body = new TextEncoder().encode(s);
  const out = new Uint8Array(body.length + 1);
  out[0] = FORM_UTF8;
  out.set(body, 1);
  return out;
}

/** Reads what `packText` wrote; throws `Malformed` on an unknown form or invalid UTF-8. */
export function unpackText(bytes: Uint8Array): string {
  if (bytes.length === 0) return '';
  const body = bytes.subarray(1);
  if (bytes[0] === FORM_ARABIC) {
    let out = '';
    for (const b of body) out += String.fromCharCode(b < 0x80 ? b : 0x600 + (b - 0x80));
    return out;
  }
  if (bytes[0] !== FORM_UTF8) throw new Malformed('unknown text form');
  try {
    return utf8.decode(body);
  } catch {
    throw new Malformed('not UTF-8');
  }
}
