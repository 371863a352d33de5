import {
  rootIndex,
  rootlessGroups,
  wordFragment,
  type LemmaEntry,
  type Word,
  type WordIndex,
} from '$lib/content/words';
import type { ROOTLESS } from '$lib/content/words/schema';
import { matches, normalize, searchKeys } from '$lib/content/words/search';
import { tokenize, type Token } from '$lib/content/words/tokenize';

/**
 * What the words page shows, worked out once from the words: roots (then the rootless words by why),
 * each with its lemmas, each with the forms the article uses and where each stands, with a few words of
 * its sentence around it. `start` counts the places before a group or lemma, so the page can render a
 * few dozen places per task (see progressive.svelte.ts) and still show whole groups.
 */

/** A stretch of a sentence around one word: the word itself is whole, never cut or split. */
export type Excerpt = { before: string; word: string; after: string };
export type PlaceView = {
  id: string;
  s: string;
  i: number;
  word: Word;
  excerpt: Excerpt;
  /** What the filter matches, normalised: worked out on the first search, not with the page. */
  keys?: string[];
};
export type FormView = { w: string; places: PlaceView[] };
export type LemmaView = {
  key: string;
  lemma: string;
  word: Word;
  forms: FormView[];
  start: number;
  count: number;
};
export type GroupView = {
  key: string;
  /** The root (`فيد`), or why these words have none. */
  root: string | null;
  rootless: (typeof ROOTLESS)[number] | null;
  lemmas: LemmaView[];
  start: number;
  count: number;
};
export type WordsView = { roots: GroupView[]; rootless: GroupView[]; total: number };

/** How many words of a sentence an excerpt shows on each side of its word. */
export const AROUND = 6;

/**
 * The words around token `i` of a sentence: up to `around` on each side, with an ellipsis where the
 * sentence goes on. The text between is the sentence's own, letter for letter (punctuation included).
 */
export function excerpt(text: string, tokens: Token[], i: number, around = AROUND): Excerpt {
  const t = tokens[i];
  const first = Math.max(0, i - around);
  const last = Math.min(tokens.length - 1, i + around);
  const from = first === 0 ? 0 : tokens[first].start;
  const to = last === tokens.length - 1 ? text.length : tokens[last].end;
  return {
    before: (first > 0 ? '… ' : '') + text.slice(from, t.start),
    word: t.text,
    after: text.slice(t.end, to) + (last < tokens.length - 1 ? ' …' : ''),
  };
}

function lemmaViews(
  groupKey: string,
  lemmas: LemmaEntry[],
  at: { n: number },
  ix: WordIndex,
  toks: Map<string, Token[]>,
): LemmaView[] {
  return lemmas.map((l) => {
    const start = at.n;
    at.n += l.count;
    const forms = l.forms.map((f) => ({
      w: f.w,
      places: f.at.map((p) => {
        const text = ix.bySentence.get(p.s)!.text;
        let tokens = toks.get(p.s);
        if (!tokens) toks.set(p.s, (tokens = tokenize(text)));
        return {
          id: wordFragment(p),
          s: p.s,
          i: p.i,
          word: p.word,
          excerpt: excerpt(text, tokens, p.i),
        };
      }),
    }));
    return {
      key: `${groupKey}|${l.lemma}`,
      lemma: l.lemma,
      word: l.forms[0].at[0].word,
      forms,
      start,
      count: l.count,
    };
  });
}

/** The words page's content, from the article's words. */
export function wordsView(ix: WordIndex): WordsView {
  const at = { n: 0 };
  const toks = new Map<string, Token[]>();
  const roots = rootIndex(ix).map((r) => {
    const key = `r:${r.root}`;
    const start = at.n;
    return {
      key,
      root: r.root,
      rootless: null,
      start,
      count: r.count,
      lemmas: lemmaViews(key, r.lemmas, at, ix, toks),
    };
  });
  const rootless = rootlessGroups(ix).map((g) => {
    const key = `x:${g.kind}`;
    const start = at.n;
    return {
      key,
      root: null,
      rootless: g.kind,
      start,
      count: g.count,
      lemmas: lemmaViews(key, g.lemmas, at, ix, toks),
    };
  });
  return { roots, rootless, total: at.n };
}

/** What a query leaves on the page: the keys of the places, lemmas and groups shown, and how many places. */
export type Shown = { places: Set<string>; lemmas: Set<string>; groups: Set<string>; count: number };

/** The places, lemmas and groups a query finds (see search.ts for how it matches); null for no query. */
export function filterView(view: WordsView, query: string): Shown | null {
  const q = normalize(query);
  if (!q) return null;
  const shown: Shown = { places: new Set(), lemmas: new Set(), groups: new Set(), count: 0 };
  for (const g of [...view.roots, ...view.rootless])
    for (const l of g.lemmas)
      for (const f of l.forms)
        for (const p of f.places) {
          if (!matches((p.keys ??= searchKeys(p.word)), q)) continue;
          shown.places.add(p.id);
          shown.lemmas.add(l.key);
          shown.groups.add(g.key);
          shown.count++;
        }
  return shown;
}
