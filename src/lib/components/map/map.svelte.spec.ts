import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ZoomTransform, Zoomer } from '$lib/components/common/zoomable';
import type { Lang } from '$lib/i18n/lang';
import * as engine from '$lib/map/frame';
import { mapPageData } from '$lib/map/page-data';
import { IDENTITY, MAX_ZOOM, STEP } from '$lib/map/zoom';
import { HINT_MS, keepView, MapChart, pos } from './map.svelte';

beforeEach(() => vi.useFakeTimers());
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
});

const data = { ar: mapPageData('ar'), en: mapPageData('en') };

/** A map as MapView.svelte makes it, with its effects running until the test ends (or `stop()`). */
function mapOf(lang: Lang, o: { width?: number; selected?: string | null; loaded?: boolean } = {}) {
  const d = data[lang];
  const chosen: string[] = [];
  let selected = o.selected ?? null;
  let map!: MapChart;
  const stop = $effect.root(() => {
    map = new MapChart({
      scene: () => d.scene,
      places: () => d.places,
      regionNames: () => d.regionNames,
      initial: () => d.initial,
      lang: () => lang,
      selected: () => selected,
      onselect: (id) => chosen.push(id),
      engine: o.loaded === false ? undefined : engine,
    });
  });
  stops.push(stop);
  flushSync();
  if (o.width) map.width = o.width;
  flushSync();
  return { map, chosen, stop, select: (id: string | null) => (selected = id), d };
}

/** d3-zoom as the map sees it: every call recorded, and each move reported back as a gesture would be. */
function attach(map: MapChart) {
  const calls: string[] = [];
  const o = map.zoomOptions();
  const zoomer: Zoomer = {
    to: (t) => {
      calls.push(`to ${t.k} ${t.x} ${t.y}`);
      o.onzoom(t);
    },
    scaleBy: (f, at) => calls.push(`scaleBy ${f} ${at ? at.map((v) => v.toFixed(1)).join(',') : '-'}`),
    resize: (w, h) => calls.push(`resize ${w} ${h.toFixed(1)}`),
  };
  o.onready(zoomer);
  flushSync();
  return { calls, o };
}

