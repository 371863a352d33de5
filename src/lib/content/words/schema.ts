import * as v from 'valibot';

/**
 * One word of the article, read in its sentence. Every field is taught as truth to learners and checked
 * by an Arabic teacher: where a reading is uncertain the entry says so (`uncertain`, `note`) rather than
 * guess. The conventions (vowelling, transliteration, segments) are in `words/README.md`.
 */
const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

/** Three or four radicals, written together without spaces or marks (`فيد`, `ترجم`); hamza as `ء`. */
export const ROOT = /^[ءابتثجحخدذرزسشصضطظعغفقكلمنهوي]{3,4}$/;

export const POS = [
  'noun',
  'adj',
  'masdar', // verbal noun
  'act-part', // active participle
  'pass-part', // passive participle
  'verb',
  'name', // person, place, organisation, acronym
  'prep',
  'conj',
  'particle', // negation, future, verbal particles (أن، إن، قد، لا، لكن …)
  'pron', // independent, relative or demonstrative pronoun
  'num',
  'adv', // adverbs and adverbial nouns (أمس، اليوم، فعلاً …)
] as const;

/** Why a word has no root. */
export const ROOTLESS = ['name', 'loan', 'particle', 'number', 'abbrev'] as const;

export const FORMS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'Q'] as const;

/** Person, gender, number of a verb or pronoun: 1s 1p 2ms 2fs 3ms 3fs 3md 3fd 3mp 3fp … */
const PERSON = /^(1s|1p|[23](ms|fs|md|fd|mp|fp|d))$/;

export const WordSchema = v.strictObject({
  /** The word exactly as `tokenize()` gives it from the sentence: letters, tatweel, digits. */
  w: Text,
  /** Fully vowelled as it reads in this sentence, case endings included; bare of marks it is `w`. */
  v: Text,
  /** Transliteration of `v` (or of `read`, for numbers), scheme in README.md. */
  tr: Text,
  /** For numbers and abbreviations: how it is read aloud, vowelled (`وَاحِدٍ وَخَمْسِينَ`). */
  read: v.optional(Text),
  /** Clitics split from the stem, in order; their `t` joined gives `w`. `g` glosses each part. */
  seg: v.pipe(v.array(v.strictObject({ t: Text, g: Text })), v.minLength(1)),
  /** Dictionary form, vowelled (verbs: 3ms perfect; nouns: singular indefinite nominative, no tanwīn). */
  lemma: Text,
  root: v.nullable(v.pipe(v.string(), v.regex(ROOT))),
  /** Required when `root` is null. */
  rootless: v.optional(v.picklist(ROOTLESS)),
  pos: v.picklist(POS),
  /** Verb form (I–X, Q for quadriliteral) of a verb, masdar or participle. */
  form: v.optional(v.picklist(FORMS)),
  verb: v.optional(
    v.strictObject({
      tense: v.picklist(['perfect', 'imperfect', 'imperative']),
      mood: v.optional(v.picklist(['indicative', 'subjunctive', 'jussive'])),
      voice: v.picklist(['active', 'passive']),
      person: v.pipe(v.string(), v.regex(PERSON)),
    }),
  ),
  noun: v.optional(
    v.strictObject({
      number: v.picklist(['sg', 'du', 'pl']),
      gender: v.picklist(['m', 'f']),
      state: v.picklist(['definite', 'indefinite', 'construct']),
      case: v.optional(v.picklist(['nom', 'acc', 'gen'])),
    }),
  ),
  /** For a masdar or participle: the verb it comes from (vowelled, 3ms perfect). */
  from: v.optional(Text),
  /** The meaning here: English, and a simpler Arabic word or short explanation. */
  gloss: v.strictObject({ en: Text, ar: Text }),
  /** Names: the entity card the word opens (ids of `entities.ts`). */
  entity: v.optional(Id),
  /** A second possible reading, or why this one; English, one line. */
  note: v.optional(Text),
  /** True when the reading (vowels or analysis) is not certain: say why in `note`. */
  uncertain: v.optional(v.literal(true)),
});

export type Word = v.InferOutput<typeof WordSchema>;
/** A block's words: sentence id → its words in order. */
export type WordData = Record<string, Word[]>;
