// Reads a font file (woff2, woff or TrueType) the way a browser's shaper does: its characters, its
// version, and HarfBuzz's shaping of a text (glyphs and their positions). Used by the font's unit tests to
// check that the cut font shapes every word as the full font does (marks included).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';

// subset-font's own converter (woff2 → TrueType), which ships no types.
/** @type {{ convert: (font: Buffer, to: 'truetype') => Promise<Buffer> }} */
const fontverter = createRequire(import.meta.url)('fontverter');

/** @typedef {{ glyph: number; cluster: number; xAdvance: number; xOffset: number; yOffset: number }} Placed */

/** The tables of a TrueType font: name → offset. @param {Buffer} b */
function tables(b) {
  /** @type {Record<string, number>} */
  const t = {};
  for (let i = 0; i < b.readUInt16BE(4); i++) {
    const o = 12 + 16 * i;
    t[b.toString('latin1', o, o + 4)] = b.readUInt32BE(o + 8);
  }
  return t;
}

/** A name-table string (Windows Unicode records), e.g. id 5, the version. @param {Buffer} b @param {number} id */
function nameString(b, id) {
  const at = tables(b).name;
  if (at === undefined) return '';
  const count = b.readUInt16BE(at + 2);
  const strings = at + b.readUInt16BE(at + 4);
  for (let i = 0; i < count; i++) {
    const r = at + 6 + 12 * i;
    if (b.readUInt16BE(r) !== 3 || b.readUInt16BE(r + 6) !== id) continue;
    const len = b.readUInt16BE(r + 8);
    const off = strings + b.readUInt16BE(r + 10);
    let s = '';
    for (let k = 0; k < len; k += 2) s += String.fromCharCode(b.readUInt16BE(off + k));
    return s;
  }
  return '';
}

/**
 * @param {string | Buffer} file a path or the file's bytes
 * @returns {Promise<{ version: string; upem: number; unicodes: Set<number>;
 *   shape: (text: string) => Placed[]; width: (text: string) => number }>}
 */
export async function openFont(file) {
  const bytes = typeof file === 'string' ? readFileSync(file) : file;
  const sfnt = Buffer.from(await fontverter.convert(bytes, 'truetype'));
  const face = new hb.Face(new hb.Blob(sfnt));
  const font = new hb.Font(face);
  const buf = new hb.Buffer();
  /** @param {string} text @returns {Placed[]} */
  const shape = (text) => {
    buf.reset();
    buf.addText(text);
    buf.guessSegmentProperties();
    hb.shape(font, buf);
    const pos = buf.getGlyphPositions();
    const out = buf.getGlyphInfos().map((g, i) => ({
      glyph: g.codepoint,
      cluster: g.cluster,
      xAdvance: pos[i].xAdvance,
      xOffset: pos[i].xOffset,
      yOffset: pos[i].yOffset,
    }));
    return out;
  };
  return {
    version: nameString(sfnt, 5),
    upem: face.upem,
    unicodes: new Set(face.collectUnicodes()),
    shape,
    width: (text) => shape(text).reduce((w, g) => w + g.xAdvance, 0) / face.upem,
  };
}
