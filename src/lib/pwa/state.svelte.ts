// The PWA state the notices show, and the one listener that cannot wait: Chromium's install offer.
// This module ships with the app shell, so it stays tiny; the rest (the notices, the worker bridge and
// workbox-window) loads on idle after the first paint, from ./bridge.
import type { UpdateState } from './notices';

/** Chromium's install offer (not in TypeScript's DOM types: other engines do not have it). */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** The worker as the page sees it: not started yet, being registered, precached and active, or none. */
export type WorkerStatus = 'idle' | 'starting' | 'ready' | 'none';

class PwaState {
  worker = $state<WorkerStatus>('idle');
  online = $state(true);
  update = $state<UpdateState>('none');
  updateDismissed = $state(false);
  offlineReady = $state(false);
  /** The browser's install offer is held for our Install button. */
  installOffered = $state(false);
  iosHint = $state(false);
}

/** The one reactive copy of the app's install/offline/update state. */
export const pwa = new PwaState();

let installEvent: BeforeInstallPromptEvent | null = null;

// Chromium fires beforeinstallprompt once per page load, possibly before any component has mounted,
// so the listener is attached when this module loads, with the app shell. Holding the event back also
// keeps Chromium's own mini-infobar away: the app offers installation itself, once, politely.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault();
    installEvent = event as BeforeInstallPromptEvent;
    pwa.installOffered = true;
  });
  window.addEventListener('appinstalled', () => {
    installEvent = null;
    pwa.installOffered = false;
    pwa.iosHint = false;
  });
}

/** Hands over the held install offer (it can be used once). */
export function takeInstallEvent(): BeforeInstallPromptEvent | null {
  const event = installEvent;
  installEvent = null;
  pwa.installOffered = false;
  return event;
}

/** Runs `fn` once the page has loaded and the browser has a quiet moment. */
export function whenIdle(fn: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 300);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
