import * as v from 'valibot';
import { tokenize } from './tokenize';
import { FORMS, POS, ROOT, ROOTLESS, type Word } from './schema';
import { wordFragment, type SentenceWords, type WordIndex } from './index';

/**
 * `/data/words.json`: the word layer as the phone receives it. Compact (arrays, a lemma table, the
 * article's words taken from the sentence text instead of repeated), validated on arrival so a damaged
 * cache or a half-written file gives a message, not a broken page, and decoded back into `Word`s.
 *
 * ```
 * { v: 1,
 *   l: [[lemma, root | null, rootless?], …],                    lemma table
 *   s: [[sentence id, Arabic text, [word, …]], …] }             sentences in reading order
 * word: [lemma index, vowelled, transliteration, segments, pos, gloss en, gloss ar, extra?]
 * segments: the one segment's gloss, or [text, gloss, text, gloss, …]
 * extra: { f: form, vb: "tense mood voice person", n: "number gender state case", fr: from,
 *          r: read, e: entity, u: 1 }                           (mood and case "-" when absent)
 * ```
 *
 * The notes (a second reading, or why this one: a third of the bytes) travel apart, in
 * `/data/word-notes.json` (`{ v: 1, n: { "<sentence id>.w<i>": note } }`), so the words file stays
 * within its 25 KB gzip budget and a card can show a word before its note arrives.
 */
export const WORDS_FORMAT = 1;

const Text = v.pipe(v.string(), v.minLength(1));
const VERB =
  /^(perfect|imperfect|imperative) (-|indicative|subjunctive|jussive) (active|passive) (1s|1p|[23](ms|fs|md|fd|mp|fp|d))$/;
const NOUN = /^(sg|du|pl) (m|f) (definite|indefinite|construct) (-|nom|acc|gen)$/;

const Extra = v.strictObject({
  f: v.optional(v.picklist(FORMS)),
  vb: v.optional(v.pipe(v.string(), v.regex(VERB))),
  n: v.optional(v.pipe(v.string(), v.regex(NOUN))),
  fr: v.optional(Text),
  r: v.optional(Text),
  e: v.optional(Text),
  u: v.optional(v.literal(1)),
});

// One tuple, its last item optional (a strict tuple refuses only more items): a union of a 7- and an
// 8-item tuple would try and fail the first for every word that has extras.
const CompactWord = v.strictTuple([
  v.pipe(v.number(), v.integer(), v.minValue(0)),
  Text,
  Text,
  v.union([Text, v.pipe(v.array(Text), v.minLength(2))]),
  v.picklist(POS),
  Text,
  Text,
  v.optional(Extra),
]);

export const CompactWords = v.strictObject({
  v: v.literal(WORDS_FORMAT),
  l: v.array(
    v.union([
      v.strictTuple([Text, v.null(), v.picklist(ROOTLESS)]),
      v.strictTuple([Text, v.pipe(v.string(), v.regex(ROOT))]),
    ]),
  ),
  s: v.array(v.strictTuple([Text, Text, v.array(CompactWord)])),
});
export type CompactWords = v.InferOutput<typeof CompactWords>;
type Lemma = CompactWords['l'][number];
type CompactWord = CompactWords['s'][number][2][number];
type Extra = v.InferOutput<typeof Extra>;

/** The compact form of the article's words (at build time). */
export function encodeWords(ix: WordIndex): CompactWords {
  const lemmas: Lemma[] = [];
  const lemmaAt = new Map<string, number>();
  const lemmaOf = (w: Word): number => {
    const entry: Lemma = w.root === null ? [w.lemma, null, w.rootless!] : [w.lemma, w.root];
    const key = JSON.stringify(entry);
    let at = lemmaAt.get(key);
    if (at === undefined) {
      lemmaAt.set(key, (at = lemmas.length));
      lemmas.push(entry);
    }
    return at;
  };
  const word = (w: Word): CompactWord => {
    const seg = w.seg.length === 1 && w.seg[0].t === w.w ? w.seg[0].g : w.seg.flatMap((g) => [g.t, g.g]);
    const x: Extra = {};
    if (w.form) x.f = w.form;
    if (w.verb) x.vb = `${w.verb.tense} ${w.verb.mood ?? '-'} ${w.verb.voice} ${w.verb.person}`;
    if (w.noun) x.n = `${w.noun.number} ${w.noun.gender} ${w.noun.state} ${w.noun.case ?? '-'}`;
    if (w.from) x.fr = w.from;
    if (w.read) x.r = w.read;
    if (w.entity) x.e = w.entity;
    if (w.uncertain) x.u = 1;
    const base = [lemmaOf(w), w.v, w.tr, seg, w.pos, w.gloss.en, w.gloss.ar] as const;
    // No trailing `undefined`: JSON would write it as null.
    return (Object.keys(x).length ? [...base, x] : [...base]) as CompactWord;
  };
  return {
    v: WORDS_FORMAT,
    s: ix.sentences.map((s) => [s.id, s.text, s.words.map(word)]),
    l: lemmas,
  };
}

