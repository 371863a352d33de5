import type { Lang } from '$lib/i18n/lang';
import { estimateWidth } from '$lib/text/width';
import { overlaps, type Box } from '$lib/text/box';
import type { Side } from './places';

/** One place label to place: its point, the marker's radius kept clear, and the label's size. */
export type LabelItem = {
  id: string;
  x: number;
  y: number;
  /** The marker's radius around the point: no label may cover any marker. */
  r: number;
  w: number;
  h: number;
  /** Sides to try first (then the others, then further out with a leader line). */
  prefer?: Side[];
  /** A smaller form (the name without its second line), used only when the full one finds no room. */
  compact?: { w: number; h: number };
};

/** A name that is shown only where it fits (country names), centred on one of its spots. */
export type OptionalLabel = { id: string; spots: { x: number; y: number }[]; w: number; h: number };

export type LayoutOptions = {
  width: number;
  height: number;
  /** Boxes no label may cover (the inset, controls drawn over the map). */
  obstacles?: Box[];
  /** Lines a label should rather not cover (the road): allowed, but only when nothing else fits. */
  avoid?: [number, number][][];
  /** Space kept between labels, and between labels and the frame. */
  pad?: number;
};

export type PlacedLabel = {
  id: string;
  box: Box;
  side: Side;
  /** 0: beside the marker; 1, 2: further out, drawn with a leader line. */
  ring: number;
  /** Drawn in its compact form. */
  compact: boolean;
};

export type Layout = {
  labels: PlacedLabel[];
  optional: { id: string; box: Box }[];
  /** Ids that could not be placed without overlapping (none, in any tested size). */
  crowded: string[];
};

const SIDES: Side[] = ['e', 'w', 'n', 's', 'ne', 'nw', 'se', 'sw'];
const DIAG = Math.SQRT1_2;
/** How far from the marker's edge each ring puts the label, in px. */
const RING_GAP = [3, 16, 34];

/** Where a label box goes for a side and a distance from the point. */
export function boxAt(it: { x: number; y: number; w: number; h: number }, side: Side, g: number): Box {
  const { x, y, w, h } = it;
  switch (side) {
    case 'e':
      return { x: x + g, y: y - h / 2, w, h };
    case 'w':
      return { x: x - g - w, y: y - h / 2, w, h };
    case 'n':
      return { x: x - w / 2, y: y - g - h, w, h };
    case 's':
      return { x: x - w / 2, y: y + g, w, h };
    case 'ne':
      return { x: x + g * DIAG, y: y - g * DIAG - h, w, h };
    case 'nw':
      return { x: x - g * DIAG - w, y: y - g * DIAG - h, w, h };
    case 'se':
      return { x: x + g * DIAG, y: y + g * DIAG, w, h };
    case 'sw':
      return { x: x - g * DIAG - w, y: y + g * DIAG, w, h };
  }
}

/** Does a box come within `r` px of a point (a marker of radius r)? */
export function boxHitsCircle(b: Box, cx: number, cy: number, r: number): boolean {
  const dx = Math.max(b.x - cx, 0, cx - (b.x + b.w));
  const dy = Math.max(b.y - cy, 0, cy - (b.y + b.h));
  return dx * dx + dy * dy < r * r;
}

