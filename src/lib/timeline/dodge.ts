/**
 * Places boxes along one axis, in the order given, as near as possible to where they want to be:
 * centre i wants `want[i]`, box i is `size[i]` long, neighbours stay `gap` apart, everything stays
 * inside [lo, hi]. The least-squares answer, found exactly (no search) by pool-adjacent-violators,
 * so it is cheap enough to run on every zoom frame and it moves smoothly as `want` moves.
 */
export function dodge(
  want: readonly number[],
  size: readonly number[],
  gap: number,
  lo = -Infinity,
  hi = Infinity,
): number[] {
  const n = want.length;
  if (n === 0) return [];
  // centre[i] = z[i] + off[i], where off packs the boxes tightly; the gaps hold iff z never decreases.
  const off = new Array<number>(n);
  off[0] = 0;
  for (let i = 1; i < n; i++) off[i] = off[i - 1] + (size[i - 1] + size[i]) / 2 + gap;
  // Isotonic regression of want - off: merge neighbouring blocks while they are out of order.
  const mean: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = want[i] - off[i];
    let c = 1;
    while (mean.length && mean[mean.length - 1] > m) {
      const pm = mean.pop()!;
      const pc = count.pop()!;
      m = (pm * pc + m * c) / (pc + c);
      c += pc;
    }
    mean.push(m);
    count.push(c);
  }
  // With one lower and one upper bound on every z, clipping the unbounded answer is the bounded answer.
  const zLo = lo + size[0] / 2;
  const zHi = hi - size[n - 1] / 2 - off[n - 1];
  const out: number[] = [];
  mean.forEach((m, b) => {
    const z = Math.max(zLo, Math.min(zHi, m));
    for (let k = 0; k < count[b]; k++) out.push(z + off[out.length]);
  });
  return out;
}
