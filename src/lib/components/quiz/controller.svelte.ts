import type { Lang } from '$lib/i18n/lang';
import type { Bank } from '$lib/quiz/bank';
import { randomSeed } from '$lib/quiz/rng';
import { QuizSession, defaultConfig, retryConfig } from '$lib/quiz/session';
import type { Attempt } from '$lib/quiz/schema';
import type { Answer, QuizConfig } from '$lib/quiz/types';
import { attemptsStore, recordAttempt, sessionStore } from '$lib/storage/quiz';
import { attemptOf, fitsQuiz, type LinkedAttempt } from '$lib/share/attempt';
import { attemptStore } from '$lib/storage/student';
import { grade } from '$lib/quiz/grade';

/**
 * A question answered wrongly goes into the review deck. The deck's code (and its scheduler) loads
 * only then, beside the feedback, never before the quiz can be used; a failure costs the card, not
 * the answer, which is already saved.
 */
function recordMissedLater(questionId: string, now: number): Promise<unknown> {
  return Promise.all([import('$lib/storage/review'), import('$lib/review/scheduler')])
    .then(([deck, { deviceClock }]) => deck.recordMissed(questionId, deviceClock(now)))
    .catch(() => undefined);
}

export type View = 'start' | 'play' | 'score';
export type Notice = 'setAside' | 'attemptsSetAside';

/** How many questions a quick round asks. */
export const SHORT_ROUND = 10;

/**
 * The quiz page's state: the session, the view, past attempts, and what to tell the student about
 * storage. Every change to the session is saved at once; a failed save is reported, never thrown.
 */
export class QuizController {
  session = $state.raw<QuizSession | null>(null);
  attempts = $state.raw<Attempt[]>([]);
  view = $state<View>('start');
  notices = $state<Notice[]>([]);
  /** The last save failed (full or missing storage). */
  unsaved = $state(false);
  /** Set when the next question's heading should take focus (after Start or Next, not on load). */
  focusQuestion = $state(false);
  /** Set when the start page should take focus (after Pause or New quiz). */
  focusStart = $state(false);
  /** For a teacher's quiz: the last whole attempt finished, which the result link reports. */
  linked = $state.raw<LinkedAttempt | null>(null);

  /** The questions, as the page loaded them. */
  readonly bank: Bank;
  readonly slot: string;
  readonly lang: Lang;
  /** A quiz given from outside (a teacher's link); null for the standard quiz. */
  readonly given: QuizConfig | null;

  constructor(bank: Bank, lang: Lang, opts: { slot?: string; config?: QuizConfig | null } = {}) {
    this.bank = bank;
    this.lang = lang;
    this.slot = opts.slot ?? 'default';
    this.given = opts.config ?? null;
  }

  /** True while a question is on screen and the quiz is not finished. */
  get playing(): boolean {
    return this.view === 'play' && !!this.session && !this.session.finished;
  }

  get inProgress(): boolean {
    return !!this.session && !this.session.finished;
  }

  /** Reads what the device kept. An unfinished quiz opens at its question straight away. */
  load(): void {
    const notices: Notice[] = [];
    const a = this.#readAttempts();
    if (a === 'set-aside') notices.push('attemptsSetAside');
    const r = this.#readSession();
    if (r === 'set-aside') notices.push('setAside');
    else if (r) {
      if (!r.finished) this.view = 'play';
      // A teacher's quiz reopens on its score, where the result link is: a reload keeps it at hand.
      else if (this.given) this.view = 'score';
    }
    this.notices = notices;
  }

  /**
   * Another tab of the app saved this quiz: follow it. Both tabs then show the same question with the
   * same answers, and neither overwrites what the other recorded.
   */
  adopt(): void {
    this.#readAttempts();
    const r = this.#readSession();
    if (r instanceof QuizSession && this.view !== 'start') this.view = r.finished ? 'score' : 'play';
  }

