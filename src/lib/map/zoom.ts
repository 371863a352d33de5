/** A zoom: scale k, then translate (x, y), in CSS pixels (the same shape as d3-zoom's transform). */
export type View = { k: number; x: number; y: number };

export const IDENTITY: View = { k: 1, x: 0, y: 0 };
/** Closest zoom: about 8 km per 10 px on a phone, enough to separate Homs, al-Qaryatayn and the Qalamoun. */
export const MAX_ZOOM = 8;
/** One press of a zoom button. */
export const STEP = 2;

/** Keeps the view on the map: never smaller than the frame, never panned off its edges. */
export function clampView(v: View, width: number, height: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, v.k));
  const x = Math.min(0, Math.max(width * (1 - k), v.x));
  const y = Math.min(0, Math.max(height * (1 - k), v.y));
  return { k, x, y };
}

/** Zooms by `factor` keeping the point (cx, cy) of the frame still, then clamps. */
export function zoomAround(
  v: View,
  factor: number,
  cx: number,
  cy: number,
  width: number,
  height: number,
): View {
  const k = Math.min(MAX_ZOOM, Math.max(1, v.k * factor));
  const f = k / v.k;
  return clampView({ k, x: cx - (cx - v.x) * f, y: cy - (cy - v.y) * f }, width, height);
}

/** Where a frame point (already scaled to the page) is drawn under a view. */
export function applyView(v: View, x: number, y: number): [number, number] {
  return [x * v.k + v.x, y * v.k + v.y];
}

/** True when the view is the whole map (nothing to reset). */
export function isIdentity(v: View): boolean {
  return v.k === 1 && v.x === 0 && v.y === 0;
}
