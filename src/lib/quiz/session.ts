import type { Lang } from '$lib/i18n/lang';
import { allQuestionIds, type Bank } from './bank';
import { isValidAnswer, scoreAnswers, type Score } from './grade';
import { mixSeed, mulberry32, seededPermutation, shuffle } from './rng';
import type { Answer, Question, QuizConfig } from './types';

/**
 * A quiz in progress, in the style of sverdle's `game.ts`: plain data that round-trips through a
 * string (`toString()` / `QuizSession.restore()`), and methods that return the next state. Everything
 * shown (question order, option order) follows from the config and the seed, so storing those and
 * the answers is storing the whole quiz. A session holds the bank it was made with (never stored): its
 * questions are looked up there.
 */

/** The serialisable state. `answers[i]` answers `config.questionIds[i]`, whatever the play order. */
export type SessionData = {
  config: QuizConfig;
  seed: number;
  answers: (Answer | null)[];
  /** Position in the play order of the question on screen; equals the count when finished. */
  at: number;
  startedAt: number;
  finishedAt: number | null;
};

/** The standard quiz: every question of the bank (or a seeded sample of `count`), in a seeded order. */
export function defaultConfig(
  bank: Bank,
  lang: Lang,
  mode: QuizConfig['mode'],
  seed: number,
  count?: number,
): QuizConfig {
  const all = allQuestionIds(bank);
  const questionIds =
    count && count < all.length ? shuffle(all, mulberry32(mixSeed(seed, 0x51))).slice(0, count) : all;
  return { questionIds, order: { seed }, lang, mode };
}

/** A quiz of just these questions, keeping everything else of `config`, in a new seeded order. */
export function retryConfig(config: QuizConfig, questionIds: string[], seed: number): QuizConfig {
  return { ...config, questionIds, order: { seed } };
}

/** Play order as indices into `config.questionIds`. */
export function playOrder(config: QuizConfig): number[] {
  const n = config.questionIds.length;
  if (config.order === 'fixed') return Array.from({ length: n }, (_, i) => i);
  return seededPermutation(n, config.order.seed);
}

/** FNV-1a: a question's own salt, so its option order does not depend on where it sits in the quiz. */
function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The order options are shown in, as canonical indices. Numbers and days are shown sorted (a list
 * of dates reads best in time order); other options are shuffled by the seed. For an order
 * question, the starting arrangement, never already correct.
 */
export function displayOrder(q: Question, seed: number): number[] {
  if (q.format === 'truefalse') return [0, 1];
  const opts = q.format === 'choice' ? q.options : q.items;
  const idx = opts.map((_, i) => i);
  if (q.format === 'choice') {
    const labels = opts.map((o) => o.label);
    if (labels.every((l) => l.t === 'num' || l.t === 'year-ord'))
      return idx.sort((a, b) => (labels[a] as { n: number }).n - (labels[b] as { n: number }).n);
    if (labels.every((l) => l.t === 'day'))
      return idx.sort((a, b) =>
        (labels[a] as { day: string }).day.localeCompare((labels[b] as { day: string }).day),
      );
  }
  const perm = seededPermutation(opts.length, mixSeed(seed, hashId(q.id)));
  if (q.format === 'order' && perm.every((x, i) => x === i) && perm.length > 1) perm.push(perm.shift()!);
  return perm;
}

/** Whether stored or linked session data can be played with this bank (every id known, answers valid). */
export function isRestorable(d: SessionData, bank: Bank): boolean {
  const n = d.config.questionIds.length;
  if (n === 0 || d.answers.length !== n || d.at < 0 || d.at > n) return false;
  const order = playOrder(d.config);
  for (let i = 0; i < n; i++) {
    const q = bank.byId(d.config.questionIds[i]);
    if (!q) return false;
    const a = d.answers[i];
    if (a !== null && !isValidAnswer(q, a)) return false;
  }
  // Every question before the current one has been answered.
  for (let p = 0; p < d.at; p++) if (d.answers[order[p]] === null) return false;
  return true;
}

