// Finds a Chromium for the end-to-end tests and the benchmark: an env override, Playwright's own
// download, or the system's (Debian puts it at /usr/bin/chromium).
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags this machine needs: no sandbox as root, and no background network calls (they stall here). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The path of a usable Chromium, or null. */
export function findChromium() {
  for (const name of ['CHROMIUM_PATH', 'CHROME_PATH', 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH']) {
    const p = process.env[name];
    if (p && existsSync(p)) return p;
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has not downloaded a browser: fine, look for the system's. */
  }
  return SYSTEM.find((p) => existsSync(p)) ?? null;
}
