/**
 * The timeline's layout, made once for a width, language and text size: which way it runs, the broken
 * time scale, each event's label box (lines measured with lib/text/width.ts) and lane, and what the axis
 * labels need. What is drawn at one zoom is computed from it in frame.ts.
 */
import type { Lang } from '$lib/i18n/lang';
import { textWidth, wrapText, type Weight } from '$lib/text/width';
import type { AxisText } from './axisText';
import { spanLanes, stackFlags } from './lanes';
import { allocate, brokenScale, clusterSpans, padExtents, type BrokenScale } from './scale';
import { STEPS, tickTimes, type Step } from './ticks';
import { VERTICAL_BELOW } from './sizes';
import { anchorOf, DAY, spanOf, type Span } from './time';

/** One event as the chart needs it: its days, and its title and date already in the UI language. */
export type TimelineItem = {
  id: string;
  start: string;
  end: string;
  title: string;
  date: string;
  /** Another range other sources give (drawn faintly behind the mark). */
  alt?: { start: string; end: string };
};

/** A font as the layout and the CSS both use it: size and line height in px. */
export type Font = { px: number; lh: number; weight: Weight };
export type Metrics = {
  title: Font;
  date: Font;
  tick: Font;
  padX: number;
  padY: number;
  /** The least label height: a comfortable tap target (44 px at the default size). */
  minH: number;
};

export { VERTICAL_BELOW } from './sizes';

/** Type sizes for labels and ticks at a root font size; a little smaller down a phone. Arabic Naskh wants more size and leading. */
export function metricsFor(lang: Lang, rootPx: number, vertical = false): Metrics {
  const ar = lang === 'ar';
  const f = (em: number, lh: number, weight: Weight): Font => ({
    px: Math.round(em * rootPx * 10) / 10,
    lh: Math.ceil(em * rootPx * lh),
    weight,
  });
  const t = vertical ? 0.93 : 1;
  return {
    title: ar ? f(1 * t, 1.5, 'bold') : f(0.94 * t, 1.25, 'bold'),
    date: ar ? f(0.86 * t, 1.45, 'normal') : f(0.8 * t, 1.3, 'normal'),
    tick: ar ? f(0.84, 1.45, 'normal') : f(0.78, 1.3, 'normal'),
    padX: Math.round((vertical ? 0.4 : 0.5) * rootPx),
    padY: Math.round(0.2 * rootPx),
    minH: Math.round(2.75 * rootPx),
  };
}

export type LayoutInput = {
  items: readonly TimelineItem[];
  width: number;
  /** The height the page reserved for the chart (so nothing shifts when it draws); grown if too small. */
  height?: number;
  rootPx: number;
  lang: Lang;
  text: AxisText;
  /** Force an orientation (tests); by default vertical below `VERTICAL_BELOW` px. */
  vertical?: boolean;
};

/** What is fixed for an item whatever the zoom. */
export type ItemLayout = {
  id: string;
  anchor: number;
  span: Span;
  alt?: Span;
  /** Lane of its bar beside the axis: 0 is on the axis (one day), 1… are ranges side by side. */
  bar: number;
  lines: string[];
  w: number;
  h: number;
  /** Horizontal only: label lane (0 nearest the axis) and the box's extent along the axis from the stem. */
  lane: number;
  off: [number, number];
};

export type Layout = {
  vertical: boolean;
  lang: Lang;
  /** Physical position runs with time (+1) or against it (-1): right to left for Arabic across. */
  dir: 1 | -1;
  /** Vertical only: the cross axis is mirrored (Arabic puts ticks on the right, labels on the left). */
  mirror: boolean;
  width: number;
  height: number;
  /** Length of the visible stretch of the time axis: the width across, the height down. */
  view: number;
  scale: BrokenScale;
  items: ItemLayout[];
  metrics: Metrics;
  /** Cross position of the axis line (y across, logical x down). */
  axisAt: number;
  /** Vertical: logical x where labels start. Horizontal: y of the top of the label lanes. */
  labelAt: number;
  laneH: number;
  /** Horizontal: how many label lanes. */
  lanes: number;
  /** Vertical: the least room between two labels. */
  labelGap: number;
  barStep: number;
  /**
   * Vertical: how far from each end of the view the pan buttons reach, which float over the ends of the
   * axis labels' column once zoomed in (PanButtons.svelte: 0.25rem from the edge, 2.75rem tall). The
   * axis labels keep clear of them. 0 across, where the buttons sit with the zoom buttons.
   */
  panClear: number;
  /** The largest zoom: one day of the sparsest segment fills the view. */
  kMax: number;
  text: AxisText;
  /** Per segment, the px each tick step needs between ticks. */
  tickNeed: Map<Step, number>[];
  gapText: string[];
  /** Width of an axis text, remembered (zoom frames ask for the same few texts again and again). */
  tickWidth: (text: string) => number;
};

