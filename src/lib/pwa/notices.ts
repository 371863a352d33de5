// Which of the app's own notices show, decided from plain state. Pure, so the rules that protect a
// student (never interrupt a quiz) are unit-tested without a browser or a service worker.

/**
 * Where an update stands: `waiting`, a new version is installed and waits for the go-ahead; `active`,
 * another tab already switched to it, so this page only needs a reload to catch up.
 */
export type UpdateState = 'none' | 'waiting' | 'active';

/**
 * Whether a worker reported as waiting (workbox-window's `waiting` event) is a new version: only if
 * another version is active. A first install can be reported as waiting too: Firefox keeps it
 * `installed` for a moment before activating it, and a second page opened during the install sees it
 * so; that is no update, and prompting a first-time visitor to reload would be wrong.
 */
export function isNewVersion(active: object | null | undefined, waiting: object | null | undefined): boolean {
  return Boolean(active) && active !== waiting;
}

export type Notice = 'offline' | 'update' | 'offlineReady' | 'install' | 'iosHint';

export interface NoticeState {
  online: boolean;
  update: UpdateState;
  /** The person chose "Later" on this page. */
  updateDismissed: boolean;
  /** From `activity.quizInProgress`: true from a quiz's first question until its score screen. */
  quizInProgress: boolean;
  /** The first-time "ready to work offline" note is due. */
  offlineReady: boolean;
  /** The browser offered installation (beforeinstallprompt) and the person has not declined ours. */
  canInstall: boolean;
  /** iOS Safari, not installed, hint not yet dismissed. */
  iosHint: boolean;
}

/**
 * The update prompt shows while a new version is ready, unless the person put it off or is in the middle
 * of a quiz; it comes back by itself when the quiz reaches its score screen.
 */
export function updatePromptVisible(s: Pick<NoticeState, 'update' | 'updateDismissed' | 'quizInProgress'>) {
  return s.update !== 'none' && !s.updateDismissed && !s.quizInProgress;
}

/**
 * The notices to show, in order: the offline indicator (it asks nothing of anyone, so it may stay during
 * a quiz), then at most one notice that asks for attention: update, first-time offline note, install
 * offer, iOS hint. During a quiz none of the latter show.
 */
export function visibleNotices(s: NoticeState): Notice[] {
  const out: Notice[] = [];
  if (!s.online) out.push('offline');
  if (s.quizInProgress) return out;
  if (updatePromptVisible(s)) out.push('update');
  else if (s.offlineReady) out.push('offlineReady');
  else if (s.canInstall) out.push('install');
  else if (s.iosHint) out.push('iosHint');
  return out;
}

export interface DeviceInfo {
  userAgent: string;
  maxTouchPoints: number;
  /** `navigator.standalone` (iOS) or `(display-mode: standalone)`: already running as an installed app. */
  standalone: boolean;
}

/**
 * iOS and iPadOS have no install prompt: people add a web app from the Share menu. True on an iPhone,
 * iPod or iPad (iPadOS says "Macintosh" but has a touch screen) that is not already running the app.
 */
export function needsIosInstallHint(d: DeviceInfo): boolean {
  if (d.standalone) return false;
  const ios = /\b(iPhone|iPad|iPod)\b/.test(d.userAgent);
  const iPadOs = /\bMacintosh\b/.test(d.userAgent) && d.maxTouchPoints > 1;
  return ios || iPadOs;
}
