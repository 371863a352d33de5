import { article, claims, entities, entity, events, quotes, sentences } from '$lib/content';
import type { Entity, TimelineEvent } from '$lib/content';
import { parseDay } from '$lib/i18n/format';
import {
  CLAIMS_SKIPPED,
  CLAIM_ALSO_SAID_BY,
  EXPLAIN,
  NUMBER_QUESTIONS,
  PLACE_QUESTIONS,
  PROMPTS,
  QUOTE_EXPLAIN,
  RELATIVE_DATES,
  VOICE_GROUPS,
} from './data/templates';
import { MAX_ORDINAL } from './wording';
import type { ChoiceQuestion, Evidence, Label, Option, OrderQuestion, Question, Rich } from './types';

/*
 * Questions generated from the content data: who said it (quotes), who says so (claims), numbers,
 * places, dates, relative dates and the order of events. Each function is pure and deterministic.
 */

const sentenceIndex = new Map(sentences.map((s, i) => [s.id, i]));

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** An entity's name as an option label (English capitalised, as options start a line). */
export function nameLabel(e: Entity): Label {
  return { t: 'text', ar: e.name.ar, en: cap(e.name.en) };
}

function mustEntity(id: string): Entity {
  const e = entity(id);
  if (!e) throw new Error(`quiz data names an unknown entity: ${id}`);
  return e;
}

function uniqueSentences(evidence: Evidence[]): string[] {
  return [...new Set(evidence.map((e) => e.s))];
}

/** Everyone who speaks for the same side as `id` (including `id`). */
export function voiceGroup(id: string): Set<string> {
  const g = VOICE_GROUPS.find((grp) => grp.includes(id));
  return new Set(g ?? [id]);
}

/** Everyone the article quotes or attributes a claim to, people first, in data order. */
function speakers(): Entity[] {
  const ids = new Set([...quotes.map((q) => q.speaker), ...claims.map((c) => c.by)]);
  const list = entities.filter((e) => ids.has(e.id));
  return [...list.filter((e) => e.kind === 'person'), ...list.filter((e) => e.kind !== 'person')];
}

/** Three speakers who did not say it: other sides only, the same kind (person/organization) first. */
export function speakerDistractors(answer: string, alsoSaidBy: readonly string[] = []): Entity[] {
  const excluded = new Set([...voiceGroup(answer), ...alsoSaidBy]);
  const a = mustEntity(answer);
  const pool = speakers().filter((e) => !excluded.has(e.id));
  const same = pool.filter((e) => (e.kind === 'person') === (a.kind === 'person'));
  const other = pool.filter((e) => (e.kind === 'person') !== (a.kind === 'person'));
  return [...same, ...other].slice(0, 3);
}

function aboutSpeaker(e: Entity): Rich {
  return {
    ar: fillBoth(EXPLAIN.about.ar, { Name: e.name.ar, note: e.note.ar }),
    en: fillBoth(EXPLAIN.about.en, { Name: cap(e.name.en), note: e.note.en }),
  };
}

