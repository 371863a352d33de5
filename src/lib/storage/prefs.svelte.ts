import { prefsStore, DEFAULT_PREFS, TEXT_SCALES, type Prefs } from './prefs';

/** Problems the person should hear about once: the device will not keep what they do. */
export type StorageProblem = 'unavailable' | 'full' | null;

class PrefsState {
  current = $state<Prefs>({ ...DEFAULT_PREFS });
  problem = $state<StorageProblem>(null);
  #loaded = false;

  /** Reads the stored preferences once, in the browser. */
  load(): void {
    if (this.#loaded) return;
    this.#loaded = true;
    const r = prefsStore.load();
    if (r.status === 'ok') this.current = { ...DEFAULT_PREFS, ...r.value };
    else if (r.status === 'unavailable') this.problem = 'unavailable';
  }

  update(patch: Partial<Prefs>): void {
    this.current = { ...this.current, ...patch };
    const saved = prefsStore.save(this.current);
    if (!saved.ok) this.problem = saved.reason === 'full' ? 'full' : 'unavailable';
    this.apply();
  }

  /** Mirrors theme and text size onto <html>, as the boot script did before first paint. */
  apply(): void {
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    const { theme, textScale } = this.current;
    // Writes only what differs: any write to <html> makes the browser restyle the whole page, and at
    // start-up the boot script has usually set both already.
    const want = theme === 'light' || theme === 'dark' ? theme : null;
    if (root.getAttribute('data-theme') !== want) {
      if (want) root.setAttribute('data-theme', want);
      else root.removeAttribute('data-theme');
    }
    // No inline value means app.css's 1.
    if ((Number(root.style.getPropertyValue('--text-scale')) || 1) !== textScale)
      root.style.setProperty('--text-scale', String(textScale));
  }

  /** Back to the defaults, without writing anything (after "erase everything"). */
  reset(): void {
    this.current = { ...DEFAULT_PREFS };
    this.apply();
  }

  stepText(direction: -1 | 1): void {
    const i = TEXT_SCALES.findIndex((s) => s >= this.current.textScale);
    const at = i === -1 ? TEXT_SCALES.length - 1 : i;
    const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, at + direction))];
    this.update({ textScale: next });
  }
}

/** The one reactive copy of the person's preferences. */
export const prefs = new PrefsState();
