import type { Attachment } from 'svelte/attachments';

/** What the chart tells the zoom behaviour, and how the behaviour answers. */
export type ZoomOptions = {
  vertical: boolean;
  width: number;
  height: number;
  kMax: number;
  /** The transform to start from (the chart may have zoomed with its buttons before d3-zoom loaded). */
  k: number;
  t: number;
  onzoom: (k: number, t: number) => void;
  /** Hands over a way to move the behaviour's own transform, or `null` when it goes away. */
  onready: (set: ((k: number, t: number) => void) | null) => void;
};

/**
 * Gives the chart's viewport pinch, Ctrl/⌘ + wheel and drag zoom with d3-zoom, which owns only this
 * node (its listeners and its `__zoom`) and hands each transform back. d3-zoom and its helpers are
 * a separate chunk fetched when the browser is idle, so they stay out of the page's first load.
 */
export function zoomable(options: () => ZoomOptions): Attachment<HTMLElement> {
  return (node) => {
    let o: ZoomOptions | null = null;
    let detach: (() => void) | null = null;
    let gone = false;
    const start = () =>
      void import('./d3zoom').then(({ attachZoom }) => {
        if (gone) return;
        // Read now, not when the chart appeared: its buttons may have zoomed it in the meantime.
        o = options();
        detach = attachZoom(node, o);
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