/** Why a words file was refused. */
export class WordsDataError extends Error {
  override name = 'WordsDataError';
}

/**
 * The sentences and their words from a words file, checked: the shape (valibot), then that each
 * sentence has one entry per word of its text, each lemma index points into the table, and segments
 * join to their word. Throws `WordsDataError` saying where, for anything else.
 */
export function decodeWords(input: unknown): SentenceWords[] {
  const r = v.safeParse(CompactWords, input);
  if (!r.success) {
    const at = r.issues[0].path?.map((p) => String(p.key)).join('.') ?? '';
    throw new WordsDataError(`words data: ${at ? `${at}: ` : ''}${r.issues[0].message}`);
  }
  const { l: lemmas, s: sentences } = r.output;
  return sentences.map(([id, text, words]) => {
    const tokens = tokenize(text);
    if (tokens.length !== words.length)
      throw new WordsDataError(`words data: ${id} has ${words.length} words for ${tokens.length}`);
    return {
      id,
      text,
      words: words.map((c, i) => {
        const w = tokens[i].text;
        const lemma = lemmas[c[0]];
        if (!lemma) throw new WordsDataError(`words data: ${id}#${i}: no lemma ${c[0]}`);
        let seg: Word['seg'];
        if (typeof c[3] === 'string') seg = [{ t: w, g: c[3] }];
        else {
          const parts = c[3];
          seg = [];
          for (let k = 0; k + 1 < parts.length; k += 2) seg.push({ t: parts[k], g: parts[k + 1] });
          if (parts.length % 2 || seg.map((g) => g.t).join('') !== w)
            throw new WordsDataError(`words data: ${id}#${i}: segments do not make ${w}`);
        }
        const word: Word = {
          w,
          v: c[1],
          tr: c[2],
          seg,
          lemma: lemma[0],
          root: lemma[1],
          pos: c[4],
          gloss: { en: c[5], ar: c[6] },
        };
        if (lemma[1] === null) word.rootless = lemma[2];
        const x = c[7];
        if (x) {
          if (x.f) word.form = x.f;
          if (x.vb) {
            const [tense, mood, voice, person] = x.vb.split(' ') as [
              NonNullable<Word['verb']>['tense'],
              NonNullable<Word['verb']>['mood'] | '-',
              NonNullable<Word['verb']>['voice'],
              string,
            ];
            word.verb = mood === '-' ? { tense, voice, person } : { tense, mood, voice, person };
          }
          if (x.n) {
            const [number, gender, state, kase] = x.n.split(' ') as [
              NonNullable<Word['noun']>['number'],
              NonNullable<Word['noun']>['gender'],
              NonNullable<Word['noun']>['state'],
              NonNullable<Word['noun']>['case'] | '-',
            ];
            word.noun = kase === '-' ? { number, gender, state } : { number, gender, state, case: kase };
          }
          if (x.fr) word.from = x.fr;
          if (x.r) word.read = x.r;
          if (x.e) word.entity = x.e;
          if (x.u) word.uncertain = true;
        }
        return word;
      }),
    };
  });
}

export const CompactNotes = v.strictObject({
  v: v.literal(WORDS_FORMAT),
  n: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9.]+\.w\d+$/)), Text),
});
export type CompactNotes = v.InferOutput<typeof CompactNotes>;

/** The words' notes, keyed by `wordFragment` (at build time). */
export function encodeNotes(ix: WordIndex): CompactNotes {
  const n: Record<string, string> = {};
  for (const p of ix.all) if (p.word.note) n[wordFragment(p)] = p.word.note;
  return { v: WORDS_FORMAT, n };
}

/** The notes from a notes file, keyed by `wordFragment`; throws `WordsDataError` if it is not one. */
export function decodeNotes(input: unknown): Map<string, string> {
  const r = v.safeParse(CompactNotes, input);
  if (!r.success) throw new WordsDataError(`word notes: ${r.issues[0].message}`);
  return new Map(Object.entries(r.output.n));
}
