import { article } from './article';
import { entities, quotes, claims } from './entities';
import { events } from './events';
import type { Block, Entity, Sentence, TimelineEvent } from './schema';
import type { Lang } from '$lib/i18n/lang';
import { wholeWords } from './words/tokenize';

export { article, entities, quotes, claims, events };
export type * from './schema';

/** Every sentence in reading order. */
export const sentences: Sentence[] = article.blocks.flatMap((b) => b.sentences);

// Lookups are built on first use, so a page that never asks for events or entities does not carry them.
let sentenceIndex: Map<string, Sentence> | undefined;
let blockIndex: Map<string, Block> | undefined;
let entityIndex: Map<string, Entity> | undefined;
let eventIndex: Map<string, TimelineEvent> | undefined;

function sentenceById(): Map<string, Sentence> {
  return (sentenceIndex ??= new Map(sentences.map((s) => [s.id, s])));
}

function blockBySentence(): Map<string, Block> {
  return (blockIndex ??= new Map(article.blocks.flatMap((b) => b.sentences.map((s) => [s.id, b] as const))));
}

function entityById(): Map<string, Entity> {
  return (entityIndex ??= new Map(entities.map((e) => [e.id, e])));
}

/** The sentence with this id, or undefined (ids come from links too, so callers must check). */
export function sentence(id: string): Sentence | undefined {
  return sentenceById().get(id);
}

/** The sentence with this id; throws for an id that the content data itself got wrong. */
export function sentenceOrThrow(id: string): Sentence {
  const s = sentenceById().get(id);
  if (!s) throw new Error(`unknown sentence id ${id}`);
  return s;
}

export function blockOf(sentenceId: string): Block | undefined {
  return blockBySentence().get(sentenceId);
}

export function entity(id: string): Entity | undefined {
  return entityById().get(id);
}

/** The timeline event with this id, or undefined. */
export function event(id: string): TimelineEvent | undefined {
  return (eventIndex ??= new Map(events.map((e) => [e.id, e]))).get(id);
}

/** Entities of one kind, in data order. */
export function entitiesOfKind(kind: Entity['kind']): Entity[] {
  return entities.filter((e) => e.kind === kind);
}

/** A run of a sentence's text: plain, or the words that name an entity. */
export type Segment = { text: string; at: number; entity?: string };

/** Position of the nth occurrence of `needle` in `hay`, or -1. */
function nthIndex(hay: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = hay.indexOf(needle, at + 1);
    if (at === -1) return -1;
  }
  return at;
}

/**
 * The spans where entities are mentioned in one sentence, sorted, in the given language. An Arabic span
 * covers the whole words of its mention, clitics included (`بحمص` for the mention `حمص`): WebKit breaks
 * a word that an element cuts (see `wholeWords`).
 */
export function mentionSpans(
  sentenceId: string,
  lang: Lang,
): { start: number; end: number; entity: string }[] {
  const s = sentenceById().get(sentenceId);
  if (!s) return [];
  const text = s[lang];
  const spans: { start: number; end: number; entity: string }[] = [];
  const seen = new Map<string, number>();
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.s !== sentenceId) continue;
      const needle = lang === 'ar' ? m.ar : m.en;
      if (!needle) continue;
      // In English, repeated needles are matched in order of their mentions.
      const key = `${e.id}|${needle}`;
      const nth = lang === 'ar' ? (m.nth ?? 0) : (seen.get(key) ?? 0);
      seen.set(key, nth + 1);
      const start = nthIndex(text, needle, nth);
      if (start < 0) continue;
      const end = start + needle.length;
      spans.push({ ...(lang === 'ar' ? wholeWords(text, start, end) : { start, end }), entity: e.id });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the first of overlapping spans (the data is tested to have none in Arabic).
  const out: typeof spans = [];
  for (const sp of spans) if (!out.length || sp.start >= out[out.length - 1].end) out.push(sp);
  return out;
}

/** Splits a sentence into plain text and entity mentions, for the reader to mark. */
export function segments(sentenceId: string, lang: Lang): Segment[] {
  const s = sentenceById().get(sentenceId);
  if (!s) return [];
  const text = s[lang];
  const out: Segment[] = [];
  let at = 0;
  for (const sp of mentionSpans(sentenceId, lang)) {
    if (sp.start > at) out.push({ text: text.slice(at, sp.start), at });
    out.push({ text: text.slice(sp.start, sp.end), at: sp.start, entity: sp.entity });
    at = sp.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), at });
  return out;
}

/** Whitespace-normalised text, for comparing with the seed article. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The whole article reassembled from its sentences, one block per line. */
export function reassemble(): string {
  return article.blocks.map((b) => b.sentences.map((s) => s.ar).join(' ')).join('\n\n');
}
