#!/usr/bin/env node
// Makes sure a Chromium exists before the browser tests. As root on Debian/Ubuntu it installs the
// distribution's package; anywhere else it says how to get one and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.js';

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing Debian’s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execSync('apt-get update -qq', { stdio: 'inherit', env });
    execSync('apt-get install -y -qq chromium', { stdio: 'inherit', env });
    path = findChromium();
  }
}
if (!path) {
  console.error(
    [
      'No Chromium found for the browser tests. Any one of these works:',
      '  • Debian/Ubuntu:  sudo apt-get install chromium',
      '  • Playwright’s:   npx playwright install chromium',
      '  • Your own:       CHROMIUM_PATH=/path/to/chrome npm test',
    ].join('\n'),
  );
  process.exit(1);
}
console.log(`Chromium: ${path}`);
