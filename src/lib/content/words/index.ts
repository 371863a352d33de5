import type { Word } from './schema';
import { ROOTLESS } from './schema';

export type { Word, WordData } from './schema';
export { describeWord, rootlessLabel, posLabel, spacedRoot } from './describe';

/**
 * The word layer as the app uses it: every word of the article joined to its sentence by sentence id
 * and position (`tokenize()`'s `i`), a root index, and "other words from this root". Pure and free of
 * the data itself, so the same functions serve the build (which reads `data/*.ts` through `./all`) and
 * the phone (which fetches `/data/words.json` through `./load`) without the phone's bundle carrying
 * the 200 KB of data source.
 */

/** Where a word stands: its sentence's id and its position in that sentence (0-based). */
export type WordRef = { s: string; i: number };
/** A word with where it stands. */
export type Placed = WordRef & { word: Word };

/** One sentence and its words, in order (`words[i]` is the word at position `i`). */
export type SentenceWords = { id: string; text: string; words: Word[] };

/** The article's words, indexed. Build it once with `indexWords`. */
export type WordIndex = {
  /** Sentences in reading order. */
  sentences: SentenceWords[];
  bySentence: Map<string, SentenceWords>;
  /** Every word in reading order. */
  all: Placed[];
};

/** Indexes the article's words given its sentences in reading order. */
export function indexWords(sentences: SentenceWords[]): WordIndex {
  const all = sentences.flatMap((s) => s.words.map((word, i) => ({ s: s.id, i, word })));
  return { sentences, bySentence: new Map(sentences.map((s) => [s.id, s])), all };
}

/** The word at a sentence and position, or undefined (refs come from links too, so callers check). */
export function wordAt(ix: WordIndex, ref: WordRef): Word | undefined {
  return ix.bySentence.get(ref.s)?.words[ref.i];
}

/** A form of a lemma as the article writes it (`w`), and each place it stands, in reading order. */
export type FormEntry = { w: string; at: Placed[] };
/** A dictionary form, and the forms of it the article uses, in order of first appearance. */
export type LemmaEntry = { lemma: string; forms: FormEntry[]; count: number };
/** A root, and its lemmas in order of first appearance in the article. */
export type RootEntry = { root: string; lemmas: LemmaEntry[]; count: number };
/** The words without a root, grouped by why (names, loanwords, particles, numbers, abbreviations). */
export type RootlessGroup = { kind: (typeof ROOTLESS)[number]; lemmas: LemmaEntry[]; count: number };

function groupLemmas(placed: Placed[]): LemmaEntry[] {
  const lemmas = new Map<string, { lemma: string; forms: Map<string, Placed[]> }>();
  for (const p of placed) {
    let l = lemmas.get(p.word.lemma);
    if (!l) lemmas.set(p.word.lemma, (l = { lemma: p.word.lemma, forms: new Map() }));
    const at = l.forms.get(p.word.w);
    if (at) at.push(p);
    else l.forms.set(p.word.w, [p]);
  }
  return [...lemmas.values()].map((l) => {
    const forms = [...l.forms].map(([w, at]) => ({ w, at }));
    return { lemma: l.lemma, forms, count: forms.reduce((n, f) => n + f.at.length, 0) };
  });
}

// Roots sort in the Arabic alphabet's order (أبجدية هجائية), hamza first, as dictionaries list them.
const ALPHABET = 'ءابتثجحخدذرزسشصضطظعغفقكلمنهوي';
function compareRoots(a: string, b: string): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const d = ALPHABET.indexOf(a[k]) - ALPHABET.indexOf(b[k]);
    if (d) return d;
  }
  return a.length - b.length;
}

/**
 * The root index: every root of the article in dictionary order, each with its lemmas (in order of first
 * appearance), each with the forms the article uses and where each stands.
 */
export function rootIndex(ix: WordIndex): RootEntry[] {
  const byRoot = new Map<string, Placed[]>();
  for (const p of ix.all) {
    if (p.word.root === null) continue;
    const list = byRoot.get(p.word.root);
    if (list) list.push(p);
    else byRoot.set(p.word.root, [p]);
  }
  return [...byRoot]
    .sort(([a], [b]) => compareRoots(a, b))
    .map(([root, placed]) => ({ root, lemmas: groupLemmas(placed), count: placed.length }));
}

/** The words without a root, grouped by why, in the schema's order of reasons; empty groups left out. */
export function rootlessGroups(ix: WordIndex): RootlessGroup[] {
  return ROOTLESS.map((kind) => {
    const placed = ix.all.filter((p) => p.word.root === null && p.word.rootless === kind);
    return { kind, lemmas: groupLemmas(placed), count: placed.length };
  }).filter((g) => g.count > 0);
}

/**
 * The other words of the article from this word's root, in reading order, without the word itself; each
 * distinct form once (its first place), so a card lists يصوت once however often it comes. Empty for a
 * word without a root.
 */
export function sameRoot(ix: WordIndex, ref: WordRef): Placed[] {
  const word = wordAt(ix, ref);
  if (!word || word.root === null) return [];
  const seen = new Set([word.w]);
  const out: Placed[] = [];
  for (const p of ix.all) {
    if (p.word.root !== word.root || seen.has(p.word.w)) continue;
    seen.add(p.word.w);
    out.push(p);
  }
  return out;
}

/**
 * The URL fragment (and element id) of a word in the reader: `p5.s2.w3` is word 3 of sentence p5.s2.
 * A sentence id never ends in `.w<digits>`, so the two cannot be confused.
 */
export function wordFragment(ref: WordRef): string {
  return `${ref.s}.w${ref.i}`;
}

/** The word a fragment names (`#p5.s2.w3` or `p5.s2.w3`), or null when it names none. */
export function parseWordFragment(fragment: string): WordRef | null {
  const m = /^#?(.+)\.w(0|[1-9]\d{0,3})$/.exec(fragment);
  return m ? { s: m[1], i: Number(m[2]) } : null;
}
