import { fill } from '$lib/i18n/strings';
import { integer } from '$lib/i18n/pinned';
import { PREFIX, backing } from '$lib/storage/store';
import type { Lang } from '$lib/i18n/lang';
import { core } from '$lib/i18n/strings/core';

const DECK_KEY = `${PREFIX}review.deck`;

/**
 * How many review cards are due today, for the badges of the navigation (the phone's tab bar and the
 * wide screen's top bar): counted after the page has shown, again on every navigation (a review session
 * lowers it) and when another tab changes the deck. The counting code loads only for a student who has
 * a deck. One count for the page, however many bars show it.
 */
class DueCount {
  n = $state(0);
  #users = 0;
  #stop: (() => void) | undefined;
  #path: string | undefined;

  /** The page moved to `path` (each bar says so; counted once per move, not on the first page). */
  navigated(path: string): void {
    if (this.#path !== undefined && this.#path !== path) void this.count();
    this.#path = path;
  }

  async count(): Promise<void> {
    let raw: string | null = null;
    try {
      raw = backing()?.getItem(DECK_KEY) ?? null;
    } catch {
      raw = null;
    }
    if (!raw) {
      this.n = 0;
      return;
    }
    const { countDueRaw, deviceClock } = await import('$lib/review/due');
    this.n = countDueRaw(raw, deviceClock(Date.now()));
  }

  /** Starts counting (call from a component's effect; returns its cleanup). */
  watch(): () => void {
    if (this.#users++ === 0) {
      const timer = setTimeout(() => void this.count());
      const onStorage = (e: StorageEvent) => {
        if (e.key === DECK_KEY || e.key === null) void this.count();
      };
      addEventListener('storage', onStorage);
      this.#stop = () => {
        clearTimeout(timer);
        removeEventListener('storage', onStorage);
      };
    }
    return () => {
      if (--this.#users === 0) this.#stop?.();
    };
  }

  /** The badges for `navLinksHtml`, on the given nav paths, or undefined when nothing is due. */
  badges(lang: Lang, paths: string[]): Record<string, { shown: string; said: string }> | undefined {
    if (this.n <= 0) return undefined;
    const b = { shown: integer(this.n), said: fill(core[lang].reviewBadge, { n: integer(this.n) }) };
    return Object.fromEntries(paths.map((p) => [p, b]));
  }
}

export const dueCount = new DueCount();
