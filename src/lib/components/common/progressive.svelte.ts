/**
 * How many items of a long list to render now: `first` with the page, then `step` more in each later
 * task until all are there. A phone then never spends one long task on a list, most of which is below
 * the fold anyway (a task over 50 ms is what Total Blocking Time counts).
 */
export function progressive(total: () => number, first: number, step: number): { readonly count: number } {
  let count = $state(first);
  $effect(() => {
    if (count >= total()) return;
    const timer = setTimeout(() => (count += step));
    return () => clearTimeout(timer);
  });
  return {
    get count() {
      return count;
    },
  };
}
