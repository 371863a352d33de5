import type { Lang } from '../lang';

/**
 * A strings table for one feature: the Arabic and the English side must have exactly the same keys,
 * which the type checker enforces. Each feature keeps its own table beside the others in this folder.
 */
export function strings<const T extends Record<string, string>>(table: {
  ar: T;
  en: { [K in keyof T]: string };
}): Record<Lang, { [K in keyof T]: string }> {
  return table as Record<Lang, { [K in keyof T]: string }>;
}

/** Fills `{name}` slots: `fill('{n} of {total}', { n: 3, total: 9 })`. Values are plain text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