export class QuizSession {
  readonly data: SessionData;
  /** Play order: `order[p]` is the config index of the question at position p. */
  readonly order: number[];
  readonly #bank: Bank;

  private constructor(data: SessionData, bank: Bank) {
    this.data = data;
    this.order = playOrder(data.config);
    this.#bank = bank;
  }

  /** A new quiz from a config and a seed (the seed decides option order; the config, question order). */
  static start(config: QuizConfig, seed: number, now: number, bank: Bank): QuizSession {
    const data: SessionData = {
      config,
      seed: seed >>> 0,
      answers: config.questionIds.map(() => null),
      at: 0,
      startedAt: now,
      finishedAt: null,
    };
    if (!isRestorable(data, bank)) throw new Error('a quiz config names unknown questions');
    return new QuizSession(data, bank);
  }

  /** A session from already-validated data, or null if this bank cannot play it. */
  static fromData(data: SessionData, bank: Bank): QuizSession | null {
    return isRestorable(data, bank) ? new QuizSession(structuredClone(data), bank) : null;
  }

  /** The inverse of `toString()`; null for anything that is not a playable session. */
  static restore(text: string, bank: Bank): QuizSession | null {
    try {
      const d = JSON.parse(text) as SessionData;
      if (!d || typeof d !== 'object' || !d.config || !Array.isArray(d.config.questionIds)) return null;
      if (!Array.isArray(d.answers) || typeof d.at !== 'number' || typeof d.seed !== 'number') return null;
      return QuizSession.fromData(d, bank);
    } catch {
      return null;
    }
  }

  toString(): string {
    return JSON.stringify(this.data);
  }

  get config(): QuizConfig {
    return this.data.config;
  }

  get total(): number {
    return this.order.length;
  }

  /** Position (0-based) of the question on screen; `total` once finished. */
  get position(): number {
    return this.data.at;
  }

  get finished(): boolean {
    return this.data.at >= this.total;
  }

  /** The question at a play position. */
  questionAt(position: number): Question {
    return this.#bank.byId(this.data.config.questionIds[this.order[position]])!;
  }

  /** The answer given at a play position, or null. */
  answerAt(position: number): Answer | null {
    return this.data.answers[this.order[position]] ?? null;
  }

  /** The question on screen, or null once finished. */
  get current(): Question | null {
    return this.finished ? null : this.questionAt(this.data.at);
  }

  get currentAnswer(): Answer | null {
    return this.finished ? null : this.answerAt(this.data.at);
  }

  /** How options of the question at `position` are shown (canonical indices in screen order). */
  displayOrderAt(position: number): number[] {
    return displayOrder(this.questionAt(position), this.data.seed);
  }

  /**
   * Records the answer to the question on screen. The first answer stands: a second tap, or an
   * answer of the wrong shape, returns this same session unchanged.
   */
  answer(a: Answer): QuizSession {
    const q = this.current;
    if (!q || this.currentAnswer !== null || !isValidAnswer(q, a)) return this;
    const answers = this.data.answers.slice();
    answers[this.order[this.data.at]] = Array.isArray(a) ? a.slice() : a;
    return new QuizSession({ ...this.data, answers }, this.#bank);
  }

  /** Moves on once the question on screen is answered; after the last one, the quiz is finished. */
  next(now: number): QuizSession {
    if (this.finished || this.currentAnswer === null) return this;
    const at = this.data.at + 1;
    return new QuizSession({ ...this.data, at, finishedAt: at >= this.total ? now : null }, this.#bank);
  }

  score(): Score {
    return scoreAnswers(this.data.config, this.data.answers, this.#bank);
  }

  /** Ids of the questions answered wrongly (or not at all), in play order. */
  missedIds(): string[] {
    const results = this.score().results;
    return this.order.filter((i) => !results[i].correct).map((i) => results[i].id);
  }
}
