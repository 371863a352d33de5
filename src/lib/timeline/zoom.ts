/**
 * Zoom along the time axis, as d3-zoom does it on one dimension: a position p at rest is drawn at
 * k × p + t. The chart's content is exactly one view long at rest (k = 1), so showing everything is
 * { k: 1, t: 0 } and the content must always cover the view.
 */
export type Transform = { k: number; t: number };

export const IDENTITY: Transform = { k: 1, t: 0 };

/** Limits the zoom to [1, kMax] and the pan so no empty space shows past either end. */
export function clampTransform(tr: Transform, view: number, kMax: number): Transform {
  const k = Math.min(kMax, Math.max(1, tr.k));
  const t = Math.min(0, Math.max(view - k * view, tr.t));
  return { k, t: t === 0 ? 0 : t };
}

/** Zooms by `factor`, keeping the point drawn at `at` where it is (then clamps). */
export function zoomAround(tr: Transform, factor: number, at: number, view: number, kMax: number): Transform {
  const k = Math.min(kMax, Math.max(1, tr.k * factor));
  const p = (at - tr.t) / tr.k;
  return clampTransform({ k, t: at - k * p }, view, kMax);
}

/** Pans (same zoom) so that the position `p` at rest comes to the middle of the view. */
export function centreOn(tr: Transform, p: number, view: number, kMax: number): Transform {
  return clampTransform({ k: tr.k, t: view / 2 - tr.k * p }, view, kMax);
}

/** The transform that fills the view with the positions [p0, p1] at rest, as far as limits allow. */
export function fitRange(p0: number, p1: number, view: number, kMax: number, margin = 0): Transform {
  const lo = Math.min(p0, p1);
  const hi = Math.max(p0, p1);
  const k = (view - 2 * margin) / Math.max(1e-9, hi - lo);
  const kk = Math.min(kMax, Math.max(1, k));
  return clampTransform({ k: kk, t: view / 2 - (kk * (lo + hi)) / 2 }, view, kMax);
}

/** True when a transform is (within a hair) the rest state. */
export function isIdentity(tr: Transform): boolean {
  return Math.abs(tr.k - 1) < 1e-6 && Math.abs(tr.t) < 1e-3;
}

/** d3-zoom's transform (scale, then translate by x and y): what the gestures module speaks. */
export type ZoomTransform = { k: number; x: number; y: number };

/** The zoom along the time axis as d3-zoom's transform: across, time runs along x; down a phone, y. */
export function toZoom(vertical: boolean, tr: Transform): ZoomTransform {
  return vertical ? { k: tr.k, x: 0, y: tr.t } : { k: tr.k, x: tr.t, y: 0 };
}

/** d3-zoom's transform as the zoom along the time axis (the chart never moves the other way). */
export function fromZoom(vertical: boolean, z: ZoomTransform): Transform {
  return { k: z.k, t: vertical ? z.y : z.x };
}