  /** Past attempts, from the device; says when they had to be set aside. */
  #readAttempts(): 'set-aside' | void {
    const a = attemptsStore.load();
    if (a.status === 'ok') this.attempts = a.value;
    else if (a.status === 'set-aside') return 'set-aside';
  }

  /**
   * This slot's quiz in progress (and, for a teacher's quiz, its result link), from the device. Returns
   * the session it took, why none was taken if the stored one was set aside, or nothing.
   */
  #readSession(): QuizSession | 'set-aside' | null {
    if (this.given) {
      const l = attemptStore(this.slot).load();
      if (l.status === 'ok' && fitsQuiz(l.value, this.given)) this.linked = l.value;
    }
    const r = this.#store().load();
    // A session from a newer version (another tab) is left alone; the shell asks for a reload.
    if (r.status === 'set-aside') return 'set-aside';
    if (r.status !== 'ok') return null;
    const s = QuizSession.fromData(r.value, this.bank);
    if (s) this.session = s;
    return s;
  }

  /** Where this slot's quiz in progress is kept (read back against this bank). */
  #store() {
    return sessionStore(this.bank, this.slot);
  }

  /** The storage keys this quiz is kept under (another tab writing one of them: `adopt()`). */
  get keys(): string[] {
    return [this.#store().key, attemptsStore.key];
  }

  #save(): void {
    if (!this.session) return;
    this.unsaved = !this.#store().save(this.session.data).ok;
  }

  /** Starts a quiz: the given one, or the standard one in the chosen mode and length. */
  start(mode: QuizConfig['mode'], short: boolean): void {
    const seed = randomSeed();
    this.#retrying = false;
    const config =
      this.given ?? defaultConfig(this.bank, this.lang, mode, seed, short ? SHORT_ROUND : undefined);
    this.#begin(config);
  }

  #begin(config: QuizConfig): void {
    this.session = QuizSession.start(config, randomSeed(), Date.now(), this.bank);
    this.notices = [];
    this.view = 'play';
    this.focusQuestion = true;
    this.#save();
  }

  resume(): void {
    if (!this.inProgress) return;
    this.view = 'play';
    this.focusQuestion = true;
  }

  pause(): void {
    this.view = 'start';
    this.focusStart = true;
  }

  /** Records an answer; false when it was not recorded (already answered: a double tap). */
  answer(a: Answer): boolean {
    if (!this.session) return false;
    const q = this.session.current;
    const next = this.session.answer(a);
    if (next === this.session) return false;
    this.session = next;
    this.#save();
    // One write after the other: each reads the deck, changes it and writes it back.
    if (q && !grade(q, a)) {
      const now = Date.now();
      this.missed = this.missed.then(() => recordMissedLater(q.id, now));
    }
    return true;
  }

  /** Every wrong answer's record in the review deck, written in the background, in order (tests await it). */
  missed: Promise<unknown> = Promise.resolve();

  /** Goes to the next question, or to the score once the last is answered. */
  next(): void {
    if (!this.session) return;
    const next = this.session.next(Date.now());
    if (next === this.session) return;
    this.session = next;
    this.#save();
    if (next.finished) {
      const score = next.score();
      const { list, saved } = recordAttempt(this.attempts, {
        at: next.data.finishedAt ?? Date.now(),
        correct: score.correct,
        total: score.total,
        mode: next.config.mode,
        lang: this.lang,
        retry: !!this.#retrying,
        ...(next.config.title ? { title: next.config.title } : {}),
      });
      this.attempts = list;
      if (!saved.ok) this.unsaved = true;
      const whole = this.given ? attemptOf(next.data, this.given) : null;
      if (whole) {
        this.linked = whole;
        if (!attemptStore(this.slot).save(whole).ok) this.unsaved = true;
      }
      this.view = 'score';
    } else this.focusQuestion = true;
  }

  #retrying = false;

  /** A new quiz of just the questions missed in the finished one. */
  retryMissed(): void {
    if (!this.session) return;
    const missed = this.session.missedIds();
    if (!missed.length) return;
    this.#retrying = true;
    this.#begin(retryConfig(this.session.config, missed, randomSeed()));
  }

  /** Back to the start page for a whole new quiz. */
  newQuiz(): void {
    this.#retrying = false;
    this.view = 'start';
    this.focusStart = true;
  }

  showScore(): void {
    if (this.session?.finished) this.view = 'score';
  }
}