const GAP_DAYS = 30; // quieter than this, and the axis breaks
const PAD_DAYS = 1;

/** The layout for one width, language and text size: scale, label sizes and lanes. Runs once. */
export function layoutTimeline(input: LayoutInput): Layout {
  const { items: src, width, rootPx, lang, text } = input;
  const vertical = input.vertical ?? width < VERTICAL_BELOW;
  const m = metricsFor(lang, rootPx, vertical);
  const rtl = lang === 'ar';
  const order = src
    .map((_, i) => i)
    .sort((a, b) => spanOf(src[a])[0] - spanOf(src[b])[0] || spanOf(src[a])[1] - spanOf(src[b])[1]);
  const items = order.map((i) => src[i]);
  const spans = items.map(spanOf);
  const clusters = clusterSpans(spans, GAP_DAYS * DAY);
  const domains = padExtents(
    clusters.map((c) => c.extent),
    PAD_DAYS * DAY,
    0.15,
  );
  // Ranges get bars in lanes beside the axis (1, 2, …) so overlapping ranges never share; days sit on it.
  const bars = spans.map(() => 0);
  const ranges = spans.map((_, i) => i).filter((i) => spans[i][1] - spans[i][0] > DAY);
  spanLanes(ranges.map((i) => spans[i])).forEach((lane, j) => (bars[ranges[j]] = lane + 1));
  const maxBar = Math.max(0, ...bars);
  const barStep = Math.round(0.45 * rootPx);
  const gapText = clusters
    .slice(1)
    .map((c, i) => text.gap(anchorOf(items[c.members[0]]) - anchorOf(items[clusters[i].members.at(-1)!])));

  const dateW = (s: string) => textWidth(s, m.date.px, m.date.weight);
  const tickWidths = new Map<string, number>();
  const tickW = (s: string) => {
    let w = tickWidths.get(s);
    if (w === undefined) tickWidths.set(s, (w = textWidth(s, m.tick.px, m.tick.weight)));
    return w;
  };
  const box = (it: TimelineItem, maxW: number) => {
    const inner = maxW - 2 * m.padX;
    const wrapped = wrapText(it.title, inner, m.title.px, m.title.weight);
    const date = wrapText(it.date, inner, m.date.px, m.date.weight);
    return {
      lines: wrapped.lines,
      w: Math.ceil(Math.max(wrapped.width, date.width, Math.min(inner, dateW(it.date))) + 2 * m.padX),
      h: Math.max(
        m.minH,
        Math.ceil(wrapped.lines.length * m.title.lh + date.lines.length * m.date.lh + 2 * m.padY),
      ),
    };
  };

  let scale!: BrokenScale;
  let height: number;
  let axisAt: number;
  let labelAt: number;
  let laneH = 0;
  let lanes = 0;
  const labelGap = Math.round(0.2 * rootPx);
  let view: number;
  let placed: ItemLayout[];

  if (vertical) {
    // Down the page: ticks at the inline start, then the axis, range bars, and the labels.
    const samples = [...gapText, ...domains.flatMap(([a, b]) => sampleTicks(a, b, text))];
    const tickCol = Math.ceil(Math.min(width * 0.3, Math.max(...samples.map(tickW)) + 2));
    axisAt = tickCol + Math.round(0.7 * rootPx);
    labelAt = axisAt + barStep * maxBar + Math.round(0.8 * rootPx);
    const sized = items.map((it) => box(it, width - labelAt));
    const need = clusters.map((c) => c.members.reduce((s, i) => s + sized[i].h + labelGap, 0));
    const gap = Math.round(Math.max(1.6 * m.tick.lh, 1.75 * rootPx));
    const pad = Math.round(0.4 * rootPx);
    const mins = need.map((n) => Math.max(n, 3 * m.tick.lh));
    const room = (input.height ?? 0) - 2 * pad - gap * (domains.length - 1);
    const lengths = allocate(
      Math.max(
        room,
        mins.reduce((a, b) => a + b, 0),
      ),
      need,
      mins,
    );
    const total = lengths.reduce((a, b) => a + b, 0) + gap * (domains.length - 1);
    height = Math.ceil(total + 2 * pad);
    scale = brokenScale(domains, lengths, [pad, pad + total], gap);
    view = height;
    placed = items.map((it, i) => ({ ...base(it, i), ...sized[i], lane: 0, off: [0, 0] }));
  } else {
    // Across: labels hang in lanes above the axis, ticks below it.
    const margin = Math.round(1 * rootPx);
    const gap = Math.round(3 * rootPx);
    const maxW = Math.min(15 * rootPx, (width - 2 * margin) / 4);
    const sized = items.map((it) => box(it, maxW));
    const dir = rtl ? -1 : 1;
    // Labels run towards later time, so the latest ones need room before the end: shorten the axis
    // until every label fits (a few rounds: the scale tightens a little each time).
    let end = margin;
    for (let round = 0; ; round++) {
      const span = width - margin - end - gap * (domains.length - 1);
      const lengths = allocate(
        span,
        clusters.map((c) => c.members.length),
        clusters.map(() => Math.min(span / clusters.length, 6 * rootPx)),
      );
      scale = brokenScale(domains, lengths, rtl ? [width - margin, end] : [margin, width - end], gap);
      const s = scale;
      const over = Math.max(
        ...items.map((it, i) => dir * s(anchorOf(it)) + sized[i].w - (rtl ? -4 : width - 4)),
      );
      if (over <= 0 || round === 4) break;
      end += over + 1;
    }
    const flags = stackFlags(
      items.map((it, i) => ({ at: dir * scale(anchorOf(it)), w: sized[i].w })),
      { min: rtl ? -width : 0, max: rtl ? 0 : width, gap: Math.round(0.5 * rootPx), stemGap: 4 },
    );
    lanes = Math.max(...flags.map((f) => f.lane)) + 1;
    labelAt = Math.round(0.5 * rootPx);
    const below = barStep * (maxBar + 1) + 2 * Math.round(0.4 * rootPx) + 2 * m.tick.lh;
    // Lanes share whatever height the page reserved, but are never shorter than the tallest label.
    laneH = Math.max(
      Math.max(...sized.map((s) => s.h)) + Math.round(0.4 * rootPx),
      Math.floor(((input.height ?? 0) - labelAt - below) / lanes),
    );
    axisAt = labelAt + lanes * laneH + barStep * (maxBar + 1);
    height = Math.ceil(labelAt + lanes * laneH + below);
    view = width;
    placed = items.map((it, i) => {
      const at = dir * scale(anchorOf(it));
      return {
        ...base(it, i),
        ...sized[i],
        lane: flags[i].lane,
        off: [flags[i].from - at, flags[i].to - at],
      };
    });
  }

  function base(it: TimelineItem, i: number) {
    return {
      id: it.id,
      anchor: anchorOf(it),
      span: spans[i],
      alt: it.alt ? spanOf(it.alt) : undefined,
      bar: bars[i],
    };
  }

  const dirSign: 1 | -1 = !vertical && rtl ? -1 : 1;
  const pxPerDay = scale.segments.map((s) => (Math.abs(s.p1 - s.p0) / (s.t1 - s.t0)) * DAY);
  const kMax = Math.min(1000, Math.max(1, view / Math.min(...pxPerDay)));
  const tickNeed = scale.segments.map((s) => {
    const needs = new Map<Step, number>();
    for (const step of STEPS) {
      if (vertical) needs.set(step, m.tick.lh + 4);
      else {
        const times = tickTimes(step, s.t0, s.t1).slice(0, 400);
        const texts = times.length ? times.map((t) => text.tick(t, step.unit)) : [text.tick(s.t0, step.unit)];
        needs.set(step, Math.max(...texts.map(tickW)) + Math.round(0.6 * rootPx));
      }
    }
    return needs;
  });

  return {
    vertical,
    lang,
    dir: dirSign,
    mirror: vertical && rtl,
    width,
    height,
    view,
    scale,
    items: placed,
    metrics: m,
    axisAt,
    labelAt,
    laneH,
    lanes,
    labelGap,
    barStep,
    panClear: vertical ? Math.ceil(3 * rootPx) + 2 : 0,
    kMax,
    text,
    tickNeed,
    gapText,
    tickWidth: tickW,
  };
}

/** A few tick texts a segment may show, to size the tick column: its days and months. */
function sampleTicks(a: number, b: number, text: AxisText): string[] {
  return [
    ...tickTimes(STEPS[0], a, b)
      .slice(0, 62)
      .map((t) => text.tick(t, 'day')),
    text.year(a),
  ];
}
