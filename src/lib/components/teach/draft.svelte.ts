import { untrack } from 'svelte';
import type { Lang } from '$lib/i18n/lang';
import { teach } from '$lib/i18n/strings/teach';
import { randomSeed } from '$lib/quiz/rng';
import { draftConfig, pickRandom, type Draft as DraftData } from '$lib/share/compose';
import { LIMITS } from '$lib/share/quiz-link';
import { draftStore } from '$lib/storage/teach';

/** How many questions "pick at random" takes when the field is cleared or makes no sense. */
export const RANDOM_DEFAULT = 10;

/**
 * The number of questions to pick from what the field holds: a whole number from 1 to the link's
 * limit; a cleared field, 0 or anything not a number gives the default.
 */
export function randomCount(input: unknown): number {
  return Math.max(1, Math.min(Math.round(Number(input)) || RANDOM_DEFAULT, LIMITS.questions));
}

/**
 * The quiz a teacher is composing: the questions chosen and the settings, kept on the device at every
 * change (a reload or a closed tab loses nothing), and the quiz they make. Create it while a component
 * initialises: when that component mounts, it takes up the draft kept on the device, or starts one in
 * the page's language.
 */
export class Draft {
  /** The chosen questions' ids, in the order they were chosen (the quiz keeps the bank's order). */
  selected = $state.raw<string[]>([]);
  title = $state('');
  classLabel = $state('');
  /** The quiz's language, which may differ from the page's. */
  lang = $state<Lang>('ar');
  mode = $state<DraftData['mode']>('practice');
  order = $state<DraftData['order']>('fixed');
  /** The shuffle's seed, for a shuffled order: every student gets the same order. */
  seed = $state(1);
  /** What the "pick at random" field holds (the input leaves it empty, or any number). */
  randomN = $state(RANDOM_DEFAULT);
  #bankIds: readonly string[];

  constructor(o: { bankIds: readonly string[]; pageLang: () => Lang }) {
    this.#bankIds = o.bankIds;
    // Effects run in the order they are made: the draft is taken up before the first save.
    let ready = false;
    $effect(() => {
      untrack(() => {
        const kept = draftStore.load();
        if (kept.status === 'ok') this.data = kept.value;
        else [this.lang, this.seed] = [o.pageLang(), randomSeed()];
        ready = true;
      });
    });
    $effect(() => {
      const data = this.data;
      if (ready) draftStore.save(data);
    });
  }

  /** The draft as it is kept on the device. */
  get data(): DraftData {
    const { selected, title, classLabel, lang, mode, order, seed } = this;
    return { selected, title, classLabel, lang, mode, order, seed };
  }
  set data(d: DraftData) {
    this.selected = d.selected;
    this.title = d.title;
    this.classLabel = d.classLabel;
    this.lang = d.lang;
    this.mode = d.mode;
    this.order = d.order;
    this.seed = d.seed;
  }

  /** The chosen questions, for looking up. */
  readonly chosen: ReadonlySet<string> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- never mutated: replaced with `selected`
    new Set(this.selected),
  );
  /** The quiz this draft makes (questions in bank order), or why there is none yet. */
  readonly result = $derived.by(() => draftConfig(this.data, this.#bankIds, teach[this.lang].defaultTitle));

  /** Chooses a question, or leaves it out. */
  toggle(id: string, on: boolean): void {
    this.selected = on ? [...this.selected, id] : this.selected.filter((x) => x !== id);
  }
  /** Adds every question in `ids` (those the list shows) to the choice. */
  selectAll(ids: readonly string[]): void {
    const chosen = this.chosen;
    this.selected = [...this.selected, ...ids.filter((id, i) => !chosen.has(id) && ids.indexOf(id) === i)];
  }
  clear(): void {
    this.selected = [];
  }
  /** Chooses `randomN` questions at random from `ids` instead, the field corrected to the number taken. */
  pickRandom(ids: readonly string[]): void {
    const n = randomCount(this.randomN);
    this.randomN = n;
    this.selected = pickRandom(ids, n, randomSeed());
  }
  /** A new shuffle for the shuffled order. */
  newSeed(): void {
    this.seed = randomSeed();
  }
}
