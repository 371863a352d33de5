import { attachZoom } from '$lib/components/common/d3zoom';
import type { ZoomOptions } from '$lib/components/common/zoomable';

// The chart's gestures, loaded with d3-zoom once the page is idle (see zoomable() in common/zoomable.ts).

/**
 * Which gestures zoom the chart. The page must stay scrollable past it, so: the wheel only with Ctrl or
 * ⌘ (a trackpad pinch arrives that way too), touch only with two fingers (one finger scrolls the page
 * as usual), the mouse with its main button, and no double-click zoom on a label.
 */
export function chartFilter(event: Event): boolean {
  switch (event.type) {
    case 'wheel':
      return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
    case 'touchstart':
      return (event as TouchEvent).touches.length >= 2;
    case 'mousedown':
      return (event as MouseEvent).button === 0;
    case 'dblclick':
      return !(event.target as Element).closest('button');
    default:
      return false;
  }
}

/** A gentler wheel than d3-zoom's, which zooms ten times faster whenever Ctrl is held. */
export function chartWheelDelta(event: WheelEvent): number {
  return -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002) * 2.5;
}

/** Pinch, Ctrl/⌘ + wheel and drag zoom on the chart's viewport. */
export function attachGestures(node: HTMLElement, o: ZoomOptions): () => void {
  return attachZoom(node, o, { filter: chartFilter, wheelDelta: chartWheelDelta });
}
