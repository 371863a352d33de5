const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe to place in HTML, as text or inside a quoted attribute. For the few places that write
 * fixed markup as one string (`{@html}`) to spare the page's start-up a Svelte block per element.
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A number for a numeric attribute (`maxlength`, `tabindex`, `aria-valuenow`), handed to Svelte as its
 * string. Given a number, Svelte checks whether the element has a DOM property of that name by reading
 * every property of the tag's prototype chain, the first time per tag: milliseconds of a cheap phone's
 * start-up (tests/e2e/startup.spec.ts). The attribute written is the same; the type stays `number` for
 * Svelte's element typings, which ask for one.
 */
export function numAttr(n: number): number {
  return String(n) as unknown as number;
}
