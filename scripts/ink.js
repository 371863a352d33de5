// Compares two browsers' drawings of the same word, cut from their screenshots: black text on white,
// as ink (0 = paper, 255 = full ink). Engines antialias differently and may place a word a fraction of a
// pixel apart, so the drawings are aligned on their ink and compared with a tolerance (compareInk). A
// dot missing or moved to another letter, a mark misplaced, two letters drawn apart or a word drawn
// above its line change far more than antialiasing does: measured on the article's words in WebKitGTK
// 2.50 against Firefox ESR 153, drawings of the same font (Noto Naskh Arabic 2.016) leave 0 % of their
// ink unmatched for 95 % of words, while those of 2.021, which WebKit draws wrongly, leave a median 45 %.

/** @typedef {import('./png.js').Image} Image */
/** @typedef {{ x: number; y: number; width: number; height: number }} Box CSS px = image px */
/** @typedef {{ width: number; height: number; ink: Uint8Array }} Ink */
/** @typedef {{ x0: number; y0: number; x1: number; y1: number }} Bounds inclusive; x1 < x0 when empty */

/** The ink of `box` in `img` (rounded inwards to whole pixels). @param {Image} img @param {Box} box @returns {Ink} */
export function inkOf(img, box) {
  const x0 = Math.max(0, Math.ceil(box.x));
  const y0 = Math.max(0, Math.ceil(box.y));
  const x1 = Math.min(img.width, Math.floor(box.x + box.width));
  const y1 = Math.min(img.height, Math.floor(box.y + box.height));
  const width = Math.max(0, x1 - x0);
  const height = Math.max(0, y1 - y0);
  const ink = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const o = ((y0 + y) * img.width + x0 + x) * 4;
      const lum = 0.299 * img.data[o] + 0.587 * img.data[o + 1] + 0.114 * img.data[o + 2];
      ink[y * width + x] = 255 - Math.round(lum);
    }
  return { width, height, ink };
}

/** Where the ink is (pixels darker than `threshold`). @param {Ink} a @returns {Bounds} */
export function inkBounds(a, threshold = 64) {
  let x0 = a.width;
  let y0 = a.height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < a.height; y++)
    for (let x = 0; x < a.width; x++)
      if (a.ink[y * a.width + x] > threshold) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  return { x0, y0, x1, y1 };
}

/**
 * @typedef {{ differs: boolean; reason: string; unmatched: number; placement: number;
 *   size: [number, number, number, number] }} Comparison unmatched: share of the ink that has no ink
 *   of the other drawing within a pixel; placement: how much lower (px) the first drawing's ink starts;
 *   size: width and height of each drawing's ink
 */

/**
 * Compares two drawings of one word, each cut at the word's own box. They differ when the ink is
 * placed higher or lower in its box by more than `tolerance` px, when its width or height differs by
 * more than `tolerance` px, or when, aligned on the ink's right edge (Arabic starts there) and top and
 * at the best of the shifts by up to a pixel, more than `maxUnmatched` of the strong ink (≥ 160) of
 * either has no ink (≥ 48) of the other within a pixel.
 * @param {Ink} a @param {Ink} b
 * @param {{ tolerance?: number; maxUnmatched?: number }} [options]
 * @returns {Comparison}
 */
export function compareInk(a, b, options = {}) {
  const { tolerance = 2, maxUnmatched = 0.02 } = options;
  const ba = inkBounds(a);
  const bb = inkBounds(b);
  const wa = Math.max(0, ba.x1 - ba.x0 + 1);
  const ha = Math.max(0, ba.y1 - ba.y0 + 1);
  const wb = Math.max(0, bb.x1 - bb.x0 + 1);
  const hb = Math.max(0, bb.y1 - bb.y0 + 1);
  /** @type {[number, number, number, number]} */
  const size = [wa, ha, wb, hb];
  if (!wa || !wb) {
    const differs = wa !== wb;
    return {
      differs,
      reason: differs ? 'one drawing is blank' : '',
      unmatched: differs ? 1 : 0,
      placement: 0,
      size,
    };
  }
  const dx0 = bb.x1 - ba.x1;
  const dy0 = bb.y0 - ba.y0;
  /** @param {Ink} i @param {number} x @param {number} y */
  const at = (i, x, y) => (x >= 0 && y >= 0 && x < i.width && y < i.height ? i.ink[y * i.width + x] : 0);
  /** Strong ink of `p` with no ink of `q` near it, `q` read at an offset. @param {Ink} p @param {Bounds} bp @param {Ink} q @param {number} dx @param {number} dy */
  const lonely = (p, bp, q, dx, dy) => {
    let n = 0;
    let all = 0;
    for (let y = bp.y0; y <= bp.y1; y++)
      for (let x = bp.x0; x <= bp.x1; x++) {
        if (at(p, x, y) < 160) continue;
        all++;
        let near = false;
        for (let yy = -1; yy <= 1 && !near; yy++)
          for (let xx = -1; xx <= 1 && !near; xx++) near = at(q, x + dx + xx, y + dy + yy) >= 48;
        if (!near) n++;
      }
    return [n, all];
  };
  let unmatched = 1;
  for (let sy = -1; sy <= 1; sy++)
    for (let sx = -1; sx <= 1; sx++) {
      const [n1, all1] = lonely(a, ba, b, dx0 + sx, dy0 + sy);
      const [n2, all2] = lonely(b, bb, a, -dx0 - sx, -dy0 - sy);
      unmatched = Math.min(unmatched, (n1 + n2) / Math.max(1, all1 + all2));
    }
  const placement = ba.y0 - bb.y0;
  const reasons = [];
  if (Math.abs(placement) > tolerance)
    reasons.push(`drawn ${Math.abs(placement)} px ${placement < 0 ? 'higher' : 'lower'}`);
  if (Math.abs(wa - wb) > tolerance) reasons.push(`ink ${wa} px wide, not ${wb}`);
  if (Math.abs(ha - hb) > tolerance) reasons.push(`ink ${ha} px tall, not ${hb}`);
  if (unmatched > maxUnmatched) reasons.push(`${Math.round(unmatched * 100)} % of the ink unmatched`);
  return { differs: reasons.length > 0, reason: reasons.join(', '), unmatched, placement, size };
}

/**
 * A sheet of pairs of drawings side by side (first | second), one pair a row, for looking at.
 * @param {[Ink, Ink][]} pairs @returns {Image}
 */
export function sideBySide(pairs, gap = 8) {
  const cellW = Math.max(1, ...pairs.flatMap(([a, b]) => [a.width, b.width]));
  const width = 2 * cellW + 3 * gap;
  const height = Math.max(
    1,
    pairs.reduce((h, [a, b]) => h + Math.max(a.height, b.height) + gap, gap),
  );
  const data = new Uint8Array(width * height * 4).fill(255);
  let top = gap;
  for (const [a, b] of pairs) {
    for (const [ink, left] of /** @type {[Ink, number][]} */ ([
      [a, gap],
      [b, 2 * gap + cellW],
    ]))
      for (let y = 0; y < ink.height; y++)
        for (let x = 0; x < ink.width; x++) {
          const o = ((top + y) * width + left + x) * 4;
          data[o] = data[o + 1] = data[o + 2] = 255 - ink.ink[y * ink.width + x];
        }
    // A grey rule under each pair.
    const rule = top + Math.max(a.height, b.height) + (gap >> 1);
    if (rule < height)
      for (let x = 0; x < width; x++) data.fill(200, (rule * width + x) * 4, (rule * width + x) * 4 + 3);
    top += Math.max(a.height, b.height) + gap;
  }
  return { width, height, data };
}
