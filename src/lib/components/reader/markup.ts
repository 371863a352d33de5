import type { Entity, Segment } from '$lib/content';
import { escapeHtml } from '$lib/components/common/html';

/**
 * A sentence's words as markup: plain runs as text, marked words as `<span class="ent k-person"
 * data-entity="kerry">`. The reader writes a sentence this way, as one string, rather than as one Svelte
 * block per run: the words never change once the page is built, and hydrating a block per run was most
 * of the reader's start-up script.
 */
export function segmentsHtml(segs: Segment[], entities: Record<string, Entity>): string {
  let out = '';
  for (const g of segs) {
    const text = escapeHtml(g.text);
    if (!g.entity) out += text;
    else {
      const kind = entities[g.entity]?.kind ?? 'other';
      out += `<span class="ent k-${escapeHtml(kind)}" data-entity="${escapeHtml(g.entity)}">${text}</span>`;
    }
  }
  return out;
}
