import { zoom, zoomIdentity } from 'd3-zoom';
import { select } from 'd3-selection';
import type { View } from '$lib/map/zoom';

// What the map needs to move, in a chunk the page loads once it is idle: d3-zoom with d3-selection.

export type Gestures = {
  /** Moves the map to a view; d3-zoom is told, so the next pinch starts from it. */
  set: (v: View) => void;
  /** Zooms by a factor around the place in focus (buttons, + and − keys). */
  scaleBy: (factor: number) => void;
  /** The frame changed size: the map must stay inside the new frame. */
  resize: (width: number, height: number) => void;
};

type Options = {
  /** Called with each new view while someone pinches, scrolls, drags or presses a zoom key. */
  onview: (v: View) => void;
  /** A tap or click on the map itself (not on a label or the inset): the point, in frame pixels. */
  ontap: (x: number, y: number) => void;
  /** Someone scrolled over the map without Ctrl: the page scrolls on, and we say how to zoom. */
  onwheelhint: () => void;
  size: () => { width: number; height: number };
  /** The point zoom buttons and keys zoom around: the chosen place, else al-Qaryatayn, else the middle. */
  focus: () => [number, number] | null;
  max: number;
  ready: (g: Gestures) => void;
};

/**
 * Pinch, wheel, drag and key zoom on the map frame, through d3-zoom, which owns only this node's
 * events and hands each transform back (Svelte draws). The page never scrolls into a trap: one finger
 * scrolls the page while two move the map, and the wheel zooms only with Ctrl/⌘ (a trackpad pinch
 * sends that too) or while the map has focus.
 */
export function gestures(opts: Options) {
  return (node: HTMLElement) => {
    const focused = () => node.contains(document.activeElement);
    const onControl = (e: Event) => !!(e.target as Element | null)?.closest?.('button, a');
    const extent = (): [[number, number], [number, number]] => {
      const { width, height } = opts.size();
      return [
        [0, 0],
        [width, height],
      ];
    };

    const behaviour = zoom<HTMLElement, unknown>()
      .scaleExtent([1, opts.max])
      .extent(extent())
      .translateExtent(extent())
      .filter((e: Event) => {
        if (e.type === 'wheel') return (e as WheelEvent).ctrlKey || (e as WheelEvent).metaKey || focused();
        if (e.type === 'touchstart') return (e as TouchEvent).touches.length >= 2;
        if (e.type === 'mousedown' || e.type === 'dblclick')
          return !(e as MouseEvent).button && !onControl(e);
        return true;
      })
      .on('zoom', (e: { transform: View }) =>
        opts.onview({ k: e.transform.k, x: e.transform.x, y: e.transform.y }),
      );
    const sel = select(node).call(behaviour);

    const g: Gestures = {
      set: (v) => behaviour.transform(sel, zoomIdentity.translate(v.x, v.y).scale(v.k)),
      scaleBy: (f) => behaviour.scaleBy(sel, f, opts.focus() ?? undefined),
      resize: () => behaviour.extent(extent()).translateExtent(extent()),
    };

    function onclick(e: MouseEvent) {
      if (onControl(e)) return;
      const r = node.getBoundingClientRect();
      opts.ontap(e.clientX - r.left, e.clientY - r.top);
    }
    function onwheel(e: WheelEvent) {
      if (!e.ctrlKey && !e.metaKey && !focused()) opts.onwheelhint();
    }
    function onkeydown(e: KeyboardEvent) {
      if (e.key === '+' || e.key === '=') g.scaleBy(2);
      else if (e.key === '-') g.scaleBy(0.5);
      else if (e.key === '0') g.set({ k: 1, x: 0, y: 0 });
      else return;
      e.preventDefault();
    }
    node.addEventListener('click', onclick);
    node.addEventListener('wheel', onwheel, { passive: true });
    node.addEventListener('keydown', onkeydown);
    opts.ready(g);

    return () => {
      node.removeEventListener('click', onclick);
      node.removeEventListener('wheel', onwheel);
      node.removeEventListener('keydown', onkeydown);
      sel.on('.zoom', null);
    };
  };
}
