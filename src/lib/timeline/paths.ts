import type { Frame } from './frame';
import type { Layout } from './layout';

/** One decimal is finer than a pixel and keeps the path strings short. */
const r = (v: number) => Math.round(v * 10) / 10;

/** The thin lines of a frame as SVG path data: one string each, so a zoom frame updates four attributes. */
export type FramePaths = { axis: string; breaks: string; ticks: string; leaders: string };

/** SVG path data for the axis, its breaks, the tick marks and the leaders of one frame. */
export function framePaths(L: Layout, F: Frame): FramePaths {
  const line = (x1: number, y1: number, x2: number, y2: number) => `M${r(x1)},${r(y1)}L${r(x2)},${r(y2)}`;
  const ax = L.mirror ? L.width - L.axisAt : L.axisAt;
  const out = (L.mirror ? 1 : -1) * 5;
  let ticks = '';
  for (const t of F.ticks)
    if (t.mark !== undefined && t.mark >= 0 && t.mark <= L.view)
      ticks += L.vertical ? line(ax, t.mark, ax + out, t.mark) : line(t.mark, L.axisAt, t.mark, L.axisAt + 5);
  return {
    axis: F.axis.map((a) => line(a.x1, a.y1, a.x2, a.y2)).join(''),
    // A break is two short parallel strokes across the axis.
    breaks: F.breaks
      .map(({ x, y }) =>
        L.vertical
          ? `${line(x - 7, y - 1, x + 7, y - 5)}${line(x - 7, y + 5, x + 7, y + 1)}`
          : `${line(x - 5, y + 7, x - 1, y - 7)}${line(x + 1, y + 7, x + 5, y - 7)}`,
      )
      .join(''),
    ticks,
    leaders: F.labels.map((l) => line(l.lx1, l.ly1, l.lx2, l.ly2)).join(''),
  };
}
