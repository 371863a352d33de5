import { entity, sentence } from '$lib/content';
import { HAND_CHOICE, HAND_FILL, HAND_ORDER, HAND_TRUE_FALSE } from './data/hand';
import { PROMPTS } from './data/templates';
import { generatedQuestions, nameLabel } from './generate';
import { vocabQuestions } from './vocab';
import { articleWords } from '$lib/content/words/all';
import type { BankData } from './bank';
import type { ChoiceQuestion, Label, OrderQuestion, Question, TrueFalseQuestion } from './types';

/*
 * Builds the question bank: every generated question, then every hand-written one, in a fixed order,
 * from data only. It runs at build time (`/data/quiz.json`) and in tests; the browser receives the
 * result and never loads the article or the templates to make questions (see `bank.ts`).
 */

function handChoice(): ChoiceQuestion[] {
  return HAND_CHOICE.map((h) => {
    const options = h.options.map((o) => {
      let label: Label;
      if (o.label.t === 'entity') {
        const e = entity(o.label.id);
        if (!e) throw new Error(`${h.id}: unknown entity ${o.label.id}`);
        label = nameLabel(e);
      } else label = o.label;
      return {
        id: o.id,
        label,
        ...(o.why ? { why: o.why } : {}),
        ...(o.against ? { against: o.against } : {}),
      };
    });
    const answer = h.options.findIndex((o) => o.id === h.answer);
    if (answer < 0) throw new Error(`${h.id}: the answer is not an option`);
    return {
      id: `${h.kind}.${h.id}`,
      kind: h.kind,
      source: 'hand',
      format: 'choice',
      prompt: h.prompt,
      options,
      answer,
      explanation: h.explanation,
      sentences: [...new Set(h.evidence.map((e) => e.s))],
      evidence: h.evidence,
    };
  });
}

function handTrueFalse(): TrueFalseQuestion[] {
  return HAND_TRUE_FALSE.map((h) => ({
    id: `truefalse.${h.id}`,
    kind: 'truefalse',
    source: 'hand',
    format: 'truefalse',
    prompt: PROMPTS.trueFalse,
    passage: { t: 'statement', text: h.statement },
    answer: h.answer,
    explanation: h.explanation,
    sentences: [...new Set(h.evidence.map((e) => e.s))],
    evidence: h.evidence,
  }));
}

function handFill(): ChoiceQuestion[] {
  return HAND_FILL.map((h) => {
    const at = h.shown.indexOf(h.answer);
    if (at < 0) throw new Error(`fill ${h.id}: the answer is not in the shown words`);
    return {
      id: `fill.${h.id}`,
      kind: 'fill',
      source: 'hand',
      format: 'choice',
      prompt: PROMPTS.fill,
      passage: { t: 'gap', before: h.shown.slice(0, at), after: h.shown.slice(at + h.answer.length) },
      options: [
        { id: 'answer', label: { t: 'arabic', ar: h.answer } },
        ...h.distractors.map((d, i) => ({
          id: `d${i + 1}`,
          label: { t: 'arabic', ar: d.ar } as Label,
          why: d.why,
        })),
      ],
      answer: 0,
      explanation: h.explanation,
      sentences: [h.s],
      evidence: [{ s: h.s, ar: h.shown }],
    };
  });
}

function handOrder(): OrderQuestion[] {
  return HAND_ORDER.map((h) => ({
    id: `order.${h.id}`,
    kind: 'order',
    source: 'hand',
    format: 'order',
    prompt: h.prompt,
    items: h.items.map((it, i) => ({ id: `s${i + 1}`, label: { t: 'text', ar: it.ar, en: it.en } })),
    explanation: h.explanation,
    sentences: [...new Set(h.evidence.map((e) => e.s))],
    evidence: h.evidence,
  }));
}

/**
 * Every question, in bank order, checked: unique ids, and every cited sentence exists. The vocabulary
 * questions (from the word layer) come last, after the 48 the bank held before them.
 */
export function buildBank(): Question[] {
  const all = [
    ...generatedQuestions(),
    ...handChoice(),
    ...handTrueFalse(),
    ...handFill(),
    ...handOrder(),
    ...vocabQuestions(articleWords()),
  ];
  const ids = new Set<string>();
  for (const q of all) {
    if (ids.has(q.id)) throw new Error(`duplicate question id ${q.id}`);
    ids.add(q.id);
    for (const s of q.sentences) if (!sentence(s)) throw new Error(`${q.id} cites unknown sentence ${s}`);
  }
  return all;
}

/**
 * What `/data/quiz.json` holds: the bank, and the text of every sentence a question cites (the
 * feedback quotes it), so the quiz pages load neither the article nor the question templates.
 */
export function bankData(): BankData {
  const questions = buildBank();
  const quoted: BankData['sentences'] = {};
  for (const q of questions) {
    const options = q.format === 'choice' ? q.options : q.format === 'order' ? q.items : [];
    const ids = [
      ...q.sentences,
      ...q.evidence.map((e) => e.s),
      ...options.flatMap((o) => o.against?.s ?? []),
    ];
    for (const id of ids) {
      const s = sentence(id);
      if (s) quoted[id] = { ar: s.ar, en: s.en };
    }
  }
  return { questions, sentences: quoted };
}
