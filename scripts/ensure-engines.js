#!/usr/bin/env node
// Makes sure the cross-engine tests have their browsers: Chromium (see ensure-chromium.js), Firefox ESR,
// WebKitGTK's WebDriver with its MiniBrowser, and Xvfb for WebKit's display. As root on Debian/Ubuntu it
// installs what is missing with apt-get (firefox-esr, webkit2gtk-driver, xvfb); anywhere else it says
// how to get them and fails. Only the engines ENGINES names are checked (all three by default).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';
import { findFirefox, findMiniBrowser, findWebKitDriver, findXvfb, selectedEngines } from './engines.js';

/** What each engine needs: a finder, the Debian package that provides it, and the env override. */
const NEEDS = {
  chromium: [{ what: 'Chromium', find: findChromium, pkg: 'chromium', env: 'CHROMIUM_PATH' }],
  firefox: [{ what: 'Firefox ESR', find: findFirefox, pkg: 'firefox-esr', env: 'FIREFOX_PATH' }],
  webkit: [
    { what: 'WebKitWebDriver', find: findWebKitDriver, pkg: 'webkit2gtk-driver', env: 'WEBKIT_DRIVER_PATH' },
    {
      what: 'WebKitGTK’s MiniBrowser',
      find: findMiniBrowser,
      pkg: 'webkit2gtk-driver',
      env: 'WEBKIT_BROWSER_PATH',
    },
    { what: 'Xvfb', find: findXvfb, pkg: 'xvfb', env: 'XVFB_PATH' },
  ],
};

let engines;
try {
  engines = selectedEngines();
} catch (e) {
  console.error(/** @type {Error} */ (e).message);
  process.exit(1);
}
const needs = engines.flatMap((e) => NEEDS[e]);
let missing = needs.filter((n) => !n.find());

if (missing.length) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    const pkgs = [...new Set(missing.map((n) => n.pkg))];
    console.log(
      `Not found: ${missing.map((n) => n.what).join(', ')}. Installing ${pkgs.join(' ')} with apt-get…`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execSync('apt-get update -qq', { stdio: 'inherit', env });
      execSync(`apt-get install -y -qq ${pkgs.join(' ')}`, { stdio: 'inherit', env });
    } catch {
      console.error('apt-get failed (see above).');
    }
    missing = needs.filter((n) => !n.find());
  }
}

if (missing.length) {
  const pkgs = [...new Set(missing.map((n) => n.pkg))];
  console.error(
    [
      `Not found for the cross-engine tests: ${missing.map((n) => n.what).join(', ')}.`,
      `  • Debian/Ubuntu:  sudo apt-get install ${pkgs.join(' ')}`,
      `  • Your own:       ${missing.map((n) => `${n.env}=/path/to/it`).join(' ')} npm test`,
      '  • Fewer engines:  ENGINES=chromium npm run test:engines',
    ].join('\n'),
  );
  process.exit(1);
}
for (const n of needs) console.log(`${n.what}: ${n.find()}`);
