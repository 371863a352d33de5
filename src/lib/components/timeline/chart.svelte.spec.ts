import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { events } from '$lib/content/events';
import type { Lang } from '$lib/i18n/lang';
import * as engine from '$lib/timeline/engine';
import { chartItems } from '$lib/timeline/items';
import { isIdentity, toZoom } from '$lib/timeline/zoom';
import type { Zoomer } from '$lib/components/common/zoomable';
import { cssVars, stepInTime, TimelineChart } from './chart.svelte';

// No browser: animation frames are queued here and run by `frame()`; timers are Vitest's.
let frames: FrameRequestCallback[] = [];
let reducedMotion = false;
beforeEach(() => {
  frames = [];
  reducedMotion = false;
  vi.useFakeTimers();
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal('matchMedia', () => ({ matches: reducedMotion }));
});
const stops: (() => void)[] = [];
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** One animation frame, then the task after it (where the first render's steps fall). */
function frame() {
  const now = frames.splice(0);
  now.forEach((f) => f(performance.now()));
  flushSync();
  vi.runOnlyPendingTimers();
  flushSync();
}
/** Frames until nothing more is asked for. */
function settle() {
  for (let i = 0; i < 50 && (frames.length || vi.getTimerCount()); i++) frame();
}

const ids = (lang: Lang) => chartItems(events, lang).map((it) => it.id);

function chartOf(lang: Lang, width = 1120, o: { rootPx?: () => number } = {}) {
  const items = chartItems(events, lang);
  let chart!: TimelineChart;
  stops.push(
    $effect.root(() => {
      chart = new TimelineChart({
        items: () => items,
        lang: () => lang,
        rootPx: o.rootPx ?? (() => 16),
        engine,
      });
    }),
  );
  flushSync();
  chart.width = width;
  flushSync();
  return chart;
}

describe('TimelineChart', () => {
  it('lays out nothing until the width is measured', () => {
    const chart = chartOf('en', 0);
    settle();
    expect(chart.layout).toBeNull();
    expect(chart.stage.count).toBe(0);
    expect(chart.showing).toBe('');
  });

  it('draws its first frame in steps a frame apart: marks and axis, then axis labels, then event labels', () => {
    const chart = chartOf('en');
    expect(chart.frame).not.toBeNull();
    expect(chart.stage.count).toBe(0);
    const seen = [];
    for (let i = 0; i < 3; i++) {
      frame();
      seen.push(chart.stage.count);
    }
    expect(seen).toEqual([1, 2, 3]);
    expect(chart.drawn).toBe(chart.frame);
    expect(chart.from! < chart.to!).toBe(true);
    expect(chart.showing).toMatch(/2011.*2015/);
  });

  it('lays out across a desktop and down a phone', () => {
    expect(chartOf('en', 1120).layout!.vertical).toBe(false);
    expect(chartOf('en', 328).layout!.vertical).toBe(true);
  });

  it('a larger text size lays the chart out again, bigger', () => {
    let px = $state(16);
    const chart = chartOf('en', 1120, { rootPx: () => px });
    const before = chart.layout!;
    px = 20;
    expect(chart.layout).not.toBe(before);
    expect(chart.layout!.metrics.title.px).toBeGreaterThan(before.metrics.title.px);
  });

  it('zoomBy(2) jumps to twice the zoom for reduced motion, and glides there otherwise', () => {
    reducedMotion = true;
    const jump = chartOf('en');
    settle();
    jump.zoomBy(2);
    frame();
    expect(jump.tr.k).toBe(2);

    reducedMotion = false;
    const glide = chartOf('en');
    settle();
    glide.zoomBy(2);
    const ks: number[] = [];
    for (let i = 0; i < 40 && frames.length; i++) {
      vi.advanceTimersByTime(16);
      frame();
      ks.push(glide.tr.k);
    }
    expect(ks.at(-1)).toBeCloseTo(2, 6);
    expect(ks.filter((k) => k > 1 && k < 2).length).toBeGreaterThan(0);
  });

  it('show(k, t) draws only the last transform of a frame, clamped to the chart', () => {
    const chart = chartOf('en');
    settle();
    const L = chart.layout!;
    chart.show(3, -L.view);
    chart.show(2, 10 * L.view);
    expect(chart.tr).toEqual({ k: 1, t: 0 });
    frame();
    expect(chart.tr).toEqual({ k: 2, t: 0 });
  });

  it('a new width starts again from "show all"', () => {
    reducedMotion = true;
    const chart = chartOf('en');
    settle();
    chart.zoomBy(2);
    frame();
    expect(chart.tr.k).toBe(2);
    chart.width = 1000;
    expect(isIdentity(chart.tr)).toBe(true);
  });

  it('panned(towards) moves half a view, and offers nothing at either end', () => {
    reducedMotion = true;
    const chart = chartOf('en');
    settle();
    const rest = chart.frame!.domain;
    expect(chart.panned(1)).toBeNull();
    chart.zoomBy(2);
    frame();
    for (const towards of [1, -1] as const) {
      let steps = 0;
      for (let to = chart.panned(towards); to && steps < 10; to = chart.panned(towards), steps++) {
        chart.go(to);
        frame();
      }
      expect(steps).toBeGreaterThan(0);
      expect(chart.panned(towards)).toBeNull();
      expect(chart.frame!.domain[towards > 0 ? 1 : 0]).toBeCloseTo(rest[towards > 0 ? 1 : 0], -3);
    }
  });

  for (const [lang, width] of [
    ['en', 1120],
    ['ar', 1120],
    ['en', 328],
  ] as const)
    it(`reveal(id) pans a zoomed chart to an event out of view (${lang}, ${width} px)`, () => {
      reducedMotion = true;
      const chart = chartOf(lang, width);
      settle();
      chart.zoomBy(8);
      frame();
      const hidden = chart.frame!.labels.filter((l) => !l.inView).map((l) => l.id);
      expect(hidden.length).toBeGreaterThan(0);
      for (const id of hidden) {
        chart.reveal(id);
        frame();
        expect(chart.frame!.labels.find((l) => l.id === id)!.inView, id).toBe(true);
        // In view, it stays where it is.
        const before = chart.tr;
        chart.reveal(id);
        frame();
        expect(chart.tr).toBe(before);
      }
    });

  it('keyTarget(id, key) walks the events in time order', () => {
    const chart = chartOf('ar');
    const order = chart.layout!.items.map((it) => it.id);
    expect(chart.keyTarget(order[0], 'ArrowLeft')).toBe(order[1]);
    expect(chart.keyTarget(order[1], 'End')).toBe(order.at(-1));
  });

  it('zoomOptions(layout) starts d3-zoom where the buttons left the chart, and takes its transforms', () => {
    reducedMotion = true;
    for (const width of [1120, 328]) {
      const chart = chartOf('en', width);
      settle();
      const L = chart.layout!;
      chart.zoomBy(2);
      frame();
      const o = chart.zoomOptions(L)();
      expect(o).toMatchObject({ width: L.width, height: L.height, kMax: L.kMax });
      expect(o.start).toEqual(toZoom(L.vertical, chart.tr));
      o.onzoom(toZoom(L.vertical, { k: 3, t: -L.view }));
      frame();
      expect(chart.tr).toEqual({ k: 3, t: -L.view });
      // Once attached, buttons move d3-zoom's own transform, which answers through onzoom.
      const to = vi.fn();
      o.onready({ to, scaleBy: () => {}, resize: () => {} } satisfies Zoomer);
      chart.zoomBy(0.5);
      expect(to).toHaveBeenCalledWith(toZoom(L.vertical, { k: 1.5, t: expect.any(Number) }));
      o.onready(null);
      expect(chart.zoomer).toBeNull();
    }
  });
});

describe('stepInTime(ids, id, key, lang)', () => {
  const order = ids('en');
  const [first, second, third] = order;
  const last = order.at(-1)!;
  it.each([
    ['en', second, 'ArrowRight', third],
    ['en', second, 'ArrowLeft', first],
    ['ar', second, 'ArrowLeft', third],
    ['ar', second, 'ArrowRight', first],
    ['en', second, 'ArrowDown', third],
    ['ar', second, 'ArrowUp', first],
    ['en', first, 'ArrowUp', first],
    ['en', last, 'ArrowDown', last],
    ['en', second, 'End', last],
    ['ar', last, 'Home', first],
    ['en', second, 'Enter', null],
    ['en', 'no-such-event', 'ArrowDown', null],
  ] as const)('%s: from %s, %s goes to %s', (lang, id, key, to) => {
    expect(stepInTime(order, id, key, lang)).toBe(to);
  });
});

describe('cssVars(layout)', () => {
  it('hands the layout’s height and type sizes to the CSS', () => {
    const chart = chartOf('en');
    const L = chart.layout!;
    const css = cssVars(L);
    expect(css).toContain(`height:${L.height}px;`);
    expect(css).toContain(`--tl-title:${L.metrics.title.px}px/${L.metrics.title.lh}px;`);
    expect(css).toContain(`--tl-pad:${L.metrics.padY}px ${L.metrics.padX}px`);
  });
});
