import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { ZoomOptions, ZoomTransform, Zoomer } from './zoomable';

/** How a feature's gestures differ: which events start one, and how far a wheel step zooms. */
export type GestureRules = {
  /** d3-zoom's filter, given the event and the node: the page must stay scrollable past the node. */
  filter: (event: Event, node: HTMLElement) => boolean;
  /** d3-zoom's wheelDelta; d3-zoom's own when absent. */
  wheelDelta?: (event: WheelEvent) => number;
};

const at = (tr: ZoomTransform) => zoomIdentity.translate(tr.x, tr.y).scale(tr.k);

/**
 * Attaches d3-zoom to `node` as `o` and `rules` ask (d3-zoom owns only the node's listeners and its own
 * transform; the DOM is Svelte's); returns the function that takes it all off again.
 */
export function attachZoom(node: HTMLElement, o: ZoomOptions, rules: GestureRules): () => void {
  const extent = (w: number, h: number): [[number, number], [number, number]] => [
    [0, 0],
    [w, h],
  ];
  const behaviour = zoom<HTMLElement, unknown>()
    // A double click zooms at once: nothing animates, so d3-transition stays out (d3-zoom-still.ts).
    .duration(0)
    .scaleExtent([1, o.kMax])
    .extent(extent(o.width, o.height))
    .translateExtent(extent(o.width, o.height))
    .filter(function (this: HTMLElement, event: Event) {
      return rules.filter(event, this);
    })
    .on('zoom', (e: { transform: ZoomTransform }) =>
      o.onzoom({ k: e.transform.k, x: e.transform.x, y: e.transform.y }),
    );
  if (rules.wheelDelta) behaviour.wheelDelta(rules.wheelDelta);
  // Once the browser has started scrolling the page, a touchmove can no longer be cancelled and
  // d3-zoom's preventDefault on it only earns a console warning: let the scroll have those moves.
  const yieldToScroll = (e: TouchEvent) => {
    if (!e.cancelable) e.stopImmediatePropagation();
  };
  node.addEventListener('touchmove', yieldToScroll, { capture: true });
  const sel = select(node).call(behaviour);
  const { k, x, y } = o.start;
  if (k !== 1 || x !== 0 || y !== 0) sel.call(behaviour.transform, at(o.start));
  const zoomer: Zoomer = {
    to: (tr) => sel.call(behaviour.transform, at(tr)),
    scaleBy: (factor, p) => sel.call(behaviour.scaleBy, factor, p),
    resize: (w, h) => void behaviour.extent(extent(w, h)).translateExtent(extent(w, h)),
  };
  o.onready(zoomer);
  return () => {
    behaviour.on('zoom', null);
    sel.on('.zoom', null);
    node.removeEventListener('touchmove', yieldToScroll, { capture: true });
  };
}
