/**
 * A number or a yes/no for an element's attribute, handed to Svelte as its string: `width={attr(w)}`,
 * `tabindex={attr(-1)}`, `data-live={attr(live)}`. Every number or boolean markup puts in an attribute
 * goes through here (src/lib/components/common/attr.spec.ts finds any `={String(…)}` left in a component).
 *
 * Why: given a value that is not a string, Svelte looks for a DOM property of that name to set instead,
 * and to find one it reads every property of the tag's prototype chain (`get_setters` in Svelte's
 * dom/elements/attributes.js), the first time per tag: `<svg>`, `<line>`, `<circle>`, `<input>`… each
 * cost milliseconds of a cheap phone's start-up, in the task that hydrates the page. Given a string it
 * writes the attribute at once. The attribute written is the same either way. tests/e2e/startup.spec.ts
 * fails if any page reads a DOM prototype while it starts.
 *
 * The type stays `number`: Svelte's element typings ask for one where an attribute is numeric
 * (`maxlength`, `tabindex`, `aria-valuenow`), and SVG coordinates and data attributes take it too.
 */
export function attr(value: number | boolean): number {
  return String(value) as unknown as number;
}
