import type { Attachment } from 'svelte/attachments';

/** A zoom as d3-zoom gives it: scale by k, then translate by (x, y), in px. */
export type ZoomTransform = { k: number; x: number; y: number };

/** Moves d3-zoom's own transform, so the next gesture starts from where buttons or keys left things. */
export type Zoomer = {
  /** Moves to a transform; d3-zoom reports it through `onzoom`, as it does a gesture. */
  to: (tr: ZoomTransform) => void;
  /** Zooms by `factor` keeping the point `at` still (by default the middle of the area). */
  scaleBy: (factor: number, at?: [number, number]) => void;
  /** The area changed size: zooming and panning keep to the new one. */
  resize: (width: number, height: number) => void;
};

/** What a chart or a map tells the zoom behaviour, and how the behaviour answers. */
export type ZoomOptions = {
  /** The area zoomed, in px: it always covers itself, so nothing past its edges shows. */
  width: number;
  height: number;
  /** The closest zoom; the farthest is 1, the whole area. */
  kMax: number;
  /** The transform to start from (buttons may have zoomed before d3-zoom loaded). */
  start: ZoomTransform;
  /** Each new transform, as someone pinches, drags or scrolls, or `Zoomer.to` moves it. */
  onzoom: (tr: ZoomTransform) => void;
  /** Hands over the `Zoomer` once d3-zoom is attached, and `null` when it goes away. */
  onready: (zoomer: Zoomer | null) => void;
};

/**
 * What each feature loads when the browser is idle, in one chunk with d3-zoom: its gestures (which
 * events zoom, and any listeners of its own) and the call to d3zoom.ts that attaches them.
 */
export type Gestures<O extends ZoomOptions> = { attachGestures: (node: HTMLElement, o: O) => () => void };

/**
 * Gives a node pinch, wheel and drag zoom with d3-zoom, which owns only this node's listeners and hands
 * each transform back (Svelte draws). The timeline's viewport and the map's frame use it, each with its
 * own gestures module (`load`). That module, d3-zoom and its helpers (about 8 KB gzip) are fetched once the
 * browser is idle, so they stay out of the page's first load and its start-up tasks; `options` is read
 * then, not when the node appeared. Taken off, it removes every listener the gestures added, or, if
 * they have not arrived yet, never attaches them.
 */
export function zoomable<O extends ZoomOptions>(
  options: () => O,
  load: () => Promise<Gestures<O>>,
): Attachment<HTMLElement> {
  return (node) => {
    let o: O | null = null;
    let detach: (() => void) | null = null;
    let gone = false;
    const start = () =>
      void load().then(({ attachGestures }) => {
        if (gone) return;
        o = options();
        detach = attachGestures(node, o);
      });
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(start, { timeout: 1500 })
      : window.setTimeout(start, 300);
    return () => {
      gone = true;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      detach?.();
      o?.onready(null);
    };
  };
}
