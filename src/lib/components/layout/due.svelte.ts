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
  #on = false;
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

  /** Starts counting, once for the page (the bars live as long as the app). */
  watch(): void {
    if (this.#on) return;
    this.#on = true;
    setTimeout(() => void this.count());
    addEventListener('storage', (e) => {
      if (e.key === DECK_KEY || e.key === null) void this.count();
    });
  }

  /** The badges for `navLinksHtml` (the quiz's and the review's links), or undefined when nothing is due. */
  badges(lang: Lang): Record<string, { shown: string; said: string }> | undefined {
    if (this.n <= 0) return;
    const b = { shown: integer(this.n), said: fill(core[lang].reviewBadge, { n: integer(this.n) }) };
    return { quiz: b, review: b };
  }
}

export const dueCount = new DueCount();
