import { attachZoom } from '$lib/components/common/d3zoom';
import type { ZoomOptions } from '$lib/components/common/zoomable';

// The map's gestures, loaded with d3-zoom once the page is idle (see zoomable() in common/zoomable.ts).

/** A press on a place or a link over the map: theirs, not the map's. */
const onControl = (e: Event) => !!(e.target as Element | null)?.closest?.('button, a');
const focused = (node: HTMLElement) => node.contains(node.ownerDocument.activeElement);

/**
 * Which gestures move the map. The page never scrolls into a trap: one finger scrolls the page while
 * two move the map, and the wheel zooms only with Ctrl/⌘ (a trackpad pinch sends that too) or while
 * the map has focus. Presses on a place's label or the inset are theirs.
 */
export function mapFilter(event: Event, node: HTMLElement): boolean {
  switch (event.type) {
    case 'wheel': {
      const e = event as WheelEvent;
      return e.ctrlKey || e.metaKey || focused(node);
    }
    case 'touchstart':
      return (event as TouchEvent).touches.length >= 2;
    case 'mousedown':
    case 'dblclick':
      return !(event as MouseEvent).button && !onControl(event);
    default:
      return true;
  }
}

/** The zoom keys: + (or =) in, − out, 0 the whole map; null for any other key. */
export function keyZoom(key: string): { by: number } | 'reset' | null {
  if (key === '+' || key === '=') return { by: 2 };
  if (key === '-') return { by: 0.5 };
  return key === '0' ? 'reset' : null;
}

/** The map's zoom, and what it does with a tap, a plain wheel and its keys. */
export type MapZoomOptions = ZoomOptions & {
  /** A tap or click on the map itself (not on a label or the inset): the point, in frame pixels. */
  ontap: (x: number, y: number) => void;
  /** Someone scrolled over the map without Ctrl: the page scrolls on, and we say how to zoom. */
  onwheelhint: () => void;
  /** The point keys zoom around: the chosen place, else al-Qaryatayn, else the middle. */
  focus: () => [number, number] | undefined;
};

/**
 * Pinch, wheel, drag and key zoom on the map frame, and a tap near a dot. The wheel listener is
 * passive: the page's own scrolling never waits for it.
 */
export function attachGestures(node: HTMLElement, o: MapZoomOptions): () => void {
  let zoomer: Parameters<ZoomOptions['onready']>[0] = null;
  const detach = attachZoom(
    node,
    {
      ...o,
      onready: (z) => {
        zoomer = z;
        o.onready(z);
      },
    },
    { filter: mapFilter },
  );
  function onclick(e: MouseEvent) {
    if (onControl(e)) return;
    const r = node.getBoundingClientRect();
    o.ontap(e.clientX - r.left, e.clientY - r.top);
  }
  function onwheel(e: WheelEvent) {
    if (!e.ctrlKey && !e.metaKey && !focused(node)) o.onwheelhint();
  }
  function onkeydown(e: KeyboardEvent) {
    const act = keyZoom(e.key);
    if (!act || !zoomer) return;
    if (act === 'reset') zoomer.to({ k: 1, x: 0, y: 0 });
    else zoomer.scaleBy(act.by, o.focus());
    e.preventDefault();
  }
  node.addEventListener('click', onclick);
  node.addEventListener('wheel', onwheel, { passive: true });
  node.addEventListener('keydown', onkeydown);
  return () => {
    detach();
    node.removeEventListener('click', onclick);
    node.removeEventListener('wheel', onwheel);
    node.removeEventListener('keydown', onkeydown);
  };
}
