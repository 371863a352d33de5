/**
 * How many items of a long list to render now: `first` with the page, then `step` more in each later
 * task until all are there. A phone then never spends one long task on a list, most of which is below
 * the fold anyway (a task over 50 ms is what Total Blocking Time counts). With `afterPaint`, each step
 * also waits for the browser to have drawn the one before, so its style and layout fall in a frame of
 * their own rather than all together.
 */
export function progressive(
  total: () => number,
  first: number,
  step: number,
  { afterPaint = false } = {},
): { readonly count: number } {
  let count = $state(first);
  $effect(() => {
    if (count >= total()) return;
    let timer = 0;
    const later = () => (timer = window.setTimeout(() => (count += step)));
    const frame = afterPaint ? requestAnimationFrame(later) : (later(), 0);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  });
  return {
    get count() {
      return count;
    },
  };
}