/** Does the segment p–q cross or touch the box? (Liang–Barsky clipping.) */
export function segmentHitsBox(p: [number, number], q: [number, number], b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = q[0] - p[0];
  const dy = q[1] - p[1];
  const checks: [number, number][] = [
    [-dx, p[0] - b.x],
    [dx, b.x + b.w - p[0]],
    [-dy, p[1] - b.y],
    [dy, b.y + b.h - p[1]],
  ];
  for (const [pk, qk] of checks) {
    if (pk === 0) {
      if (qk < 0) return false;
    } else {
      const t = qk / pk;
      if (pk < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function inside(b: Box, width: number, height: number, pad: number): boolean {
  return b.x >= pad && b.y >= pad && b.x + b.w <= width - pad && b.y + b.h <= height - pad;
}

type Candidate = { box: Box; side: Side; ring: number; cost: number; compact: boolean };

/**
 * Places every label beside its marker without any two labels overlapping, without covering any
 * marker or obstacle, inside the frame. Labels are placed in the given order (most important first);
 * each tries its preferred sides, then the others, then further out (with a leader line). A small
 * depth-first search backs up when a later label has no room. Deterministic: same input, same output.
 * Optional names (country names) then take the first of their spots where they fit, or none.
 */
export function layoutLabels(items: LabelItem[], optional: OptionalLabel[], opts: LayoutOptions): Layout {
  const placed = placeAll(items, opts);
  return { ...placed, optional: placeOptional(optional, placed.labels, items, opts) };
}

/** What drawing a label in its compact form costs, against moving it away from its marker. */
const COMPACT_COST = 6;

function placeAll(items: LabelItem[], opts: LayoutOptions): Omit<Layout, 'optional'> {
  const pad = opts.pad ?? 2;
  const obstacles = opts.obstacles ?? [];
  const avoid = opts.avoid ?? [];
  const markers = items.map((it) => ({ x: it.x, y: it.y, r: it.r + 1 }));
  const candidates: Candidate[][] = items.map((it) => {
    const order = [...(it.prefer ?? []), ...SIDES.filter((s) => !it.prefer?.includes(s))];
    const out: Candidate[] = [];
    const forms = it.compact ? [false, true] : [false];
    for (const compact of forms) {
      const size = compact && it.compact ? it.compact : it;
      RING_GAP.forEach((gap, ring) => {
        order.forEach((side, i) => {
          const box = boxAt({ x: it.x, y: it.y, w: size.w, h: size.h }, side, it.r + gap);
          if (!inside(box, opts.width, opts.height, pad)) return;
          if (obstacles.some((o) => overlaps(box, o, pad))) return;
          if (markers.some((m) => boxHitsCircle(box, m.x, m.y, m.r))) return;
          let cost = ring * 20 + i + (compact ? COMPACT_COST : 0);
          for (const line of avoid)
            for (let k = 1; k < line.length; k++) if (segmentHitsBox(line[k - 1], line[k], box)) cost += 12;
          out.push({ box, side, ring, cost, compact });
        });
      });
    }
    // Stable: equal costs keep the order above (full form, preferred sides first).
    return out.sort((a, b) => a.cost - b.cost);
  });

  // Depth-first, cheapest candidates first; a budget keeps a pathological case from hanging a frame.
  const chosen: (Candidate | null)[] = new Array(items.length).fill(null);
  let budget = 20000;
  const fits = (c: Candidate, upTo: number) => {
    for (let j = 0; j < upTo; j++) {
      const o = chosen[j];
      if (o && overlaps(c.box, o.box, pad)) return false;
    }
    return true;
  };
  const search = (i: number): boolean => {
    if (i === items.length) return true;
    for (const c of candidates[i]) {
      if (--budget < 0) return false;
      if (!fits(c, i)) continue;
      chosen[i] = c;
      if (search(i + 1)) return true;
    }
    chosen[i] = null;
    return false;
  };

  const crowded: string[] = [];
  if (!search(0)) {
    // No full solution: place greedily, and report who could not fit rather than hide a place.
    chosen.fill(null);
    items.forEach((it, i) => {
      const free = candidates[i].find((c) => fits(c, i));
      const c = free ?? candidates[i][0] ?? fallback(it);
      if (!free) crowded.push(it.id);
      chosen[i] = c;
    });
  }

  const labels = items.map((it, i) => {
    const c = chosen[i]!;
    return { id: it.id, box: c.box, side: c.side, ring: c.ring, compact: c.compact };
  });
  return { labels, crowded };
}

/** Country names: each on the first of its spots that is free, or left out. */
function placeOptional(
  optional: OptionalLabel[],
  labels: PlacedLabel[],
  items: LabelItem[],
  opts: LayoutOptions,
): { id: string; box: Box }[] {
  const pad = opts.pad ?? 2;
  const obstacles = opts.obstacles ?? [];
  const markers = items.map((it) => ({ x: it.x, y: it.y, r: it.r + 1 }));
  const taken = labels.map((l) => l.box);
  const placedOptional: { id: string; box: Box }[] = [];
  for (const o of optional) {
    for (const s of o.spots) {
      const box = { x: s.x - o.w / 2, y: s.y - o.h / 2, w: o.w, h: o.h };
      if (!inside(box, opts.width, opts.height, pad)) continue;
      if (taken.some((t) => overlaps(box, t, pad + 2))) continue;
      if (obstacles.some((t) => overlaps(box, t, pad))) continue;
      if (markers.some((m) => boxHitsCircle(box, m.x, m.y, m.r + 2))) continue;
      placedOptional.push({ id: o.id, box });
      taken.push(box);
      break;
    }
  }
  return placedOptional;
}

function fallback(it: LabelItem): Candidate {
  return { box: boxAt(it, 'e', it.r + RING_GAP[0]), side: 'e', ring: 0, cost: Infinity, compact: false };
}

/** The point of a box nearest to (x, y): where a leader line from the marker meets its label. */
export function nearestOnBox(b: Box, x: number, y: number): [number, number] {
  return [Math.min(Math.max(x, b.x), b.x + b.w), Math.min(Math.max(y, b.y), b.y + b.h)];
}

// ── The width model ───────────────────────────────────────────────────────────────────────────────
// Labels are measured in the browser once they are drawn. Before that (the prerendered page) and in
// unit tests, sizes come from lib/text/width.ts's estimate, set a little wider than the real text in
// Chromium with the bundled Noto Naskh Arabic and system sans fonts, so a layout that fits here fits on
// the page.

/** Label typography, shared by the model and the CSS (in px at the default text size). */
export const LABEL_STYLE = {
  // Arabic lines are 1.75 em: Noto Naskh Arabic's letters span 1.703 em (ascent 1.069, descent 0.634).
  ar: { font: 15, sub: 12, line: 1.75 },
  en: { font: 13, sub: 11, line: 1.3 },
  padX: 5,
  padY: 1,
} as const;

/** Estimated size of a place label box: its name (one line or two), and an optional smaller line. */
export function estimateLabel(lang: Lang, name: string | string[], sub?: string): { w: number; h: number } {
  const s = LABEL_STYLE[lang];
  const lines = typeof name === 'string' ? [name] : name;
  const w = Math.max(...lines.map((l) => estimateWidth(l, s.font)), sub ? estimateWidth(sub, s.sub) : 0);
  const h = s.font * s.line * lines.length + (sub ? s.sub * s.line : 0);
  // Plus padding, and the 1px border all labels have.
  return { w: Math.ceil(w + 2 * LABEL_STYLE.padX + 2), h: Math.ceil(h + 2 * LABEL_STYLE.padY + 2) };
}

/** A two-word-or-more name split onto two lines near its middle: "Deir ez-Zor" → "Deir", "ez-Zor". */
export function twoLines(name: string): [string, string] | undefined {
  const spaces = [...name.matchAll(/ /g)].map((m) => m.index!);
  if (!spaces.length) return undefined;
  const at = spaces.reduce((a, b) => (Math.abs(b - name.length / 2) < Math.abs(a - name.length / 2) ? b : a));
  return [name.slice(0, at), name.slice(at + 1)];
}
