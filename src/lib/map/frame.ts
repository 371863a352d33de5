import type { Lang } from '$lib/i18n/lang';
import { estimateWidth } from '$lib/text/width';
import type { Box } from '$lib/text/box';
import { estimateLabel, layoutLabels, nearestOnBox, type PlacedLabel } from './labels';
import type { Side, Story } from './places';
import type { Pt, Scene } from './types';
import { applyView, type View } from './zoom';

/** The width the prerendered page assumes before the browser measures the real one (a phone). */
export const FALLBACK_W = 360;

/** Marker radius in px: al-Qaryatayn stands out, the road's ends next, the rest smaller. */
export function markerRadius(id: string, story: Story): number {
  if (id === 'qaryatayn') return 7;
  return story === 'road' ? 5.5 : 4.5;
}

/**
 * The Malaysia inset's box in the frame: the bottom-right corner, over the empty desert. The page's
 * CSS sizes it the same way (`clamp(96px, 26%, 170px)` wide, its little map at the scene's aspect).
 */
export function insetBox(width: number, height: number, scene: Scene, lang: Lang): Box {
  const w = Math.min(INSET_MAX_W, Math.max(INSET_MIN_W, width * INSET_SHARE));
  const h = (w * scene.inset.height) / scene.inset.width + INSET_CAPTION_H[lang];
  return { x: width - w - INSET_MARGIN, y: height - h - INSET_MARGIN, w, h };
}
export const INSET_MIN_W = 96;
export const INSET_MAX_W = 170;
export const INSET_SHARE = 0.26;
/** Two short lines under the inset's little map, and a 2 px margin: 14 px lines, 19 px in Arabic. */
export const INSET_CAPTION_H: Record<Lang, number> = { en: 30, ar: 40 };
export const INSET_MARGIN = 6;

export type FramePlace = {
  id: string;
  label: string;
  /** A second, smaller line (al-Qaryatayn's "on the road"), dropped where space is short. */
  sub?: string;
  /** The name on two lines, for where one line finds no room. */
  short?: [string, string];
  prefer: Side[];
  story: Story;
};

export type FrameInput = {
  scene: Scene;
  places: FramePlace[];
  regions: { id: string; text: string }[];
  lang: Lang;
  /** The frame's width in CSS px (0 before it is measured). */
  width: number;
  view: View;
  /** Label sizes measured in the page, by id (`<id>:compact` without its second line); else estimated. */
  sizes?: Record<string, { w: number; h: number }>;
};

export type FrameMarker = { id: string; x: number; y: number; r: number; story: Story };

export type Frame = {
  width: number;
  height: number;
  /** CSS px per reference unit. */
  k: number;
  inset: Box;
  markers: FrameMarker[];
  labels: (PlacedLabel & { anchor: Pt; leader: [Pt, Pt] | null })[];
  regions: { id: string; box: Box; anchor: Pt }[];
  crowded: string[];
};

/** Estimated size of a region name (countries in small capitals in English, plain in Arabic). */
export function estimateRegion(lang: Lang, text: string): { w: number; h: number } {
  if (lang === 'ar') return { w: Math.ceil(estimateWidth(text, 14, false)) + 4, h: 24 };
  return { w: Math.ceil(estimateWidth(text.toUpperCase(), 11) + text.length * 0.09 * 11) + 4, h: 16 };
}

/**
 * Where everything goes in a frame of this width under this zoom: the markers, every place label
 * (none overlapping, none over a marker or the inset), the region names that fit, and leader lines.
 * Pure, so the unit tests run the very layout the page draws.
 */
export function frameLayout(input: FrameInput): Frame {
  const { scene, lang, view } = input;
  const width = input.width || FALLBACK_W;
  const k = width / scene.width;
  const height = scene.height * k;
  const inset = insetBox(width, height, scene, lang);
  const at = new Map(scene.places.map((p) => [p.id, p.at]));
  const onScreen = (x: number, y: number) => x >= 0 && x <= width && y >= 0 && y <= height;
  const project = (p: Pt): Pt => applyView(view, p[0] * k, p[1] * k);

  const markers: FrameMarker[] = [];
  const items = [];
  for (const p of input.places) {
    const ref = at.get(p.id);
    if (!ref) continue;
    const [x, y] = project(ref);
    if (!onScreen(x, y)) continue;
    const r = markerRadius(p.id, p.story);
    markers.push({ id: p.id, x, y, r, story: p.story });
    const size = input.sizes?.[p.id] ?? estimateLabel(lang, p.label, p.sub);
    // Where space is short (a small phone) a label drops its second line or breaks its name in two.
    const compactLines = p.sub ? p.label : p.short;
    const compact = compactLines
      ? (input.sizes?.[`${p.id}:compact`] ?? estimateLabel(lang, compactLines))
      : undefined;
    items.push({ id: p.id, x, y, r, w: size.w, h: size.h, prefer: p.prefer, compact });
  }

  const optional = input.regions.flatMap((r) => {
    const spots = scene.regionSpots.find((s) => s.id === r.id)?.at ?? [];
    const size = estimateRegion(lang, r.text);
    const pts = spots.map(project).map(([x, y]) => ({ x, y }));
    return pts.length ? [{ id: r.id, spots: pts, ...size }] : [];
  });

  const road = scene.roadPoints.map(project);
  const layout = layoutLabels(items, optional, { width, height, obstacles: [inset], avoid: [road] });
  const byId = new Map(items.map((it) => [it.id, it]));
  return {
    width,
    height,
    k,
    inset,
    markers,
    labels: layout.labels.map((l) => {
      const it = byId.get(l.id)!;
      const anchor: Pt = [it.x, it.y];
      return { ...l, anchor, leader: l.ring > 0 ? [anchor, nearestOnBox(l.box, it.x, it.y)] : null };
    }),
    regions: layout.optional.map((o) => ({ ...o, anchor: [o.box.x + o.box.w / 2, o.box.y + o.box.h / 2] })),
    crowded: layout.crowded,
  };
}

/** The marker nearest to a tap, if within `reach` px (so a tap near a small dot still opens it). */
export function hitTest(markers: FrameMarker[], x: number, y: number, reach = 24): string | null {
  let best: string | null = null;
  let bestD = reach * reach;
  for (const m of markers) {
    const d = (m.x - x) ** 2 + (m.y - y) ** 2;
    if (d <= bestD) [best, bestD] = [m.id, d];
  }
  return best;
}
