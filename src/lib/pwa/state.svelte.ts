// The PWA state the UI shows (online, update, install) and the actions behind its buttons. The
// workbox-window part (./register) is imported lazily, on idle after the first paint.
import { loadPwaMemory, rememberPwa } from './memory';
import { needsIosInstallHint, type UpdateState } from './notices';
import type { WorkerControls } from './register';

/** Chromium's install offer (not in TypeScript's DOM types: other engines do not have it). */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

/** The worker as the page sees it: before startPwa, being registered, precached and active, or none. */
export type WorkerStatus = 'idle' | 'starting' | 'ready' | 'none';

class PwaState {
  worker = $state<WorkerStatus>('idle');
  online = $state(true);
  update = $state<UpdateState>('none');
  updateDismissed = $state(false);
  offlineReady = $state(false);
  canInstall = $state(false);
  iosHint = $state(false);
}

/** The one reactive copy of the app's install/offline/update state. */
export const pwa = new PwaState();

let installEvent: BeforeInstallPromptEvent | null = null;
let controls: WorkerControls | null = null;
let started = false;

// Chromium fires beforeinstallprompt once per page load, possibly before any component has mounted,
// so the listener is attached when this module loads (with the app shell), not in onMount.
if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Someone who declined ours gets only the browser's own, rarer, offer.
    if (loadPwaMemory().installDeclined) return;
    event.preventDefault();
    installEvent = event as BeforeInstallPromptEvent;
    pwa.canInstall = true;
  });
  window.addEventListener('appinstalled', () => {
    installEvent = null;
    pwa.canInstall = false;
    pwa.iosHint = false;
  });
}

function isStandalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || matchMedia('(display-mode: standalone)').matches;
}

/** Runs `fn` once the page has loaded and the browser has a quiet moment. */
function whenIdle(fn: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 4000 }) : setTimeout(fn, 500);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

/** Starts tracking the connection and, in a build, registers the service worker. Once per page load. */
export function startPwa(): void {
  if (started || typeof window === 'undefined') return;
  started = true;

  pwa.online = navigator.onLine;
  window.addEventListener('online', () => (pwa.online = true));
  window.addEventListener('offline', () => (pwa.online = false));

  pwa.iosHint =
    !loadPwaMemory().iosHintDismissed &&
    needsIosInstallHint({
      userAgent: navigator.userAgent,
      maxTouchPoints: navigator.maxTouchPoints,
      standalone: isStandalone(),
    });

  // The worker exists only in a build (`vite dev` has no precache to serve).
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) {
    pwa.worker = 'none';
    return;
  }
  pwa.worker = 'starting';
  whenIdle(() => {
    import('./register')
      .then(({ registerWorker }) =>
        registerWorker({
          waiting: () => (pwa.update = 'waiting'),
          activeElsewhere: () => (pwa.update = 'active'),
          ready: () => {
            pwa.worker = 'ready';
            if (loadPwaMemory().offlineReadyNoted) return;
            pwa.offlineReady = true;
            rememberPwa({ offlineReadyNoted: true });
          },
        }),
      )
      .then((c) => (controls = c))
      .catch(() => {
        // No worker (blocked, private mode, server down): the app still works online.
        pwa.worker = 'none';
      });
  });
}

/** "Reload": switch to the new version now. The page reloads once it has taken over. */
export function applyUpdate(): void {
  if (controls) controls.applyUpdate();
  else location.reload();
}

/** "Later": hide the update prompt on this page; it comes back on the next page load. */
export function postponeUpdate(): void {
  pwa.updateDismissed = true;
}

export function dismissOfflineReady(): void {
  pwa.offlineReady = false;
}

/** "Install": the browser's own install dialog. A declined dialog is not offered again. */
export async function install(): Promise<void> {
  const event = installEvent;
  installEvent = null;
  pwa.canInstall = false;
  if (!event) return;
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'dismissed') rememberPwa({ installDeclined: true });
}

/** "Not now" on the install offer: remembered, so it does not come back. */
export function declineInstall(): void {
  installEvent = null;
  pwa.canInstall = false;
  rememberPwa({ installDeclined: true });
}

export function dismissIosHint(): void {
  pwa.iosHint = false;
  rememberPwa({ iosHintDismissed: true });
}
