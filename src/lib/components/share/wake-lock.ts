/**
 * Keeps the screen from dimming while a code is shown full screen, where the Screen Wake Lock API
 * exists (Chrome 84+, Safari 16.4+); elsewhere it does nothing. The browser drops the lock whenever the
 * page is hidden, so it is asked for again when the page comes back. Returns the release.
 */
export function keepAwake(): () => void {
  const api = typeof navigator !== 'undefined' ? navigator.wakeLock : undefined;
  if (!api) return () => {};
  let lock: WakeLockSentinel | null = null;
  let done = false;
  const ask = () => {
    if (done || document.visibilityState !== 'visible') return;
    // Refused (battery saver, a policy, no user gesture): the code still shows, the screen may dim.
    api.request('screen').then(
      (l) => {
        if (done) void l.release().catch(() => {});
        else lock = l;
      },
      () => {},
    );
  };
  ask();
  document.addEventListener('visibilitychange', ask);
  return () => {
    done = true;
    document.removeEventListener('visibilitychange', ask);
    void lock?.release().catch(() => {});
    lock = null;
  };
}
