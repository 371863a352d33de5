import { describe, expect, it } from 'vitest';
import { claims, entities, entity, events, quotes, sentence, sentences } from '$lib/content';
import { countByKind, createBank } from './bank';
import { bankData } from './build-bank';
import { HAND_CHOICE, HAND_FILL } from './data/hand';
import { CLAIM_ALSO_SAID_BY, NUMBER_QUESTIONS, PLACE_QUESTIONS } from './data/templates';
import { datedEvents, dayFitsEvent, numberDistractors, speakerDistractors, voiceGroup } from './generate';
import { isShowable, labelText, richText } from './wording';
import { KINDS, type Label, type Question, type Rich } from './types';

const bank = createBank(bankData());

const LANGS = ['ar', 'en'] as const;
const articleText = sentences.map((s) => s.ar).join(' ');

function choice(id: string) {
  const q = bank.byId(id);
  if (!q || q.format !== 'choice') throw new Error(`${id} is not a choice question`);
  return q;
}

/** Every piece of text a student can see for a question, in both languages, fully formatted. */
function visibleText(q: Question): string[] {
  const out: string[] = [];
  const rich = (r: Rich | undefined) => r && LANGS.forEach((l) => out.push(richText(r, l)));
  const label = (l: Label) => LANGS.forEach((lang) => out.push(labelText(l, lang)));
  rich(q.topic);
  rich(q.prompt);
  rich(q.explanation);
  if (q.passage?.t === 'quote') out.push(q.passage.ar, q.passage.en ?? '');
  if (q.passage?.t === 'gap') out.push(q.passage.before, q.passage.after);
  if (q.passage?.t === 'statement') rich(q.passage.text);
  const opts = q.format === 'choice' ? q.options : q.format === 'order' ? q.items : [];
  for (const o of opts) {
    label(o.label);
    rich(o.why);
  }
  return out;
}

