import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomOptions } from './zoomable';

/**
 * Which gestures zoom. The page must stay scrollable past the chart, so: the wheel only with Ctrl or
 * ⌘ (a trackpad pinch arrives that way too), touch only with two fingers (one finger scrolls the page
 * as usual), the mouse with its main button, and no double-click zoom on a label.
 */
function filter(event: Event): boolean {
  if (event instanceof WheelEvent) return event.ctrlKey || event.metaKey;
  if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
  if (event instanceof MouseEvent && event.type === 'mousedown') return event.button === 0;
  return event.type === 'dblclick' && !(event.target as Element).closest('button');
}

/** A gentler wheel than d3's default, which zooms ten times faster whenever Ctrl is held. */
function wheelDelta(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 2.5;
}

/** Attaches d3-zoom to the chart's viewport; returns the function that takes it off again. */
export function attachZoom(node: HTMLElement, o: ZoomOptions): () => void {
  const { vertical, width, height } = o;
  const behaviour = zoom<HTMLElement, unknown>()
    .scaleExtent([1, o.kMax])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    .filter(filter)
    .wheelDelta(wheelDelta)
    .on('zoom', (e: { transform: { k: number; x: number; y: number } }) =>
      o.onzoom(e.transform.k, vertical ? e.transform.y : e.transform.x),
    );
  // Once the browser has started scrolling the page, a touchmove can no longer be cancelled and
  // d3-zoom's preventDefault on it only earns a console warning: let the scroll have those moves.
  const yieldToScroll = (e: TouchEvent) => {
    if (!e.cancelable) e.stopImmediatePropagation();
  };
  node.addEventListener('touchmove', yieldToScroll, { capture: true });
  const sel = select(node);
  const at = (k: number, t: number) =>
    (vertical ? zoomIdentity.translate(0, t) : zoomIdentity.translate(t, 0)).scale(k);
  sel.call(behaviour).call(behaviour.transform, at(o.k, o.t));
  o.onready((k, t) => sel.call(behaviour.transform, at(k, t)));
  return () => {
    behaviour.on('zoom', null);
    sel.on('.zoom', null);
    node.removeEventListener('touchmove', yieldToScroll, { capture: true });
  };
}
