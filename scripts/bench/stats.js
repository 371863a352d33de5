// The bench's arithmetic: medians, percentiles, rounding, kilobytes.

/** The median of `xs` (the mean of the middle two for an even count); null for none. */
export function median(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The `p`th percentile of `xs` (nearest rank, rounded down); null for none. */
export function pct(xs, p) {
  if (!xs.length) return null;
  return [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
}

/** `n` rounded to `d` decimals. */
export const round = (n, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** Bytes as kilobytes (1024), one decimal. */
export const KB = (n) => round(n / 1024, 1);
