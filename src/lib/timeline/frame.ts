/**
 * The timeline at one zoom: where each mark, event label, axis line and break is drawn, in px, for a
 * transform (position along the axis = k × base + t) of a layout made once by `layoutTimeline`. The
 * axis labels (years, days, months, the notes on the breaks) are chosen in `axisLabels.ts`.
 */
import { axisLabelsAt, type FrameTick } from './axisLabels';
import { dodge } from './dodge';
import type { Box } from '$lib/text/box';
import type { ItemLayout, Layout } from './layout';

export type FrameMark = {
  id: string;
  /** The mark: a dot at (x1, y1) for one day; a bar from (x1, y1) to (x2, y2) for a range. */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  range: boolean;
  alt?: { x1: number; y1: number; x2: number; y2: number };
};
export type FrameLabel = Box & {
  id: string;
  /** The leader from the mark to the label. */
  lx1: number;
  ly1: number;
  lx2: number;
  ly2: number;
  /** The label's anchor is inside the view. */
  inView: boolean;
};
export type FrameLine = { key: string; x1: number; y1: number; x2: number; y2: number };

/** Everything drawn for one zoom transform, in px. */
export type Frame = {
  k: number;
  t: number;
  /** The earliest and latest instant in view. */
  domain: [number, number];
  marks: FrameMark[];
  labels: FrameLabel[];
  ticks: FrameTick[];
  /** The axis: one line per segment, clipped to the view. */
  axis: FrameLine[];
  /** Where each break is drawn: the middle of the skipped stretch. */
  breaks: { key: string; x: number; y: number }[];
};

/**
 * Positions for one zoom transform (position along the axis = k × base + t). Only arithmetic: label
 * lanes are kept from the layout (zooming in only moves labels apart), and the vertical labels are
 * re-dodged exactly, which costs a few multiplications per label.
 */
export function frameAt(L: Layout, k: number, t: number): Frame {
  const { scale, vertical, view } = L;
  const P = (time: number) => k * scale(time) + t;
  const d0 = scale.invert((0 - t) / k);
  const d1 = scale.invert((view - t) / k);
  const domain: [number, number] = [Math.min(d0, d1), Math.max(d0, d1)];
  // Cross coordinates: vertical ones are logical (from the inline start) until mirrored here.
  const cx = (c: number) => (L.mirror ? L.width - c : c);
  const pt = (along: number, cross: number) =>
    vertical ? { x: cx(cross), y: along } : { x: along, y: cross };
  const barCross = (bar: number) => (vertical ? L.axisAt + bar * L.barStep : L.axisAt - bar * L.barStep);

  const marks: FrameMark[] = L.items.map((it) => {
    const range = it.bar > 0;
    const c = barCross(it.bar);
    const a = pt(range ? P(it.span[0]) : P(it.anchor), c);
    const b = pt(range ? P(it.span[1]) : P(it.anchor), c);
    const mark: FrameMark = { id: it.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, range };
    if (it.alt) {
      const p = pt(P(it.alt[0]), c);
      const q = pt(P(it.alt[1]), c);
      mark.alt = { x1: p.x, y1: p.y, x2: q.x, y2: q.y };
    }
    return mark;
  });

  let labels: FrameLabel[];
  const stemFrom = (it: ItemLayout) => (it.bar > 0 ? P(it.span[0]) : P(it.anchor));
  if (vertical) {
    const want = L.items.map((it) => P(it.anchor));
    const ys = dodge(
      want,
      L.items.map((it) => it.h),
      L.labelGap,
      t,
      t + k * L.height,
    );
    labels = L.items.map((it, i) => {
      const top = ys[i] - it.h / 2;
      const x = L.mirror ? L.width - L.labelAt - it.w : L.labelAt;
      const from = pt(stemFrom(it), barCross(it.bar) + (it.bar > 0 ? 0 : 5));
      const to = pt(Math.max(top + 6, Math.min(top + it.h - 6, want[i])), L.labelAt - 2);
      return {
        id: it.id,
        x,
        y: top,
        w: it.w,
        h: it.h,
        lx1: from.x,
        ly1: from.y,
        lx2: to.x,
        ly2: to.y,
        inView: want[i] >= 0 && want[i] <= view,
      };
    });
  } else {
    labels = L.items.map((it) => {
      const p = P(it.anchor);
      const u = L.dir * p;
      const from = L.dir === 1 ? u + it.off[0] : -(u + it.off[1]);
      const y = L.labelAt + L.laneH * (L.lanes - 1 - it.lane) + (L.laneH - it.h) - 2;
      return {
        id: it.id,
        x: from,
        y,
        w: it.w,
        h: it.h,
        lx1: p,
        ly1: barCross(it.bar) - (it.bar > 0 ? 0 : 5),
        lx2: p,
        ly2: y + it.h,
        inView: p >= 0 && p <= view,
      };
    });
  }

  const ticks = axisLabelsAt(L, k, t, domain);

  const axis: FrameLine[] = [];
  scale.segments.forEach((s, i) => {
    const a = Math.max(0, Math.min(view, Math.min(P(s.t0), P(s.t1))));
    const b = Math.max(0, Math.min(view, Math.max(P(s.t0), P(s.t1))));
    if (b <= a) return;
    const p = pt(a, L.axisAt);
    const q = pt(b, L.axisAt);
    axis.push({ key: `s${i}`, x1: p.x, y1: p.y, x2: q.x, y2: q.y });
  });
  const breaks = scale.gaps
    .map((g, i) => ({ key: `b${i}`, ...pt((P(g.t0) + P(g.t1)) / 2, L.axisAt) }))
    .filter((b) => (vertical ? b.y : b.x) >= -20 && (vertical ? b.y : b.x) <= view + 20);

  return { k, t, domain, marks, labels, ticks, axis, breaks };
}
