/**
 * What d3-zoom imports from d3-transition and d3-interpolate, for a zoom that never animates: the build
 * resolves both packages to this module (vite.config.ts; nothing else here uses them). d3-zoom animates
 * only through a transition, which it starts for a double click when `zoom.duration()` is above zero;
 * this app sets it to zero (d3zoom.ts), so a double click zooms at once. d3-zoom still calls `interrupt`
 * when a gesture starts (nothing to stop), and reads `interpolateZoom` only inside a transition. Left out
 * with them: d3-transition, d3-timer, d3-ease, the rest of d3-interpolate and d3-color, about 9 KB gzip
 * of the chunk every timeline and map visit loads. What would animate throws, so a change that starts a
 * transition fails in its tests instead of silently not animating.
 */
import { selection } from 'd3-selection';

const NOT_HERE = 'd3-transition is not in this build (see d3-zoom-still.ts): zoom with duration 0';

/** Nothing is ever animated, so there is nothing to stop. */
export function interrupt(): void {}

/** d3-zoom's default interpolator, used only by an animated zoom. */
export function interpolateZoom(): never {
  throw new Error(NOT_HERE);
}

// The two methods d3-transition adds to every selection (d3-selection's types do not declare them).
Object.assign(selection.prototype, {
  interrupt<T>(this: T): T {
    return this;
  },
  transition(): never {
    throw new Error(NOT_HERE);
  },
});
