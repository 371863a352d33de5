// The Arabic font reaches each page as src/lib/fonts/fonts.css says: inlined (first-paint.css) where
// Arabic shows without a tap, by URL where it shows only after one, and from the precache offline.
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures';
import { waitForWorker } from './sw-helpers';
import { needsFirstPaintFont } from '../../src/lib/fonts/first-paint';

const PAGES = ['', 'timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'];

/** The font files and the font stylesheets (first-paint, label) a page asks for, by name. */
function fontRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const name = new URL(r.url()).pathname.split('/').pop()!;
    if (/\.woff2$|^(first-paint|label)\./.test(name))
      seen.push(name.replace(/\.[\w-]+\.(woff2|css)$/, '.$1'));
  });
  return seen;
}

/** The Arabic text on screen, the language switch's label apart. */
const arabicOnScreen = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walk.nextNode()) {
      const el = walk.currentNode.parentElement!;
      const text = walk.currentNode.textContent ?? '';
      if (/[\u0600-\u06FF]/.test(text) && !el.closest('.lang-name') && el.checkVisibility())
        out.push(text.trim().slice(0, 40));
    }
    return out;
  });

/** The families of the faces the page has loaded. */
const loadedFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...new Set([...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family))];
  });

test.describe('each page, loaded afresh', () => {
  test.use({ viewport: PHONE, serviceWorkers: 'block' });

  for (const lang of ['ar', 'en'] as const)
    for (const path of PAGES)
      test(`/${lang}/${path}`, async ({ page }) => {
        const requests = fontRequests(page);
        await page.goto(`/${lang}/${path}`, { waitUntil: 'networkidle' });
        await page.waitForTimeout(500);
        // No font file at all: the inlined faces, or (English pages without Arabic) only the switch's.
        if (needsFirstPaintFont(`/${lang}/${path}`)) {
          expect(requests).toEqual(['first-paint.css']);
          expect(await loadedFaces(page)).toContain('Noto Naskh Arabic Inline');
          expect(await loadedFaces(page)).not.toContain('Noto Naskh Arabic');
        } else {
          expect(requests).toEqual(['label.css']);
          expect(await arabicOnScreen(page), 'Arabic on screen without the inlined font').toEqual([]);
          expect(await loadedFaces(page)).toEqual(['Noto Naskh Arabic Label']);
        }
      });
});

test.describe('nothing moves when the inlined font comes in', () => {
  test.use({ viewport: PHONE, serviceWorkers: 'block' });

  // On a slow phone the inlined faces are decoded after the first layout: laid out in a fallback, the
  // page then moved (CLS 0.13 on /ar/ at 4× CPU). app.html shows the page once they are decoded.
  for (const path of ['/ar/', '/ar/timeline', '/en/', '/ar/words'])
    test(`${path}: no layout shift at start-up, the CPU 4× slower`, async ({ page }) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.addInitScript(() => {
        const w = window as unknown as { shifts: string[] };
        w.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & {
            value: number;
            sources: { node?: Node }[];
          })[])
            w.shifts.push(`${e.value.toFixed(4)}: ${e.sources.map((x) => x.node?.nodeName).join(' ')}`);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      expect(await page.evaluate(() => document.fonts.check('1em "Noto Naskh Arabic Inline"', 'ا'))).toBe(
        true,
      );
      expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
    });
});

test.describe('Arabic after a tap', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('an event’s sentence on /en/timeline is set in the bundled font, fetched then, online and offline', async ({
    page,
    context,
  }, testInfo) => {
    test.setTimeout(90_000);
    const requests = fontRequests(page);
    const open = async () => {
      await page.locator('.label[data-id="palmyra-falls"]').tap();
      const quote = page.locator('dialog#event-card blockquote[lang="ar"]');
      await expect(quote).toContainText('سيطر التنظيم الإرهابي عليها في 21 مايو');
      await page.evaluate(() => document.fonts.ready);
      expect(await quote.evaluate((e) => getComputedStyle(e).fontFamily)).toMatch(/^"Noto Naskh Arabic"/);
      expect(await loadedFaces(page)).toContain('Noto Naskh Arabic');
      return quote;
    };

    await page.goto('/en/timeline');
    expect(requests).toEqual(['label.css']);
    const quote = await open();
    expect(requests.filter((r) => r.startsWith('naskh-400'))).toEqual(['naskh-400.woff2']);
    await page.screenshot({ path: testInfo.outputPath('en-timeline-card.png') });
    const online = await quote.screenshot();

    // Offline, the worker answers for the files from the precached first-paint.css: the same drawing.
    await waitForWorker(page);
    await context.setOffline(true);
    const fromWorker: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.woff2') && r.fromServiceWorker() && r.ok()) fromWorker.push(r.url());
    });
    await page.goto('/en/timeline');
    const offline = await open();
    expect(fromWorker.some((u) => /naskh-400\.[\w-]+\.woff2$/.test(u))).toBe(true);
    expect(await offline.screenshot()).toEqual(online);
  });
});
