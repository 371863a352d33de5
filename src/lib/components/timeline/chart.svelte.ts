import { createContext, flushSync } from 'svelte';
import { progressive } from '$lib/components/common/progressive.svelte';
import type { ZoomOptions, Zoomer } from '$lib/components/common/zoomable';
import { formatDayRange } from '$lib/i18n/format';
import type { Lang } from '$lib/i18n/lang';
import type { timeline } from '$lib/i18n/strings/timeline';
import { prefs } from '$lib/storage/prefs.svelte';
import type { ChartItem } from '$lib/timeline/items';
import type { Layout } from '$lib/timeline/layout';
import { reservedHeight } from '$lib/timeline/sizes';
import { isoDay } from '$lib/timeline/time';
import { fromZoom, IDENTITY, toZoom, type Transform } from '$lib/timeline/zoom';

/** The timeline's words in one language. */
export type TimelineStrings = (typeof timeline)[Lang];

/** The layout engine: pure TypeScript and d3-time, fetched as its own chunk after the page's hydration. */
export type Engine = typeof import('$lib/timeline/engine');

export type ChartOptions = {
  items: () => ChartItem[];
  lang: () => Lang;
  /** The root font size in px, which the text-size setting changes (by default read from the page). */
  rootPx?: () => number;
  /** The engine, already loaded (tests); by default fetched in the task after hydration. */
  engine?: Engine;
};

/** The page's root font size, read again when the text-size setting changes. */
function pageRootPx(): number {
  void prefs.current.textScale;
  return parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
}

/**
 * The timeline's state: its measured size, the layout and the frame for the current zoom, the zoom
 * itself (buttons, keys, and d3-zoom's gestures all move it), and how much of the first frame is drawn
 * yet. The components under it only draw what it computes. Create it while a component initialises:
 * its effects belong to that component.
 */
export class TimelineChart {
  /** The viewport's width in px, bound by the component (0 until measured). */
  width = $state(0);
  /** The engine once loaded; nothing is laid out before (the list of events already shows). */
  engine = $state.raw<Engine | null>(null);
  /** d3-zoom's handle once its gestures have loaded; buttons and keys then move its transform. */
  zoomer = $state.raw<Zoomer | null>(null);
  #mounted = $state(false);
  #o: ChartOptions;

  constructor(o: ChartOptions) {
    this.#o = o;
    if (o.engine) this.engine = o.engine;
    $effect(() => {
      this.#mounted = true;
      if (o.engine) return;
      // Asking for a chunk adds its files to the page: work kept out of the hydration task.
      const timer = setTimeout(() =>
        import('$lib/timeline/engine').then((m) => {
          performance.mark('timeline:render-start');
          this.engine = m;
        }),
      );
      return () => clearTimeout(timer);
    });
    let measured = false;
    $effect(() => {
      // Once, after the whole chart's first paint (the frame after the first rAF); then this stops listening.
      if (measured || !this.drawn) return;
      measured = true;
      requestAnimationFrame(() =>
        requestAnimationFrame(() => performance.measure('timeline:first-render', 'timeline:render-start')),
      );
    });
  }

