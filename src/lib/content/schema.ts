import * as v from 'valibot';

/** `h1.s1`, `c.s2`, `p8.s3`: block id, then the sentence's place in it. Never renumbered. */
export const SENTENCE_ID = /^(h1|h2|c|p[1-8])\.s[1-9]$/;

const Text = v.pipe(v.string(), v.trim(), v.minLength(1));
export const BiSchema = v.strictObject({ ar: Text, en: Text });
const Day = v.pipe(v.string(), v.isoDate());
const SentenceId = v.pipe(v.string(), v.regex(SENTENCE_ID));
const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

export const SentenceSchema = v.strictObject({ id: SentenceId, ar: Text, en: Text });

export const BlockSchema = v.strictObject({
  id: v.picklist(['h1', 'h2', 'c', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']),
  kind: v.picklist(['headline', 'subheadline', 'caption', 'paragraph']),
  sentences: v.pipe(v.array(SentenceSchema), v.minLength(1)),
});

export const ArticleSchema = v.strictObject({
  meta: v.strictObject({
    /** Inferred, not printed: `publishedHow` says how. */
    published: Day,
    publishedHow: BiSchema,
    source: BiSchema,
    photoCredit: BiSchema,
  }),
  blocks: v.pipe(v.array(BlockSchema), v.length(11)),
});

/** Where an entity occurs: the exact Arabic words in one sentence (and, if useful, the English words). */
export const MentionSchema = v.strictObject({
  s: SentenceId,
  ar: Text,
  /** Which occurrence of `ar` in the sentence, when it occurs more than once (0 = first). */
  nth: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  en: v.optional(Text),
});

export const SourceSchema = v.strictObject({ label: Text, url: v.pipe(v.string(), v.url()) });

export const EntitySchema = v.strictObject({
  id: Id,
  kind: v.picklist(['person', 'place', 'org', 'number', 'time']),
  name: BiSchema,
  /** What the article itself says about it. */
  note: BiSchema,
  /** Context from outside the article, always shown as such, with where it comes from. */
  outside: v.optional(v.strictObject({ text: BiSchema, sources: v.array(SourceSchema) })),
  mentions: v.pipe(v.array(MentionSchema), v.minLength(1)),
  coords: v.optional(
    v.strictObject({
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
      approx: v.optional(v.boolean()),
    }),
  ),
  /** For numbers: the value the article states. */
  value: v.optional(v.number()),
  /** For times: the calendar day(s) it resolves to. */
  days: v.optional(v.strictObject({ start: Day, end: Day })),
});

/** A quotation: who said it, and the exact quoted Arabic words. */
export const QuoteSchema = v.strictObject({
  id: Id,
  speaker: Id,
  s: SentenceId,
  ar: Text,
  en: Text,
});

/** A claim the article attributes to someone (not a direct quote): "who says so?". */
export const ClaimSchema = v.strictObject({
  id: Id,
  by: Id,
  s: SentenceId,
  /** Arabic evidence words, exactly as in the sentence. */
  ar: Text,
  /** The claim in plain words. */
  text: BiSchema,
});

export const EntitiesSchema = v.array(EntitySchema);
export const QuotesSchema = v.array(QuoteSchema);
export const ClaimsSchema = v.array(ClaimSchema);

export type Sentence = v.InferOutput<typeof SentenceSchema>;
export type Block = v.InferOutput<typeof BlockSchema>;
export type Article = v.InferOutput<typeof ArticleSchema>;
export type Mention = v.InferOutput<typeof MentionSchema>;
export type Entity = v.InferOutput<typeof EntitySchema>;
export type EntityKind = Entity['kind'];
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;

/** How a date is known: printed in the article, worked out from its words, or from other sources. */
export const KnownSchema = v.picklist(['stated', 'inferred', 'outside']);

/** One event of the timeline: what happened, when, how we know, and the sentences it comes from. */
export const EventSchema = v.strictObject({
  id: Id,
  /** `context` events set the scene (the war's start, the death toll); `event`s are the story. */
  kind: v.picklist(['event', 'context']),
  /**
   * The article reports it as still to come (the vote it says «may» take place «today»), not as done:
   * its day is the day it was expected, and the quiz never asks when it "happened".
   */
  expected: v.optional(v.literal(true)),
  title: BiSchema,
  description: BiSchema,
  /** First and last day (equal for a single day). */
  start: Day,
  end: Day,
  known: KnownSchema,
  /** The reasoning behind the date, in plain words. */
  how: BiSchema,
  /** The exact Arabic words the date or the event rests on. */
  evidence: v.array(v.strictObject({ s: SentenceId, ar: Text })),
  /** Where other sources give another day, the range and why. */
  disagreement: v.optional(v.strictObject({ start: Day, end: Day, text: BiSchema })),
  /** What happened that the article does not report, clearly marked as such. */
  outside: v.optional(BiSchema),
  sources: v.array(SourceSchema),
  places: v.array(Id),
  actors: v.array(Id),
  sentences: v.pipe(v.array(SentenceId), v.minLength(1)),
});

export const EventsSchema = v.array(EventSchema);
export type TimelineEvent = v.InferOutput<typeof EventSchema>;
export type Known = v.InferOutput<typeof KnownSchema>;
