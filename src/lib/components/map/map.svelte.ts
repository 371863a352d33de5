import { createContext, untrack } from 'svelte';
import type { Zoomer, ZoomTransform } from '$lib/components/common/zoomable';
import type { Lang } from '$lib/i18n/lang';
import type { Frame, FrameMarker } from '$lib/map/frame';
import type { PlaceInfo, Scene } from '$lib/map/types';
import { IDENTITY, isIdentity, MAX_ZOOM, STEP, type View } from '$lib/map/zoom';
import type { MapZoomOptions } from './gestures';

/** The layout code (label placement and the tap test), fetched as its own chunk once the page is up. */
export type Engine = typeof import('$lib/map/frame');

/** A place label as the frame places it. */
export type FrameLabel = Frame['labels'][number];

/** How long the "Ctrl + wheel to zoom" hint stays after a plain wheel over the map. */
export const HINT_MS = 1800;

export type MapOptions = {
  scene: () => Scene;
  places: () => PlaceInfo[];
  /** The country names the map may show, by region id. */
  regionNames: () => Record<string, string>;
  /** The layout computed at build time for a phone, shown until the layout code has loaded. */
  initial: () => Frame;
  lang: () => Lang;
  /** The chosen place: keys and buttons zoom around it. */
  selected: () => string | null;
  /** A tap near a place's dot chooses it. */
  onselect: (id: string) => void;
  /** The engine, already loaded (tests); by default fetched when the map is mounted. */
  engine?: Engine;
};

/**
 * The map's state: the frame's measured width and the labels' measured sizes, the zoom (buttons, keys
 * and d3-zoom's gestures all move it), the layout that follows from them, and the wheel hint. The
 * components under MapView.svelte only draw what it computes. Create it while a component initialises:
 * its effects belong to that component.
 */
export class MapChart {
  /** The frame's width in px, followed by the component (0 until measured). */
  width = $state(0);
  /** The layout code once loaded; until then the prerendered layout stands in. */
  engine = $state.raw<Engine | null>(null);
  /** The zoom: scale, then translate, in frame px. */
  view = $state.raw<View>(IDENTITY);
  /** d3-zoom's handle once its gestures have loaded; buttons, keys and a rotation then move it. */
  zoomer = $state.raw<Zoomer | null>(null);
  /** True for a moment after a plain wheel over the map: the page scrolled, and we say how to zoom. */
  hint = $state(false);
  /** Label sizes measured in the page, by id (`<id>:compact` for the form without its second line). */
  #sizes = $state<Record<string, { w: number; h: number }>>({});
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  #o: MapOptions;