  // Methods, not fields: the $derived fields below are declared before the constructor has run.
  #items(): ChartItem[] {
    return this.#o.items();
  }
  #lang(): Lang {
    return this.#o.lang();
  }
  #rootPx(): number {
    return (this.#o.rootPx ?? pageRootPx)();
  }

  /** The root font size in px (16 until mounted: the server knows no better). */
  readonly rootPx = $derived.by(() => (this.#mounted ? this.#rootPx() : 16));

  /** The layout for this width, language and text size; it runs once for each. */
  readonly layout: Layout | null = $derived.by(() => {
    const { engine, width } = this;
    if (!engine || width <= 0 || !this.#mounted) return null;
    const lang = this.#lang();
    return engine.layoutTimeline({
      items: this.#items(),
      width,
      height: reservedHeight(width, this.rootPx),
      rootPx: this.rootPx,
      lang,
      text: engine.axisText(lang),
    });
  });

  /** The zoom, remembered with the layout it belongs to (a new width starts from "show all"). */
  #zoom = $state.raw<{ of: Layout | null; tr: Transform }>({ of: null, tr: IDENTITY });
  readonly tr: Transform = $derived(this.layout && this.#zoom.of === this.layout ? this.#zoom.tr : IDENTITY);
  readonly frame = $derived(
    this.layout && this.engine ? this.engine.frameAt(this.layout, this.tr.k, this.tr.t) : null,
  );
  readonly paths = $derived(
    this.layout && this.frame && this.engine ? this.engine.framePaths(this.layout, this.frame) : null,
  );
  /** Each event by id, rebuilt whole with the items and never changed (so a plain Map). */
  readonly byId: ReadonlyMap<string, ChartItem> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced with the items
    new Map(this.#items().map((it) => [it.id, it])),
  );

  /**
   * How much of the chart is drawn. The first time, it comes in steps, one frame apart: the layout is
   * computed (0), then the marks and the axis are drawn (1), the axis labels (2), the events' labels (3).
   * Each step, with the browser's own layout and paint of what it adds, is then a short task, not one
   * long one that a cheap phone could not answer a tap during. Later layouts (a new width, the text size)
   * are drawn at once.
   */
  readonly stage = progressive(() => (this.frame ? 3 : 0), 0, 1, { afterPaint: true });
  /** The frame, once every step of it is drawn (the zoom buttons wait for it). */
  readonly drawn = $derived(this.stage.count === 3 ? this.frame : null);

  /** The stretch of time in view, as whole days (zoom frames within the same days reuse the text). */
  readonly from = $derived(this.frame ? isoDay(this.frame.domain[0]) : undefined);
  readonly to = $derived(this.frame ? isoDay(this.frame.domain[1]) : undefined);
  /** The same, for reading (the zoom buttons' effect is visible in words too). */
  readonly showing = $derived(
    this.from && this.to ? formatDayRange(this.from, this.to, this.#lang(), 'short') : '',
  );

  #pending: Transform | null = null;
  #painting = 0;
  #glide = 0;

  /**
   * Takes a zoom transform and draws it at the next animation frame: gestures can fire several events
   * a frame, and writing the DOM between them would force the browser to lay out again on each.
   */
  show(k: number, t: number): void {
    this.#pending = { k, t };
    if (!this.#painting) this.#painting = requestAnimationFrame(() => this.#paint());
  }

  /** One zoom frame: the layout's positions and Svelte's DOM updates, timed for the benchmark. */
  #paint(): void {
    this.#painting = 0;
    const next = this.#pending;
    this.#pending = null;
    const { layout, engine } = this;
    if (!next || !layout || !engine) return;
    const start = performance.now();
    const to = engine.clampTransform(next, layout.view, layout.kMax);
    // d3-zoom reports where it starts when it attaches, and a gesture at a limit repeats the transform:
    // neither is a new frame to compute and draw.
    if (to.k === this.tr.k && to.t === this.tr.t) return;
    this.#zoom = { of: layout, tr: to };
    flushSync();
    performance.measure('timeline:zoom-frame', { start, end: performance.now() });
  }

  /**
   * Moves to a transform, through d3-zoom when it is attached so its own state stays in step. Buttons
   * and keys glide there in 0.2 s (each step a measured zoom frame), or jump for reduced motion.
   */
  go(next: Transform): void {
    cancelAnimationFrame(this.#glide);
    const vertical = !!this.layout?.vertical;
    const apply = (k: number, t: number) =>
      this.zoomer ? this.zoomer.to(toZoom(vertical, { k, t })) : this.show(k, t);
    const view = this.layout?.view ?? 0;
    if (!view || matchMedia('(prefers-reduced-motion: reduce)').matches) return apply(next.k, next.t);
    const from = this.tr;
    // Zoom geometrically and slide the view's middle in a straight line, so it reads as one motion.
    const c0 = (view / 2 - from.t) / from.k;
    const c1 = (view / 2 - next.t) / next.k;
    const start = performance.now();
    const step = (now: number) => {
      const u = Math.min(1, (now - start) / 200);
      const e = 1 - (1 - u) ** 3;
      const k = from.k * (next.k / from.k) ** e;
      apply(k, view / 2 - k * (c0 + (c1 - c0) * e));
      if (u < 1) this.#glide = requestAnimationFrame(step);
    };
    this.#glide = requestAnimationFrame(step);
  }

  /** Zooms in (factor > 1) or out around the middle of the view. */
  zoomBy(factor: number): void {
    const { layout, engine } = this;
    if (layout && engine)
      this.go(engine.zoomAround(this.tr, factor, layout.view / 2, layout.view, layout.kMax));
  }

  /** Half a view towards earlier (-1) or later (+1) time: panning without dragging, for one finger or a switch. */
  panned(towards: -1 | 1): Transform | null {
    const { layout, engine, tr } = this;
    if (!layout || !engine) return null;
    const next = engine.clampTransform(
      { k: tr.k, t: tr.t - towards * layout.dir * (layout.view / 2) },
      layout.view,
      layout.kMax,
    );
    return Math.abs(next.t - tr.t) > 0.5 ? next : null;
  }

  /** A zoomed-in chart pans to bring the event `id` into view, when it is out of it. */
  reveal(id: string): void {
    const { layout, frame, engine } = this;
    const label = frame?.labels.find((l) => l.id === id);
    const item = layout?.items.find((it) => it.id === id);
    if (!layout || !engine || !label || !item || label.inView) return;
    this.go(engine.centreOn(this.tr, layout.scale(item.anchor), layout.view, layout.kMax));
  }

  /** The event a key moves the focus to from the event `id`, in time order; null if none. */
  keyTarget(id: string, key: string): string | null {
    const ids = this.layout?.items.map((it) => it.id) ?? [];
    return stepInTime(ids, id, key, this.#lang());
  }

  /** What d3-zoom is told when its gestures load for `layout`: the area, the limits, where to start. */
  zoomOptions(layout: Layout): () => ZoomOptions {
    return () => ({
      width: layout.width,
      height: layout.height,
      kMax: layout.kMax,
      // Read now, not when the chart appeared: its buttons may have zoomed it in the meantime.
      start: toZoom(layout.vertical, this.tr),
      onzoom: (z) => {
        const { k, t } = fromZoom(layout.vertical, z);
        this.show(k, t);
      },
      onready: (z) => (this.zoomer = z),
    });
  }
}

/**
 * Arrow keys walk the events in time order (`ids`); reading direction decides which arrow is
 * "later": → across an English chart, ← across an Arabic one; ↓ down either. Home and End go to the
 * first and the last. Returns the id to focus, or null for a key that does not move or an unknown id.
 */
export function stepInTime(ids: readonly string[], id: string, key: string, lang: Lang): string | null {
  const i = ids.indexOf(id);
  if (i === -1) return null;
  const later = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';
  const earlier = lang === 'ar' ? 'ArrowRight' : 'ArrowLeft';
  if (key === 'ArrowDown' || key === later) return ids[Math.min(ids.length - 1, i + 1)];
  if (key === 'ArrowUp' || key === earlier) return ids[Math.max(0, i - 1)];
  if (key === 'Home') return ids[0];
  if (key === 'End') return ids[ids.length - 1];
  return null;
}

/** Sizes the layout chose, handed to the CSS once for the whole chart. */
export function cssVars(L: Layout): string {
  const m = L.metrics;
  const f = (name: string, font: { px: number; lh: number }) => `--${name}:${font.px}px/${font.lh}px;`;
  return `height:${L.height}px;${f('tl-title', m.title)}${f('tl-date', m.date)}${f('tl-tick', m.tick)}--tl-pad:${m.padY}px ${m.padX}px`;
}

/** The chart's state, for the layers under Timeline.svelte. */
export const [getChart, setChart] = createContext<TimelineChart>();