describe('the question bank', () => {
  it('bank holds at least 30 questions of at least 7 kinds, each kind it declares', () => {
    expect(bank.all.length).toBeGreaterThanOrEqual(30);
    const kinds = Object.keys(countByKind(bank));
    expect(kinds.length).toBeGreaterThanOrEqual(7);
    for (const k of kinds) expect(KINDS).toContain(k);
  });

  it('every question has a unique, stable-looking id and text in both languages', () => {
    const ids = new Set<string>();
    for (const q of bank.all) {
      expect(q.id).toMatch(/^[a-z-]+\.[a-z0-9-]+$/);
      expect(ids.has(q.id), q.id).toBe(false);
      ids.add(q.id);
      for (const lang of LANGS) {
        expect(richText(q.prompt, lang).trim(), `${q.id} ${lang}`).not.toBe('');
        expect(richText(q.explanation, lang).trim(), `${q.id} ${lang}`).not.toBe('');
        // No slot left unfilled.
        expect(richText(q.prompt, lang)).not.toMatch(/\{\w+\}/);
        expect(richText(q.explanation, lang)).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('date, order, who-said, number and place questions are generated; the rest are written by hand', () => {
    for (const q of bank.all) {
      if (['who-said', 'claim', 'date', 'relative-date', 'number', 'place'].includes(q.kind))
        expect(q.source, q.id).toBe('generated');
      if (['inference', 'choice', 'truefalse', 'fill'].includes(q.kind)) expect(q.source, q.id).toBe('hand');
    }
    expect(bank.byId('order.events')?.source).toBe('generated');
  });

  it('every answer is well formed: a choice has 3–4 distinct options and an answer among them', () => {
    for (const q of bank.all) {
      if (q.format === 'choice') {
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
        expect(q.options.length, q.id).toBeLessThanOrEqual(4);
        expect(q.answer).toBeGreaterThanOrEqual(0);
        expect(q.answer).toBeLessThan(q.options.length);
        for (const lang of LANGS) {
          const texts = q.options.map((o) => labelText(o.label, lang));
          expect(new Set(texts).size, `${q.id} ${lang}: ${texts}`).toBe(texts.length);
        }
        expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
        for (const o of q.options) expect(isShowable(o.label), q.id).toBe(true);
      }
      if (q.format === 'order') {
        expect(q.items.length, q.id).toBeGreaterThanOrEqual(3);
        expect(new Set(q.items.map((o) => o.id)).size).toBe(q.items.length);
      }
    }
  });
});

describe('generation follows the content data', () => {
  it('whoSaidQuestions() asks about every quote, with its speaker as the answer', () => {
    for (const quote of quotes) {
      const q = choice(`who-said.${quote.id}`);
      expect(q.passage).toEqual({ t: 'quote', ar: quote.ar, en: quote.en });
      expect(q.options[q.answer].id).toBe(quote.speaker);
    }
  });

  it('claimQuestions() asks "who says so?" with the claimant as the answer', () => {
    const asked = claims.filter((c) => bank.byId(`claim.${c.id}`));
    expect(asked.length).toBeGreaterThanOrEqual(5);
    for (const c of asked) {
      const q = choice(`claim.${c.id}`);
      expect(q.options[q.answer].id).toBe(c.by);
    }
  });

  it('numberQuestions() covers every number the article states, with its value as the answer', () => {
    for (const e of entities.filter((x) => x.kind === 'number')) {
      expect(NUMBER_QUESTIONS[e.id], `no question template for ${e.id}`).toBeDefined();
      const q = choice(`number.${e.id}`);
      const a = q.options[q.answer].label;
      expect(a.t === 'num' || a.t === 'year-ord' ? a.n : NaN).toBe(e.value);
    }
  });

  it('order.events puts the dated events in time order, by their data', () => {
    const q = bank.byId('order.events');
    if (q?.format !== 'order') throw new Error('order.events missing');
    const ids = q.items.map((i) => i.id);
    const starts = ids.map((id) => events.find((e) => e.id === id)!.start);
    expect(starts).toEqual([...starts].sort());
    expect(ids).toEqual(
      datedEvents()
        .map((e) => e.id)
        .sort((a, b) => ids.indexOf(a) - ids.indexOf(b)),
    );
    expect(ids).toContain('palmyra-falls');
  });

  it('order.claims follows the claims’ order in the article', () => {
    const q = bank.byId('order.claims');
    if (q?.format !== 'order') throw new Error('order.claims missing');
    const at = q.items.map((i) => sentences.findIndex((s) => s.id === claims.find((c) => c.id === i.id)!.s));
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });

  it('date and relative-date answers are the days of the events in the content data', () => {
    for (const e of datedEvents()) {
      const q = bank.byId(`date.${e.id}`) ?? bank.byId(`relative-date.${e.id}`);
      if (!q || q.format !== 'choice') throw new Error(`no date question for ${e.id}`);
      expect(q.options[q.answer].label).toEqual({ t: 'day', day: e.start });
    }
  });
});

describe('faithfulness: every question rests on the article’s own words', () => {
  it('every cited sentence exists and contains the question’s declared Arabic evidence', () => {
    for (const q of bank.all) {
      expect(q.evidence.length, q.id).toBeGreaterThan(0);
      expect(q.sentences.length, q.id).toBeGreaterThan(0);
      for (const s of q.sentences) expect(sentence(s), `${q.id} cites ${s}`).toBeDefined();
      for (const ev of q.evidence) {
        expect(q.sentences, q.id).toContain(ev.s);
        expect(sentence(ev.s)!.ar, `${q.id}: «${ev.ar}» is not in ${ev.s}`).toContain(ev.ar);
      }
    }
  });

  it('the words a hand-written distractor is refuted by are in the sentence it cites', () => {
    for (const q of bank.all) {
      if (q.format !== 'choice') continue;
      for (const o of q.options)
        if (o.against) expect(sentence(o.against.s)?.ar, `${q.id}/${o.id}`).toContain(o.against.ar);
    }
  });

  it('every hand-written distractor says why it is wrong; the right answer needs no excuse', () => {
    for (const q of bank.all) {
      if (q.format !== 'choice' || q.source !== 'hand') continue;
      q.options.forEach((o, i) => {
        if (i === q.answer) expect(o.why, q.id).toBeUndefined();
        else expect(o.why, `${q.id}/${o.id}`).toBeDefined();
      });
    }
  });

  it('no distractor is also true: who said it never offers someone from the speaker’s own side', () => {
    for (const q of bank.all) {
      if (q.kind !== 'who-said' && q.kind !== 'claim') continue;
      if (q.format !== 'choice') continue;
      const answer = q.options[q.answer].id;
      const claimId = q.id.startsWith('claim.') ? q.id.slice('claim.'.length) : '';
      const also = new Set([...voiceGroup(answer), ...(CLAIM_ALSO_SAID_BY[claimId] ?? [])]);
      const evidenceWords = q.evidence.map((e) => e.ar).join(' ');
      q.options.forEach((o, i) => {
        if (i === q.answer) return;
        expect(also.has(o.id), `${q.id}: ${o.id} speaks for ${answer}`).toBe(false);
        // A distractor named in the very words that prove the answer would be suspicious.
        expect(evidenceWords.includes(entity(o.id)!.name.ar), `${q.id}: ${o.id} is in the evidence`).toBe(
          false,
        );
      });
      // The same words are never attributed to a distractor anywhere in the data.
      const text = q.passage?.t === 'quote' ? q.passage.ar : '';
      for (const quote of quotes.filter((x) => x.ar === text))
        expect(q.options.filter((o, i) => i !== q.answer).map((o) => o.id)).not.toContain(quote.speaker);
    }
    expect(speakerDistractors('zakharova').map((e) => e.id)).not.toContain('russia');
  });

  it('no distractor is also true: a wrong day never fits the event, even where sources disagree', () => {
    for (const e of datedEvents()) {
      const q = choice(bank.byId(`date.${e.id}`) ? `date.${e.id}` : `relative-date.${e.id}`);
      q.options.forEach((o, i) => {
        if (i === q.answer) return;
        const day = (o.label as { day: string }).day;
        expect(dayFitsEvent(day, e), `${q.id}: ${day}`).toBe(false);
      });
    }
    // Palmyra: other sources say 20 May; neither 20 nor 21 May may be offered as wrong.
    const palmyra = choice('date.palmyra-falls');
    const wrongDays = palmyra.options.filter((_, i) => i !== palmyra.answer).map((o) => o.id);
    expect(wrongDays).not.toContain('2015-05-20');
    expect(wrongDays).not.toContain('2015-05-21');
  });

  it('no distractor is also true: "what happened on 21 May?" offers only events of other days', () => {
    const q = choice('date-event.palmyra-falls');
    for (const o of q.options.slice(1)) {
      const e = events.find((x) => x.id === o.id)!;
      expect(dayFitsEvent('2015-05-21', e), o.id).toBe(false);
      expect(e.known).not.toBe('outside');
    }
  });

  it('no distractor is also true: places, numbers and missing words', () => {
    for (const p of PLACE_QUESTIONS) {
      const q = choice(`place.${p.id}`);
      const words = q.evidence.map((e) => e.ar).join(' ');
      for (const o of q.options.slice(1)) {
        expect(p.alsoTrue).not.toContain(o.id);
        expect(words.includes(entity(o.id)!.name.ar), `${q.id}: ${o.id} is named in the evidence`).toBe(
          false,
        );
      }
    }
    for (const id of Object.keys(NUMBER_QUESTIONS)) {
      const q = choice(`number.${id}`);
      const values = q.options.map((o) => (o.label as { n: number }).n);
      expect(new Set(values).size).toBe(values.length);
    }
    for (const f of HAND_FILL) {
      const q = choice(`fill.${f.id}`);
      expect(sentence(f.s)!.ar).toContain(f.shown);
      for (const d of f.distractors) {
        expect(d.ar).not.toBe(f.answer);
        // Drawn from the article: the word occurs in it (perhaps without its article «ال»).
        const bare = d.ar.replace(/^ال/, '');
        expect(articleText.includes(d.ar) || articleText.includes(bare), `${q.id}: ${d.ar}`).toBe(true);
        // And the sentence with it in the gap is not something the article says.
        expect(articleText.includes(f.shown.replace(f.answer, d.ar)), `${q.id}: ${d.ar}`).toBe(false);
      }
    }
  });

  it('numberDistractors(value) draws on the article’s other numbers, never the value itself', () => {
    expect(numberDistractors(51)).toEqual([48, 15, 5]);
    expect(numberDistractors(230000, [230])).toContain(230);
    expect(numberDistractors(5, [], true).every((n) => n <= 20 && n !== 5)).toBe(true);
  });

  it('hand-written questions name real answers', () => {
    for (const h of HAND_CHOICE) expect(h.options.map((o) => o.id)).toContain(h.answer);
  });
});

describe('questions never ask outside knowledge', () => {
  // FACTS.md §7: the year, the resolution number and vote, the OPCW, Kuala Lumpur, Ban Ki-moon, Rami
  // Abdulrahman's first name or role, the 20 May date, the 240,381 update, and weekday names.
  const FORBIDDEN = [
    /20(1[0-9])/,
    /٢٠١/,
    /2235|٢٢٣٥/,
    /kuala|lumpur|كوالالمبور|كوالا/i,
    /OPCW|حظر الأسلحة|joint investigative/i,
    /Ban Ki|بان كي/i,
    /\bRami\b|(^|[\s«])رامي([\s»،.]|$)/,
    /director|مدير المرصد/i,
    /240,381|240381|٢٤٠٬٣٨١/,
    /20 May|٢٠ مايو|20 أيار/,
    /unanim|بالإجماع|15–0/i,
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i,
    /(الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|يوم الأحد)/,
    /ASEAN|آسيان/i,
  ];

  it('no prompt, option, passage or explanation mentions what only other sources say', () => {
    for (const q of bank.all)
      for (const text of visibleText(q))
        for (const re of FORBIDDEN) expect(re.test(text), `${q.id}: ${re} in «${text}»`).toBe(false);
  });

  it('days are shown with day and month only, in the article’s digits and month names', () => {
    expect(labelText({ t: 'day', day: '2015-05-21' }, 'en')).toBe('21 May');
    expect(labelText({ t: 'day', day: '2015-05-21' }, 'ar')).toBe('21 مايو');
    expect(labelText({ t: 'day', day: '2015-08-06' }, 'ar')).toBe('6 أغسطس');
    expect(labelText({ t: 'num', n: 230000 }, 'ar')).toBe('230,000');
    expect(labelText({ t: 'num', n: 230 }, 'ar')).toBe('230');
    expect(labelText({ t: 'year-ord', n: 5 }, 'ar')).toBe('عامها الخامس');
    expect(labelText({ t: 'year-ord', n: 5 }, 'en')).toBe('its fifth year');
  });
});

describe('no two questions are duplicates', () => {
  it('no two questions share their prompt and passage', () => {
    const seen = new Map<string, string>();
    for (const q of bank.all) {
      const key =
        visibleText(q).slice(0, 6).join('|') + JSON.stringify(q.passage ?? null) + (q.topic?.en ?? '');
      expect(seen.get(key), `${q.id} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, q.id);
    }
  });

  it('no two questions have the same right answer on the same evidence', () => {
    const seen = new Map<string, string>();
    for (const q of bank.all) {
      const answer =
        q.format === 'choice'
          ? labelText(q.options[q.answer].label, 'en')
          : q.format === 'truefalse'
            ? `${richText((q.passage as { text: Rich }).text, 'en')}=${q.answer}`
            : q.items.map((i) => i.id).join('>');
      const key = `${answer}|${q.evidence.map((e) => `${e.s}:${e.ar}`).join(';')}`;
      expect(seen.get(key), `${q.id} duplicates ${seen.get(key)}`).toBeUndefined();
      seen.set(key, q.id);
    }
  });
});