  constructor(o: MapOptions) {
    this.#o = o;
    if (o.engine) this.engine = o.engine;
    $effect(() => {
      // The layout code first (small): the labels fit the real frame at once. d3-zoom (20 KB) when idle.
      if (!o.engine) void import('$lib/map/frame').then((m) => (this.engine = m));
      return () => clearTimeout(this.#hintTimer);
    });
    // Rotating a phone changes the frame: keep the same part of the map in view.
    let lastWidth = 0;
    $effect(() => {
      const w = this.width;
      const c = this.zoomer;
      if (!w || !c) return;
      const scene = this.#o.scene();
      const h = (scene.height * w) / scene.width;
      untrack(() => {
        const kept = keepView(this.view, lastWidth, w);
        if (kept) c.to(kept);
        lastWidth = w;
        c.resize(w, h);
      });
    });
  }

  // The $derived fields below are set up before the constructor has run: each reads the options in a
  // function, called only once the map is in use.

  /** Region names as the layout takes them. */
  readonly regions = $derived.by(() =>
    Object.entries(this.#o.regionNames()).map(([id, text]) => ({ id, text })),
  );

  /**
   * The live layout: the real frame width, the measured label sizes, the zoom. Until its code has
   * loaded (a moment after the page), the prerendered layout stands in.
   */
  readonly frame: Frame = $derived.by(() => {
    const { engine, width } = this;
    if (!engine || !width) return this.#o.initial();
    const { regions, view } = this;
    const [scene, places, lang] = [this.#o.scene(), this.#o.places(), this.#o.lang()];
    return engine.frameLayout({ scene, places, regions, lang, width, view, sizes: this.#sizes });
  });
  /** True once the live layout has replaced the prerendered one. */
  readonly live = $derived.by(() => this.frame !== this.#o.initial());
  /** Each place's label in this frame, by place id (a place with no room has none). */
  readonly labels: ReadonlyMap<string, FrameLabel> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced with the frame
    new Map(this.frame.labels.map((l) => [l.id, l])),
  );
  /** Each place's dot in this frame, by place id (a place zoomed out of view has none). */
  readonly markers: ReadonlyMap<string, FrameMarker> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced with the frame
    new Map(this.frame.markers.map((m) => [m.id, m])),
  );
  /** The geography is drawn in the scene's reference frame; zooming moves it as one group. */
  readonly groupTransform = $derived(
    `translate(${this.view.x / this.frame.k} ${this.view.y / this.frame.k}) scale(${this.view.k})`,
  );

  /** Zoom buttons: in while there is room, out and back to the whole map once zoomed. */
  readonly canZoomIn = $derived(!!this.zoomer && this.view.k < MAX_ZOOM);
  readonly canZoomOut = $derived(!!this.zoomer && this.view.k > 1);
  readonly canReset = $derived(!isIdentity(this.view));

  /**
   * Records a label's size as the page measured it (fonts load, the text size setting changes). The
   * compact form (no second line) is kept apart, so the two never chase each other.
   */
  measured(id: string, compact: boolean, w: number, h: number): void {
    const key = compact ? `${id}:compact` : id;
    const old = this.#sizes[key];
    if (w && h && (!old || old.w !== w || old.h !== h)) this.#sizes[key] = { w, h };
  }

  /** The point zoom buttons and keys zoom around: the chosen place, else al-Qaryatayn, else the middle. */
  focus(): [number, number] | undefined {
    return untrack(() => {
      const chosen = this.#o.selected();
      const m = (chosen ? this.markers.get(chosen) : undefined) ?? this.markers.get('qaryatayn');
      return m ? [m.x, m.y] : undefined;
    });
  }

  zoomIn(): void {
    this.zoomer?.scaleBy(STEP, this.focus());
  }
  zoomOut(): void {
    this.zoomer?.scaleBy(1 / STEP, this.focus());
  }
  /** Back to the whole map. */
  reset(): void {
    this.zoomer?.to(IDENTITY);
  }

  /** A tap on the map itself, at frame px: chooses the place whose dot is near enough. */
  tap(x: number, y: number): void {
    const id = this.live && this.engine ? this.engine.hitTest(this.frame.markers, x, y) : null;
    if (id) this.#o.onselect(id);
  }

  /** Shows the wheel hint for a moment (again from the start if it is showing). */
  showHint(): void {
    this.hint = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hint = false), HINT_MS);
  }

  /**
   * What d3-zoom is told when its gestures load: read then, without tracking, so the attachment is not
   * rebuilt on every zoom step.
   */
  zoomOptions(): MapZoomOptions {
    return untrack(() => ({
      width: this.frame.width,
      height: this.frame.height,
      kMax: MAX_ZOOM,
      start: this.view,
      onzoom: (v: ZoomTransform) => {
        const { view } = this;
        if (v.k !== view.k || v.x !== view.x || v.y !== view.y) this.view = v;
      },
      onready: (z: Zoomer | null) => (this.zoomer = z),
      ontap: (x: number, y: number) => this.tap(x, y),
      onwheelhint: () => this.showHint(),
      focus: () => this.focus(),
    }));
  }
}

/**
 * The view that keeps the same part of the map in sight when the frame's width goes from `from` to
 * `to` px (a phone turned); null when there is nothing to keep: the first width, the same width, or
 * the whole map.
 */
export function keepView(view: View, from: number, to: number): View | null {
  if (!from || from === to || isIdentity(view)) return null;
  const f = to / from;
  return { k: view.k, x: view.x * f, y: view.y * f };
}

/** Percent of the frame plus a pixel offset: right at any width before the live layout, exact after. */
export function pos(p: number, total: number, off = 0): string {
  return `calc(${((p / total) * 100).toFixed(3)}% + ${off.toFixed(1)}px)`;
}

/** The map's state, for the layers under MapView.svelte. */
export const [getMap, setMap] = createContext<MapChart>();
