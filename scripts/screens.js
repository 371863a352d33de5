#!/usr/bin/env node
// Screenshots for people to look at: every page given (default: all), both languages, light and dark,
// phone (360×740) and desktop (1280×800). Needs a served build: `npm run build && npm run serve`.
// Usage: node scripts/screens.js [--base http://127.0.0.1:4173] [--out tmp/screens] [--full] [path…]
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium, CHROMIUM_ARGS } from './chromium.js';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i === -1) return dflt;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const base = opt('--base', 'http://127.0.0.1:4173');
const out = opt('--out', 'tmp/screens');
const full = args.includes('--full');
const paths = args.filter((a) => !a.startsWith('--'));
const pages = paths.length ? paths : ['', 'timeline', 'map', 'quiz', 'words', 'teach', 'results', 'about'];
const sizes = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
for (const [sizeName, viewport] of Object.entries(sizes))
  for (const scheme of ['light', 'dark']) {
    const ctx = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await ctx.newPage();
    for (const lang of ['ar', 'en'])
      for (const p of pages) {
        await page.goto(`${base}/${lang}/${p}`, { waitUntil: 'networkidle' });
        await page.evaluate(() => document.fonts.ready);
        const name = `${out}/${(p || 'reader').replace(/[^a-z0-9]+/gi, '_')}-${lang}-${sizeName}-${scheme}.png`;
        await page.screenshot({ path: name, fullPage: full });
        console.log(name);
      }
    await ctx.close();
  }
await browser.close();
