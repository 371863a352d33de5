// Registers the service worker with workbox-window and reports its lifecycle; part of the lazily loaded
// bridge (after the first paint, on idle), so workbox-window costs nothing on first load. It never
// reloads the page unless the person asked for it.
import { Workbox } from 'workbox-window';
import { isNewVersion } from './notices';
import { SW_URL } from './precache';

export interface WorkerEvents {
  /** A new version is installed and waits for the go-ahead. */
  waiting(): void;
  /** Another tab let a new version take over; this page runs the old one until it reloads. */
  activeElsewhere(): void;
  /** A worker is active, so everything is precached: the app works offline from here on. */
  ready(): void;
}

export interface WorkerControls {
  /** The person said "reload": let the waiting version take over, then reload once it controls us. */
  applyUpdate(): void;
}

const HOUR = 60 * 60 * 1000;
/** If the new version has not taken over by then (it failed to activate), reload anyway: they asked. */
const RELOAD_FALLBACK_MS = 5000;

/** Registers the worker and wires its lifecycle to `on`. */
export async function registerWorker(on: WorkerEvents): Promise<WorkerControls> {
  const wb = new Workbox(SW_URL, { scope: '/' });
  const controlledAtStart = Boolean(navigator.serviceWorker.controller);
  let reloadRequested = false;

  // Only a version waiting behind an active one is an update (see isNewVersion): a first install, seen
  // by a page opened while it ran, is reported as waiting too.
  const registered = wb.register({ immediate: true });
  wb.addEventListener('waiting', (event) => {
    void registered.then((registration) => {
      if (isNewVersion(registration?.active, event.sw ?? registration?.waiting)) on.waiting();
    });
  });
  wb.addEventListener('controlling', () => {
    if (reloadRequested) location.reload();
    // The first install takes control without a reload (clientsClaim); only a switch is news.
    else if (controlledAtStart) on.activeElsewhere();
  });

  const registration = await registered;
  void navigator.serviceWorker.ready.then(() => on.ready());

  // Browsers look for a new worker on full page loads; a student may keep one page open for days, so
  // look hourly, and when the page comes back into view after half an hour or more.
  let lastCheck = Date.now();
  const check = () => {
    if (!registration || !navigator.onLine || Date.now() - lastCheck < HOUR / 2) return;
    lastCheck = Date.now();
    registration.update().catch(() => {
      /* The server could not be reached: try again at the next check. */
    });
  };
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, HOUR);

  return {
    applyUpdate() {
      if (!registration?.waiting) {
        location.reload();
        return;
      }
      reloadRequested = true;
      wb.messageSkipWaiting();
      setTimeout(() => location.reload(), RELOAD_FALLBACK_MS);
    },
  };
}
