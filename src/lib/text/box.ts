/** A label's or a mark's rectangle in CSS pixels, top-left corner and size (the timeline's and the map's). */
export type Box = { x: number; y: number; w: number; h: number };

/** Do two boxes overlap, with `pad` px kept between them? */
export function overlaps(a: Box, b: Box, pad = 0): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad;
}
