/**
 * The axis labels at one zoom: per segment of the broken scale, its year and the finest step of days or
 * months whose names fit, only inside the view, and a note on each break; those that would collide are
 * dropped. Called by `frameAt` (frame.ts) for every zoom transform, so only arithmetic.
 */
import type { Box } from '$lib/text/box';
import type { Layout } from './layout';
import { dropOverlaps, extentOf, pickStep, STEPS, tickTimes, type AxisLabel } from './ticks';
import { DAY } from './time';

export type FrameTick = Box & {
  key: string;
  kind: AxisLabel['kind'];
  text: string;
  at: number;
  /** Where the tick's own mark is on the axis, when it has one (a day's label can slide off it). */
  mark?: number;
};
/** The axis labels for the transform (k, t) of `L`, whose visible time range is `domain`. */
export function axisLabelsAt(L: Layout, k: number, t: number, domain: [number, number]): FrameTick[] {
  const { scale, vertical, view, metrics: m } = L;
  const P = (time: number) => k * scale(time) + t;
  // Zoomed in down a phone, the pan buttons float over both ends of the labels' column: the band the
  // axis labels may use stops short of them.
  const lo0 = k > 1 ? L.panClear : 0;
  const hi0 = view - lo0;
  // Axis labels: per segment the finest tick step that fits, only inside the view.
  const raw: AxisLabel[] = [];
  const th = m.tick.lh;
  const size = (s: string) => (vertical ? th : L.tickWidth(s));
  let lastYear: string | null = null;
  scale.segments.forEach((s, i) => {
    const a = Math.max(s.t0, domain[0]);
    const b = Math.min(s.t1, domain[1]);
    if (a > b) return;
    const ppd = (Math.abs(s.p1 - s.p0) / (s.t1 - s.t0)) * DAY * k;
    const need = L.tickNeed[i];
    const step = pickStep(ppd, (st) => need.get(st)!);
    // The year sits at the segment's start, or at the edge of the view once that has scrolled away.
    const year = L.text.year(Math.max(s.t0, Math.min(s.t1 - 1, a)));
    let clear = -Infinity;
    if (year !== lastYear) {
      const start = P(s.t0);
      const at = L.dir === 1 ? Math.max(start, lo0) : Math.min(start, hi0);
      const sz = size(year);
      raw.push({
        key: `y${i}`,
        kind: 'year',
        text: year,
        at,
        size: sz,
        align: vertical ? 'forward' : L.dir === 1 ? 'forward' : 'backward',
        row: vertical ? 0 : 1,
      });
      // Down a phone the year shares the ticks' column: a day's name slides below it, not under it.
      if (vertical) clear = at + sz + 2;
    }
    lastYear = year;
    if (step === STEPS[0]) {
      // Single days are bands: a day's name stays in sight while any of the day is, however deep the zoom.
      for (const noon of tickTimes(step, Math.max(s.t0, a - DAY / 2), Math.min(s.t1, b + DAY / 2))) {
        const text = L.text.tick(noon, 'day');
        const sz = size(text);
        const e0 = P(Math.max(s.t0, noon - DAY / 2));
        const e1 = P(Math.min(s.t1, noon + DAY / 2));
        const lo = Math.max(lo0, clear, Math.min(e0, e1)) + sz / 2;
        const hi = Math.min(hi0, Math.max(e0, e1)) - sz / 2;
        if (hi < lo) continue;
        const mark = P(noon);
        const at = Math.max(lo, Math.min(hi, mark));
        raw.push({ key: `t${noon}`, kind: 'tick', text, at, size: sz, align: 'center', row: 0, mark });
      }
    } else if (step)
      for (const time of tickTimes(step, a, b)) {
        const text = L.text.tick(time, step.unit);
        const at = P(time);
        raw.push({
          key: `t${time}`,
          kind: 'tick',
          text,
          at,
          size: size(text),
          align: 'center',
          row: 0,
          mark: at,
        });
      }
  });
  scale.gaps.forEach((g, i) => {
    const at = (P(g.t0) + P(g.t1)) / 2;
    raw.push({
      key: `g${i}`,
      kind: 'gap',
      text: L.gapText[i],
      at,
      size: size(L.gapText[i]),
      align: 'center',
      row: 0,
    });
  });
  const kept = dropOverlaps(raw, vertical ? 2 : Math.round(0.5 * m.tick.px), lo0, hi0);
  const ticks: FrameTick[] = kept.map((l) => {
    const [a, b] = extentOf(l);
    if (vertical) {
      const w = Math.min(L.axisAt - 10, L.tickWidth(l.text));
      const c = L.axisAt - 8 - w;
      return {
        key: l.key,
        kind: l.kind,
        text: l.text,
        at: l.at,
        x: L.mirror ? L.width - c - w : c,
        y: a,
        w,
        h: b - a,
      };
    }
    const y = L.axisAt + 6 + l.row * (th + 2);
    return { key: l.key, kind: l.kind, text: l.text, at: l.at, mark: l.mark, x: a, y, w: b - a, h: th };
  });
  return ticks;
}
