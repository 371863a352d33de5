// Finds what the cross-engine tests need besides Chromium (see scripts/chromium.js): Firefox ESR,
// WebKitGTK's WebDriver and the MiniBrowser it drives, and an X server for WebKit (Xvfb). Each has an
// env override; otherwise the paths Debian's packages use (firefox-esr, webkit2gtk-driver, xvfb).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string[]} names env variables @param {string[]} paths where to look next */
function first(names, paths) {
  for (const name of names) {
    const p = process.env[name];
    if (p && existsSync(p)) return p;
  }
  return paths.find((p) => existsSync(p)) ?? null;
}

/** Firefox (ESR or not): FIREFOX_PATH, else the system's. */
export function findFirefox() {
  return first(
    ['FIREFOX_PATH'],
    ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'],
  );
}

/** WebKitGTK's WebDriver: WEBKIT_DRIVER_PATH, else the system's. */
export function findWebKitDriver() {
  return first(
    ['WEBKIT_DRIVER_PATH'],
    ['/usr/bin/WebKitWebDriver', '/usr/libexec/webkit2gtk-4.1/WebKitWebDriver'],
  );
}

/**
 * The MiniBrowser that WebKitWebDriver starts: WEBKIT_BROWSER_PATH, else the one installed beside the
 * WebKitGTK library (Debian: /usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser; Fedora: /usr/libexec/…).
 */
export function findMiniBrowser() {
  const candidates = [];
  for (const base of ['/usr/lib', '/usr/libexec', '/usr/lib64']) {
    let dirs = [];
    try {
      dirs = readdirSync(base);
    } catch {
      continue;
    }
    for (const d of dirs) {
      if (/^webkit2?gtk-[\d.]+$/.test(d)) candidates.push(join(base, d, 'MiniBrowser'));
      // Debian's multiarch directory, e.g. /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/.
      else if (/-linux-gnu/.test(d))
        try {
          for (const w of readdirSync(join(base, d)))
            if (/^webkit2?gtk-[\d.]+$/.test(w)) candidates.push(join(base, d, w, 'MiniBrowser'));
        } catch {
          /* not a directory */
        }
    }
  }
  // The newest API version first (webkitgtk-6.0 before webkit2gtk-4.1).
  candidates.sort().reverse();
  return first(['WEBKIT_BROWSER_PATH'], candidates);
}

/** Xvfb, the virtual X server MiniBrowser draws into: XVFB_PATH, else the system's. */
export function findXvfb() {
  return first(['XVFB_PATH'], ['/usr/bin/Xvfb']);
}

/** The engines the cross-engine suite knows, in the order it runs them. */
export const ENGINE_NAMES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/**
 * The engines to test: `ENGINES` (comma-separated, e.g. "webkit" or "firefox,webkit"), else all three.
 * An unknown name is an error, not silently skipped.
 * @param {string | undefined} [value]
 * @returns {Array<'chromium' | 'firefox' | 'webkit'>}
 */
export function selectedEngines(value = process.env.ENGINES) {
  if (!value || !value.trim()) return [...ENGINE_NAMES];
  const names = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(/** @type {readonly string[]} */ (ENGINE_NAMES).includes(n)));
  if (unknown.length)
    throw new Error(`ENGINES: unknown engine ${unknown.join(', ')} (known: ${ENGINE_NAMES.join(', ')})`);
  return ENGINE_NAMES.filter((n) => names.includes(n));
}