function fillBoth(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

function joinRich(parts: Rich[]): Rich {
  const slots = Object.assign({}, ...parts.map((p) => p.slots ?? {}));
  return {
    ar: parts.map((p) => p.ar).join('\n'),
    en: parts.map((p) => p.en).join('\n'),
    ...(Object.keys(slots).length ? { slots } : {}),
  };
}

function withName(template: Rich, e: Entity): Rich {
  return {
    ar: fillBoth(template.ar, { name: e.name.ar, Name: e.name.ar }),
    en: fillBoth(template.en, { name: e.name.en, Name: cap(e.name.en) }),
  };
}

function speakerOptions(answer: Entity, distractors: Entity[]): Option[] {
  return [answer, ...distractors].map((e) => ({ id: e.id, label: nameLabel(e) }));
}

/** The sentence nearest before (or at) `s` that names the speaker, for the evidence. */
function speakerMention(speaker: Entity, s: string): Evidence | undefined {
  const at = sentenceIndex.get(s) ?? -1;
  let best: Evidence | undefined;
  let bestAt = -1;
  for (const m of speaker.mentions) {
    const i = sentenceIndex.get(m.s) ?? -1;
    if (i <= at && i > bestAt) {
      best = { s: m.s, ar: m.ar };
      bestAt = i;
    }
  }
  return best;
}

/** "Whose words are these?" for every quotation. */
export function whoSaidQuestions(): ChoiceQuestion[] {
  return quotes.map((q) => {
    const speaker = mustEntity(q.speaker);
    const mention = speakerMention(speaker, q.s);
    const named = mention?.s === q.s;
    const evidence: Evidence[] = [{ s: q.s, ar: q.ar }, ...(mention ? [mention] : [])];
    const lead = QUOTE_EXPLAIN[q.id] ?? withName(named ? EXPLAIN.whoSaid : EXPLAIN.whoSaidAdded, speaker);
    return {
      id: `who-said.${q.id}`,
      kind: 'who-said',
      source: 'generated',
      format: 'choice',
      prompt: PROMPTS.whoSaid,
      passage: { t: 'quote', ar: q.ar, en: q.en },
      options: speakerOptions(speaker, speakerDistractors(speaker.id)),
      answer: 0,
      explanation: joinRich([lead, aboutSpeaker(speaker)]),
      sentences: uniqueSentences(evidence),
      evidence,
    };
  });
}

/** "According to the article, who says this?" for every attributed claim. */
export function claimQuestions(): ChoiceQuestion[] {
  return claims
    .filter((c) => !CLAIMS_SKIPPED.includes(c.id))
    .map((c) => {
      const by = mustEntity(c.by);
      const evidence: Evidence[] = [{ s: c.s, ar: c.ar }];
      return {
        id: `claim.${c.id}`,
        kind: 'claim',
        source: 'generated',
        format: 'choice',
        prompt: PROMPTS.claim,
        passage: { t: 'statement', text: c.text },
        options: speakerOptions(by, speakerDistractors(by.id, CLAIM_ALSO_SAID_BY[c.id])),
        answer: 0,
        explanation: joinRich([withName(EXPLAIN.claim, by), aboutSpeaker(by)]),
        sentences: uniqueSentences(evidence),
        evidence,
      };
    });
}

/** Every value the article states as a number, for distractors. */
function numberValues(): number[] {
  return entities.filter((e) => e.kind === 'number' && e.value !== undefined).map((e) => e.value!);
}

/** Every stated number as a slot named after its entity (`n-51` → `{n51}`), for prompts. */
function numberSlots(): Record<string, Label> {
  return Object.fromEntries(
    entities
      .filter((e) => e.kind === 'number' && e.value !== undefined)
      .map((e) => [e.id.replace(/-/g, ''), { t: 'num', n: e.value! } as Label]),
  );
}

/** The article's other numbers nearest to `value` (by ratio), at most three. */
export function numberDistractors(value: number, extra: number[] = [], ordinal = false): number[] {
  const pool = [...new Set([...extra, ...numberValues()])].filter(
    (n) => n !== value && n > 0 && (!ordinal || (Number.isInteger(n) && n <= MAX_ORDINAL)),
  );
  const distance = (n: number) => Math.abs(Math.log(n / value));
  return pool.sort((a, b) => distance(a) - distance(b) || a - b).slice(0, 3);
}

/** "How many…?" for every number the article states. */
export function numberQuestions(): ChoiceQuestion[] {
  return entities
    .filter((e) => e.kind === 'number' && e.value !== undefined && NUMBER_QUESTIONS[e.id])
    .map((e) => {
      const spec = NUMBER_QUESTIONS[e.id];
      const value = e.value!;
      const ordinal = spec.style === 'year-ord';
      const label = (n: number): Label => (ordinal ? { t: 'year-ord', n } : { t: 'num', n });
      const values = [value, ...numberDistractors(value, spec.extra, ordinal)];
      return {
        id: `number.${e.id}`,
        kind: 'number',
        source: 'generated',
        format: 'choice',
        prompt: { ...spec.prompt, slots: numberSlots() },
        options: values.map((n) => ({ id: String(n), label: label(n) })),
        answer: 0,
        explanation: { ...spec.explanation, slots: { n: label(value) } },
        sentences: uniqueSentences(spec.evidence),
        evidence: spec.evidence,
      };
    });
}

/** "Where…?" questions: names from the place entities. */
export function placeQuestions(): ChoiceQuestion[] {
  return PLACE_QUESTIONS.map((p) => {
    const ids = [p.answer, ...p.distractors];
    for (const id of ids) if (mustEntity(id).kind !== 'place') throw new Error(`${id} is not a place`);
    return {
      id: `place.${p.id}`,
      kind: 'place',
      source: 'generated',
      format: 'choice',
      prompt: p.prompt,
      options: ids.map((id) => ({ id, label: nameLabel(mustEntity(id)) })),
      answer: 0,
      explanation: p.explanation,
      sentences: uniqueSentences(p.evidence),
      evidence: p.evidence,
    };
  });
}

/** Events whose day the article states or implies (not from outside sources), single days only. */
export function datedEvents(): TimelineEvent[] {
  return events.filter((e) => e.kind === 'event' && e.known !== 'outside' && e.start === e.end);
}

/** Whether the article ties `day` to the event (its span, or the range other sources disagree on). */
export function dayFitsEvent(day: string, e: TimelineEvent): boolean {
  const lo = e.disagreement && e.disagreement.start < e.start ? e.disagreement.start : e.start;
  const hi = e.disagreement && e.disagreement.end > e.end ? e.disagreement.end : e.end;
  return day >= lo && day <= hi;
}

function dayOptions(e: TimelineEvent): Option[] {
  const days = [...new Set(datedEvents().map((x) => x.start))].filter((d) => !dayFitsEvent(d, e)).sort();
  return [e.start, ...days.slice(0, 3)].map((day) => ({ id: day, label: { t: 'day', day } }));
}

function title(e: TimelineEvent): Label {
  return { t: 'text', ar: e.title.ar, en: e.title.en };
}

function prevDay(iso: string): string {
  const d = parseDay(iso);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** "On which day…?" and "What happened on…?" for every day the article itself states. */
export function dateQuestions(): ChoiceQuestion[] {
  const out: ChoiceQuestion[] = [];
  for (const e of datedEvents().filter((x) => x.known === 'stated')) {
    const ev = e.evidence[0];
    const explanation: Rich = {
      ...EXPLAIN.dateStated,
      slots: { event: title(e), words: { t: 'arabic', ar: ev.ar }, day: { t: 'day', day: e.start } },
    };
    out.push({
      id: `date.${e.id}`,
      kind: 'date',
      source: 'generated',
      format: 'choice',
      topic: e.title,
      prompt: PROMPTS.date,
      options: dayOptions(e),
      answer: 0,
      explanation,
      sentences: uniqueSentences(e.evidence),
      evidence: e.evidence,
    });
    const others = events
      .filter(
        (x) => x.kind === 'event' && x.known !== 'outside' && x.id !== e.id && !dayFitsEvent(e.start, x),
      )
      .slice(0, 3);
    out.push({
      id: `date-event.${e.id}`,
      kind: 'date',
      source: 'generated',
      format: 'choice',
      prompt: { ...PROMPTS.dateEvent, slots: { day: { t: 'day', day: e.start } } },
      options: [e, ...others].map((x) => ({ id: x.id, label: title(x) })),
      answer: 0,
      explanation,
      sentences: uniqueSentences(e.evidence),
      evidence: e.evidence,
    });
  }
  return out;
}

/** "Which day was «أمس»?": days the article implies, worked out from its publication day. */
export function relativeDateQuestions(): ChoiceQuestion[] {
  const published = article.meta.published;
  return datedEvents()
    .filter((e) => e.known === 'inferred' && RELATIVE_DATES[e.id])
    .map((e) => {
      const spec = RELATIVE_DATES[e.id];
      return {
        id: `relative-date.${e.id}`,
        kind: 'relative-date',
        source: 'generated',
        format: 'choice',
        topic: e.title,
        prompt: {
          ...(e.expected ? PROMPTS.relativeDateExpected : PROMPTS.relativeDate),
          slots: { published: { t: 'day', day: published } },
        },
        passage: { t: 'quote', ar: spec.quote.ar, en: spec.quote.en },
        options: dayOptions(e),
        answer: 0,
        explanation: {
          ...spec.explanation,
          slots: {
            published: { t: 'day', day: published },
            yesterday: { t: 'day', day: prevDay(published) },
            day: { t: 'day', day: e.start },
          },
        },
        sentences: uniqueSentences(spec.evidence),
        evidence: spec.evidence,
      };
    });
}

/** Builds "A (21 May); B (5 August); C (expected on 7 August)…" in both languages, days as slots. */
function listWithDays(
  items: { title: Rich; day?: string; n?: number; expected?: boolean }[],
  sepAr: string,
  sepEn: string,
): Rich {
  const slots: Record<string, Label> = {};
  const ar: string[] = [];
  const en: string[] = [];
  items.forEach((it, i) => {
    const key = `d${i}`;
    if (it.day) slots[key] = { t: 'day', day: it.day };
    else if (it.n !== undefined) slots[key] = { t: 'num', n: it.n };
    ar.push(`${it.title.ar} (${it.expected ? 'كان متوقعاً في ' : ''}{${key}})`);
    const title = i === 0 ? it.title.en : it.title.en.replace(/^The /, 'the ');
    en.push(`${title} (${it.expected ? 'expected on ' : ''}{${key}})`);
  });
  return { ar: ar.join(sepAr), en: en.join(sepEn), slots };
}

/** Put the dated events in order. */
export function orderEventsQuestion(): OrderQuestion {
  const list = datedEvents().sort((a, b) => a.start.localeCompare(b.start));
  const evidence = list.map((e) => e.evidence[0]);
  const joined = listWithDays(
    list.map((e) => ({ title: e.title, day: e.start, expected: e.expected })),
    '، ثم ',
    ', then ',
  );
  return {
    id: 'order.events',
    kind: 'order',
    source: 'generated',
    format: 'order',
    prompt: PROMPTS.orderEvents,
    items: list.map((e) => ({ id: e.id, label: title(e) })),
    explanation: {
      ar: fillBoth(EXPLAIN.orderEvents.ar, { list: joined.ar }),
      en: fillBoth(EXPLAIN.orderEvents.en, { list: joined.en }),
      slots: { ...joined.slots, published: { t: 'day', day: article.meta.published } },
    },
    sentences: uniqueSentences(evidence),
    evidence,
  };
}

/** How many times `words` occur in the article's Arabic. */
function occurrences(words: string): number {
  return sentences.reduce((n, s) => n + s.ar.split(words).length - 1, 0);
}

/**
 * Put claims in the order the article attributes them (the first claim of each paragraph). Each
 * attribution, the words that name the speaker saying it, occurs once in the article, so one order fits.
 */
export function orderClaimsQuestion(): OrderQuestion {
  // One claim per paragraph, each from a different speaker, so the order is about reading, not names.
  const blocks = new Set<string>();
  const voices = new Set<string>();
  const picked = claims
    .filter((c) => occurrences(c.ar) === 1 && c.ar.includes(mustEntity(c.by).name.ar))
    .sort((a, b) => (sentenceIndex.get(a.s) ?? 0) - (sentenceIndex.get(b.s) ?? 0))
    .filter((c) => {
      const block = c.s.split('.')[0];
      if (blocks.has(block) || voices.has(c.by)) return false;
      blocks.add(block);
      voices.add(c.by);
      return true;
    })
    .slice(0, 4);
  const evidence = picked.map((c) => ({ s: c.s, ar: c.ar }));
  const items = picked.map((c) => {
    const by = mustEntity(c.by);
    return {
      id: c.id,
      label: {
        t: 'text',
        ar: `${by.name.ar}: ${c.text.ar}`,
        en: `${cap(by.name.en)}: ${c.text.en}`,
      } as Label,
    };
  });
  const paragraph = (s: string) => Number(s.split('.')[0].slice(1));
  const joined = listWithDays(
    picked.map((c) => ({
      title: { ar: `${mustEntity(c.by).name.ar} — الفقرة`, en: `${mustEntity(c.by).name.en}, paragraph` },
      n: paragraph(c.s),
    })),
    '، ثم ',
    '; then ',
  );
  // "Name — الفقرة (5)" reads badly; put the number straight after the word instead.
  const tidy = (s: string) => s.replace(/ \((\{d\d+\})\)/g, ' $1');
  return {
    id: 'order.claims',
    kind: 'order',
    source: 'generated',
    format: 'order',
    prompt: PROMPTS.orderClaims,
    items,
    explanation: {
      ar: fillBoth(EXPLAIN.orderClaims.ar, { list: tidy(joined.ar) }),
      en: fillBoth(EXPLAIN.orderClaims.en, { list: tidy(joined.en) }),
      slots: joined.slots,
    },
    sentences: uniqueSentences(evidence),
    evidence,
  };
}

/** Every generated question. */
export function generatedQuestions(): Question[] {
  return [
    ...whoSaidQuestions(),
    ...claimQuestions(),
    ...dateQuestions(),
    ...relativeDateQuestions(),
    orderEventsQuestion(),
    orderClaimsQuestion(),
    ...numberQuestions(),
    ...placeQuestions(),
  ];
}
