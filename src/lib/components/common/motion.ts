/** How the page scrolls for the reader's own jumps: smoothly, unless the reader asked for less motion. */
export const scrollMotion = (): ScrollBehavior =>
  matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
