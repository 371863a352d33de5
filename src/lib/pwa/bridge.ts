// The page's side of the service worker and the actions behind the notices' buttons. Loaded lazily with
// the notices (after the first paint, on idle), so neither it nor workbox-window counts on first load.
import { loadPwaMemory, rememberPwa } from '$lib/storage/pwa';
import { needsIosInstallHint } from './notices';
import { registerWorker, type WorkerControls } from './register';
import { pwa, takeInstallEvent } from './state.svelte';

let controls: WorkerControls | null = null;
let started = false;

function isStandalone(): boolean {
  const nav = navigator as Navigator & { standalone?: boolean };
  return nav.standalone === true || matchMedia('(display-mode: standalone)').matches;
}

/** Starts tracking the connection and, in a build, registers the service worker. Once per page load. */
export function startBridge(): void {
  if (started) return;
  started = true;

  pwa.online = navigator.onLine;
  window.addEventListener('online', () => (pwa.online = true));
  window.addEventListener('offline', () => (pwa.online = false));

  const memory = loadPwaMemory();
  // Someone who declined our offer is not asked again (the browser's menu still installs).
  if (memory.installDeclined && pwa.installOffered) takeInstallEvent();
  pwa.iosHint =
    !memory.iosHintDismissed &&
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
  registerWorker({
    waiting: () => (pwa.update = 'waiting'),
    activeElsewhere: () => (pwa.update = 'active'),
    ready: () => {
      pwa.worker = 'ready';
      if (loadPwaMemory().offlineReadyNoted) return;
      pwa.offlineReady = true;
      rememberPwa({ offlineReadyNoted: true });
    },
  })
    .then((c) => (controls = c))
    .catch(() => {
      // No worker (blocked, private mode, server down): the app still works online.
      pwa.worker = 'none';
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
  const event = takeInstallEvent();
  if (!event) return;
  await event.prompt();
  const { outcome } = await event.userChoice;
  if (outcome === 'dismissed') rememberPwa({ installDeclined: true });
}

/** "Not now" on the install offer: remembered, so it does not come back. */
export function declineInstall(): void {
  takeInstallEvent();
  rememberPwa({ installDeclined: true });
}

export function dismissIosHint(): void {
  pwa.iosHint = false;
  rememberPwa({ iosHintDismissed: true });
}