describe('MapChart', () => {
  it('shows the prerendered layout until the frame is measured and the layout code is there', () => {
    const unmeasured = mapOf('en').map;
    expect(unmeasured.frame).toBe(data.en.initial);
    expect(unmeasured.live).toBe(false);
    const unloaded = mapOf('en', { width: 800, loaded: false }).map;
    expect(unloaded.frame).toBe(data.en.initial);
    expect(unloaded.live).toBe(false);
  });

  it('loads the layout code itself when mounted, then lays out for the real width', async () => {
    const { map } = mapOf('ar', { width: 800, loaded: false });
    await vi.waitFor(() => expect(map.engine).not.toBeNull());
    flushSync();
    expect(map.live).toBe(true);
    expect(map.frame.width).toBe(800);
  });

  it('lays out the live frame for the width, language and zoom', () => {
    const { map, d } = mapOf('en', { width: 640 });
    expect(map.live).toBe(true);
    const regions = Object.entries(d.regionNames).map(([id, text]) => ({ id, text }));
    const input = { scene: d.scene, places: d.places, regions, lang: 'en' as const, width: 640 };
    expect(map.frame).toEqual(engine.frameLayout({ ...input, view: IDENTITY }));
    map.view = { k: 2, x: -300, y: -200 };
    expect(map.frame).toEqual(engine.frameLayout({ ...input, view: map.view }));
    expect(map.groupTransform).toBe(`translate(${-300 / map.frame.k} ${-200 / map.frame.k}) scale(2)`);
  });

  it('finds each place’s label and dot by its id, whatever order the layout lists them in', () => {
    const { map, d } = mapOf('ar', { width: 360 });
    for (const p of d.places) {
      expect(map.labels.get(p.id)).toBe(map.frame.labels.find((l) => l.id === p.id));
      expect(map.markers.get(p.id)).toBe(map.frame.markers.find((m) => m.id === p.id));
    }
    expect(map.labels.size).toBe(map.frame.labels.length);
    // Zoomed in on the map's top-left corner, places out of view have no dot and no label.
    map.view = { k: MAX_ZOOM, x: 0, y: 0 };
    const gone = d.places.filter((p) => !map.markers.has(p.id));
    expect(gone.length).toBeGreaterThan(0);
    for (const p of gone) expect(map.labels.has(p.id)).toBe(false);
  });

  it('measured(id, compact, w, h) lays the labels out again by the sizes drawn, the compact form kept apart', () => {
    // Wide enough for al-Qaryatayn's label with its second line ("on the road").
    const { map } = mapOf('en', { width: 1000 });
    const label = () => map.labels.get('qaryatayn')!;
    const before = map.frame;
    map.measured('qaryatayn', false, 120, 40);
    const after = map.frame;
    expect(after).not.toBe(before);
    expect(label().compact).toBe(false);
    expect(label().box).toMatchObject({ w: 120, h: 40 });
    // The same size again, or none (a label not drawn), changes nothing.
    map.measured('qaryatayn', false, 120, 40);
    map.measured('palmyra', false, 0, 0);
    expect(map.frame).toBe(after);
    // The compact form's size is its own: the full label keeps the size it was drawn at.
    map.measured('qaryatayn', true, 60, 24);
    expect(map.frame).not.toBe(after);
    expect(label().box).toMatchObject({ w: 120, h: 40 });
  });

  it('takes each zoom d3-zoom reports, and only a new one', () => {
    const { map } = mapOf('en', { width: 640 });
    const { o } = attach(map);
    expect(o).toMatchObject({ width: 640, kMax: MAX_ZOOM, start: IDENTITY });
    const t: ZoomTransform = { k: 2, x: -100, y: -50 };
    o.onzoom(t);
    expect(map.view).toBe(t);
    o.onzoom({ ...t });
    expect(map.view).toBe(t);
  });

  it('starts d3-zoom from the zoom of the moment it loads, in the frame’s size then', () => {
    const { map } = mapOf('en', { width: 500 });
    map.view = { k: 2, x: -10, y: -20 };
    const o = map.zoomOptions();
    expect(o.start).toEqual({ k: 2, x: -10, y: -20 });
    expect(o.width).toBe(500);
    expect(o.height).toBeCloseTo((500 * data.en.scene.height) / data.en.scene.width);
  });

  it('keeps the same part of the map in view when the frame turns (a phone rotated)', () => {
    const { map, d } = mapOf('en', { width: 400 });
    const { calls } = attach(map);
    const h = (w: number) => ((d.scene.height * w) / d.scene.width).toFixed(1);
    expect(calls).toEqual([`resize 400 ${h(400)}`]);
    // The whole map has nothing to keep: only the area changes.
    map.width = 500;
    flushSync();
    expect(calls.slice(1)).toEqual([`resize 500 ${h(500)}`]);
    map.zoomer!.to({ k: 2, x: -100, y: -60 });
    calls.length = 0;
    map.width = 800;
    flushSync();
    expect(calls).toEqual(['to 2 -160 -96', `resize 800 ${h(800)}`]);
    expect(map.view).toEqual({ k: 2, x: -160, y: -96 });
  });

  it('waits for d3-zoom before following the width, and stops when the map goes away', () => {
    const { map, stop } = mapOf('en', { width: 400 });
    map.width = 600;
    flushSync();
    const { calls } = attach(map);
    expect(calls).toEqual([expect.stringMatching(/^resize 600 /)]);
    stop();
    map.width = 300;
    flushSync();
    expect(calls).toHaveLength(1);
  });

  it('zooms with its buttons around the chosen place, else al-Qaryatayn, and back to the whole map', () => {
    const { map, select } = mapOf('en', { width: 640 });
    expect([map.canZoomIn, map.canZoomOut, map.canReset]).toEqual([false, false, false]);
    const { calls } = attach(map);
    expect([map.canZoomIn, map.canZoomOut, map.canReset]).toEqual([true, false, false]);
    const at = (id: string) => {
      const m = map.markers.get(id)!;
      return `${m.x.toFixed(1)},${m.y.toFixed(1)}`;
    };
    calls.length = 0;
    map.zoomIn();
    select('palmyra');
    map.zoomIn();
    map.zoomOut();
    // Malaysia has no dot on the map: al-Qaryatayn again.
    select(data.en.far.id);
    map.zoomIn();
    expect(calls).toEqual([
      `scaleBy ${STEP} ${at('qaryatayn')}`,
      `scaleBy ${STEP} ${at('palmyra')}`,
      `scaleBy ${1 / STEP} ${at('palmyra')}`,
      `scaleBy ${STEP} ${at('qaryatayn')}`,
    ]);
    map.zoomer!.to({ k: MAX_ZOOM, x: -10, y: -10 });
    flushSync();
    expect([map.canZoomIn, map.canZoomOut, map.canReset]).toEqual([false, true, true]);
    map.reset();
    flushSync();
    expect(map.view).toEqual(IDENTITY);
    expect([map.canZoomIn, map.canZoomOut, map.canReset]).toEqual([true, false, false]);
  });

  it('zooms around the middle when neither the chosen place nor al-Qaryatayn is in view', () => {
    const { map } = mapOf('en', { width: 640 });
    map.view = { k: MAX_ZOOM, x: 0, y: 0 };
    expect(map.markers.has('qaryatayn')).toBe(false);
    expect(map.focus()).toBeUndefined();
  });

  it('a tap near a dot chooses its place; far from any, or before the live layout, nothing', () => {
    const early = mapOf('en');
    const m0 = early.map.frame.markers[0];
    early.map.tap(m0.x, m0.y);
    expect(early.chosen).toEqual([]);
    const { map, chosen } = mapOf('en', { width: 640 });
    const { o } = attach(map);
    const homs = map.markers.get('homs')!;
    o.ontap(homs.x + 5, homs.y - 5);
    o.ontap(1, 1);
    expect(chosen).toEqual(['homs']);
  });

  it('says how to zoom for a moment after a plain wheel, the moment counted again at each one', () => {
    const { map } = mapOf('en', { width: 640 });
    const { o } = attach(map);
    o.onwheelhint();
    expect(map.hint).toBe(true);
    vi.advanceTimersByTime(HINT_MS - 100);
    o.onwheelhint();
    vi.advanceTimersByTime(HINT_MS - 100);
    expect(map.hint).toBe(true);
    vi.advanceTimersByTime(100);
    expect(map.hint).toBe(false);
  });

  it('forgets the hint’s timer when the map goes away', () => {
    const { map, stop } = mapOf('en', { width: 640 });
    map.showHint();
    stop();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('keepView(view, from, to)', () => {
  it.each([
    ['the first width', { k: 2, x: -10, y: -20 }, 0, 400, null],
    ['the same width', { k: 2, x: -10, y: -20 }, 400, 400, null],
    ['the whole map', IDENTITY, 400, 800, null],
    ['twice as wide', { k: 2, x: -10, y: -20 }, 400, 800, { k: 2, x: -20, y: -40 }],
    ['half as wide', { k: 3, x: -90, y: 0 }, 800, 400, { k: 3, x: -45, y: 0 }],
  ])('%s', (_, view, from, to, kept) => expect(keepView(view, from, to)).toEqual(kept));
});

describe('pos(p, total, off)', () => {
  it.each([
    [90, 360, 0, 'calc(25.000% + 0.0px)'],
    [1, 3, -12.34, 'calc(33.333% + -12.3px)'],
    [360, 360, 4, 'calc(100.000% + 4.0px)'],
  ])('pos(%d, %d, %d)', (p, total, off, css) => expect(pos(p, total, off)).toBe(css));
});
