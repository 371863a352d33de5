import { describe, expect, it } from 'vitest';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import { bankData } from '$lib/quiz/build-bank';
import { draftConfig, pickRandom, type Draft } from './compose';
import { LIMITS } from './quiz-link';

const bank = createBank(bankData());

const ids = allQuestionIds(bank);
const draft: Draft = {
  selected: [],
  title: '',
  classLabel: '',
  lang: 'ar',
  mode: 'practice',
  order: 'fixed',
  seed: 7,
};

describe('draftConfig(draft, bankIds, fallbackTitle)', () => {
  it('needs at least one question and at most a link’s worth', () => {
    expect(draftConfig(draft, ids, 'T')).toEqual({ ok: false, reason: 'none' });
    const many = { ...draft, selected: ids.concat(ids.map((x) => `${x}x`)) };
    if (ids.length > LIMITS.questions)
      expect(draftConfig(many, ids, 'T')).toEqual({ ok: false, reason: 'too-many' });
  });

  it('keeps bank order, cleans the texts and falls back to a default title', () => {
    const r = draftConfig(
      { ...draft, selected: [ids[5], ids[1]], classLabel: '  10\u202eB ' },
      ids,
      'Default',
    );
    expect(r).toEqual({
      ok: true,
      config: {
        questionIds: [ids[1], ids[5]],
        order: 'fixed',
        lang: 'ar',
        mode: 'practice',
        title: 'Default',
        classLabel: '10 B',
      },
    });
  });

  it('turns a shuffled draft into a seeded order', () => {
    const r = draftConfig(
      { ...draft, selected: [ids[0]], order: 'shuffled', mode: 'exam', title: 'Quiz' },
      ids,
      'T',
    );
    expect(r.ok && r.config.order).toEqual({ seed: 7 });
    expect(r.ok && r.config.mode).toBe('exam');
  });
});

describe('pickRandom(ids, n, seed)', () => {
  it('picks n distinct questions, the same for the same seed', () => {
    const a = pickRandom(ids, 10, 3);
    expect(new Set(a).size).toBe(10);
    expect(pickRandom(ids, 10, 3)).toEqual(a);
    expect(pickRandom(ids, 10, 4)).not.toEqual(a);
    expect(pickRandom(ids.slice(0, 3), 10, 3)).toHaveLength(3);
  });
});
