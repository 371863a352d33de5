import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, PHONE, expectNoHorizontalScroll } from './fixtures';
import { quiz } from '../../src/lib/i18n/strings/quiz';
import { buildVersion, deploy, serveSwappable, waitForWorker, watch, ROOT } from './sw-helpers';
import { findChromium, CHROMIUM_ARGS } from '../../scripts/chromium.js';

const PAGES = ['', 'timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'];
const status = (page: Page) => page.locator('.pwa-status');

/** The page at /<lang>/<path> is on screen: its language, its heading, and the navigation marks it. */
async function expectPage(page: Page, lang: 'ar' | 'en', path: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveAttribute('href', `/${lang}/${path}`);
}

/** Accessibility problems axe finds in the status strip. */
async function axeStatus(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('.pwa-status').analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test.describe('offline after one visit', () => {
  // Each test waits for a first install of the worker (up to a minute on a loaded host).
  test.describe.configure({ timeout: 90_000 });
  // Kit logs the not-found page's 404 as an error, online or not.
  test.use({ allowErrors: /Not found: \/(ar|en)\/no-such-page/ });

  test('every page, deep link and unknown URL opens offline in both languages, and reloads', async ({
    page,
    context,
  }) => {
    // Thirty-odd page loads and reloads after the worker's first install: up to three minutes on a host
    // whose two cores run other browsers too.
    test.setTimeout(180_000);
    await page.goto('/en/');
    await waitForWorker(page);
    await context.setOffline(true);

    for (const lang of ['ar', 'en'] as const)
      for (const path of PAGES) {
        const res = await page.goto(`/${lang}/${path}`);
        expect(res?.fromServiceWorker(), `/${lang}/${path} from the worker`).toBe(true);
        expect(res?.status()).toBe(200);
        await expectPage(page, lang, path);
      }

    // The bundled Arabic font came from the precache too.
    await page.goto('/ar/');
    await page.evaluate(() => document.fonts.ready);
    expect(
      await page.evaluate(() =>
        [...document.fonts].some((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded'),
      ),
    ).toBe(true);

    // A teacher's quiz link, a result link, an event and a sentence deep link: fragments stay on.
    for (const link of ['/en/quiz#AAAA', '/ar/quiz#AAAA', '/en/results#AAAA', '/en/timeline#palmyra-falls']) {
      const res = await page.goto(link);
      expect(res?.fromServiceWorker(), link).toBe(true);
      const [, lang, path, hash] = /^\/(ar|en)\/(\w*)#(.+)$/.exec(link)!;
      expect(new URL(page.url()).hash).toBe(`#${hash}`);
      await expectPage(page, lang as 'ar' | 'en', path);
    }
    await page.goto('/ar/#p8.s3');
    await expect(page.locator('[id="p8.s3"]')).toHaveClass(/highlighted/);
    await expect(page.locator('[id="p8.s3"]')).toBeInViewport();

    // `/ar` is the page `/ar/`; a query string the precache does not know falls back to the app shell.
    await page.goto('/ar');
    await expect(page.locator('h1')).toContainText('مقتل 51 داعشياً');
    await page.goto('/en/timeline?utm_source=qr');
    await expectPage(page, 'en', 'timeline');
    await page.goto('/en/about?from=poster');
    await expectPage(page, 'en', 'about');

    // Kit's own data requests carry x-sveltekit-invalidated; the precache ignores it.
    expect(
      await page.evaluate(() =>
        fetch('/en/timeline?x-sveltekit-invalidated=01').then(async (r) => [r.status, await r.text()]),
      ),
    ).toEqual([200, expect.stringContaining('<html lang="en" dir="ltr">')]);

    // An unknown URL gets the not-found page in the language of its path, not the home page.
    await page.goto('/en/no-such-page');
    await expect(page.locator('h1')).toHaveText('Page not found');
    await page.goto('/ar/no-such-page');
    await expect(page.locator('h1')).toHaveText('الصفحة غير موجودة');

    // Reloading offline, and moving around inside the app offline.
    await page.goto('/en/timeline');
    expect((await page.reload())?.fromServiceWorker()).toBe(true);
    await expectPage(page, 'en', 'timeline');
    await page.setViewportSize(PHONE);
    await page.locator('nav.tabbar').getByRole('link', { name: 'Map' }).click();
    await expect(page).toHaveURL(/\/en\/map$/);
    await expectPage(page, 'en', 'map');
    // The reader and About load their data (/data/*.json) on a client-side visit: from the precache.
    await page.locator('nav.tabbar').getByRole('link', { name: 'Article' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('[id="p8.s3"]')).toBeVisible();
    await page.locator('nav.tabbar').getByRole('button', { name: 'More' }).click();
    await page.locator('dialog').getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/en\/about$/);
    await expect(page.locator('.headline')).toContainText('مقتل 51 داعشياً');
    await page.locator('header').getByRole('link', { name: 'التبديل إلى العربية' }).click();
    await expect(page).toHaveURL(/\/ar\/about$/);
    await expectPage(page, 'ar', 'about');
  });

  test('/ opens offline and goes on to the language page', async ({ browser }) => {
    const ctx = await browser.newContext({ locale: 'en-GB' });
    const page = await ctx.newPage();
    await page.goto('/ar/');
    await waitForWorker(page);
    await ctx.setOffline(true);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('h1')).toContainText('51 Daesh fighters killed');
    await ctx.close();
  });

  test('the offline indicator shows while the connection is gone, and goes when it is back', async ({
    page,
    context,
  }) => {
    await page.goto('/ar/');
    await waitForWorker(page);
    await context.setOffline(true);
    await expect(status(page)).toContainText('لا اتصال بالإنترنت');
    await page.goto('/en/about');
    await expect(status(page)).toContainText('No internet connection');
    expect(await axeStatus(page)).toEqual([]);
    await context.setOffline(false);
    await expect(status(page)).not.toContainText('No internet connection');
  });

  test('"ready to work offline" shows the first time only, and is true at once', async ({
    page,
    context,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    await expect(status(page)).toContainText('ready to work offline', { timeout: 20_000 });
    // The first visit is taken over without a reload, so the rest of it already works offline.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.locator('nav.tabbar').getByRole('link', { name: 'Quiz' }).click();
    await expect(page).toHaveURL(/\/en\/quiz$/);
    await expectPage(page, 'en', 'quiz');
    await context.setOffline(false);
    await waitForWorker(page);
    await page.goto('/en/about');
    await expect(status(page)).toHaveAttribute('data-worker', 'ready');
    await expect(status(page)).not.toContainText('ready to work offline');
  });
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test.describe(() => {
    // The page's late, lazy loads (the word layer at idle, read-aloud's chunk) may still be on their way
    // when the test cuts the network: without a worker they fail, which is what this run shows.
    test.use({ allowErrors: /ERR_INTERNET_DISCONNECTED/ });
    test('control run: with workers blocked, the app does not open offline', async ({ page, context }) => {
      await page.goto('/en/');
      await expect(page.locator('h1')).toContainText('51 Daesh fighters killed');
      expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull();
      await context.setOffline(true);
      await expect(page.goto('/en/timeline')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    });
  });

  test('an iPhone gets the "Share → Add to Home Screen" hint once', async ({ browser, baseURL }) => {
    const ctx = await browser.newContext({
      baseURL,
      viewport: PHONE,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: 'block',
      userAgent:
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    });
    const page = await ctx.newPage();
    const problems = watch(page, new URL(baseURL!).origin);
    await page.goto('/ar/');
    await expect(status(page)).toContainText('«إضافة إلى الشاشة الرئيسية»');
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoHorizontalScroll(page);
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    await expect(status(page)).toContainText('tap Share, then “Add to Home Screen”');
    expect(await axeStatus(page)).toEqual([]);
    await status(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(status(page)).not.toContainText('Add to Home Screen');
    await page.reload();
    await expect(status(page)).toHaveAttribute('data-worker', 'none');
    await expect(status(page)).not.toContainText('Add to Home Screen');
    expect(problems).toEqual([]);
    await ctx.close();
  });
});

test('Chromium finds the app installable, and the Install button offers it', async ({ baseURL }, info) => {
  // A browser of its own, the worker's first install (up to 35 s) and the Install button (up to 20 s):
  // more than the default 30 s on a busy machine, as for this file's other worker tests.
  test.setTimeout(90_000);
  // Chromium answers "in-incognito" in an ordinary test context: installability needs a real profile.
  const ctx = await chromium.launchPersistentContext(info.outputPath('profile'), {
    executablePath: findChromium() ?? undefined,
    args: CHROMIUM_ARGS,
    baseURL,
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const problems = watch(page, new URL(baseURL!).origin);
  await page.goto('/en/');
  await waitForWorker(page);
  const cdp = await ctx.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toBe(`${baseURL}/manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
  const parsed = manifest.manifest!;
  expect(parsed.id).toBe(`${baseURL}/`);
  expect(parsed.startUrl).toBe(`${baseURL}/`);
  expect(parsed.display).toBe('kStandalone');
  expect(parsed.name).toBe('القريتين: قراءة في خبر');
  expect(parsed.themeColor).toBe('rgba(138,59,18,1)');
  expect(parsed.icons?.map((i) => i.sizes)).toEqual(['192x192', '512x512', '512x512']);
  expect(parsed.screenshots?.map((s) => s.formFactor)).toEqual(['kNarrow', 'kWide']);

  // beforeinstallprompt fired: our own Install button offers the browser's dialog, once. (Chromium may
  // fire it late, and the first-time "ready offline" note goes first for a few seconds.)
  const installButton = status(page).getByRole('button', { name: 'Install' });
  await expect(installButton).toBeVisible({ timeout: 20_000 });
  expect(await axeStatus(page)).toEqual([]);
  await installButton.click();
  await expect(installButton).toBeHidden();
  expect(problems).toEqual([]);
  await ctx.close();
});

test.describe('a new deployment', () => {
  let server: { url: string; stop: () => void };
  let buildA: string;
  let buildB: string;
  // beforeAll runs once in every worker that takes a test of this block: each builds in its own directory.
  const dir = join(ROOT, 'test-results/pwa-deploy', String(process.pid));
  const live = join(dir, 'live');

  test.beforeAll(async () => {
    test.setTimeout(240_000);
    buildA = join(dir, 'a');
    deploy(join(ROOT, 'build'), buildA);
    buildB = buildVersion(`e2e-b-${Date.now()}`, join(dir, 'src-b'));
    deploy(buildA, live);
    server = await serveSwappable(live);
  });
  test.afterAll(() => server?.stop());

  /** The module scripts a page of a build preloads: different for every build. */
  const preloads = (html: string) =>
    [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => m[1]);
  /** The same, read from the page; kit adds more later, with absolute URLs, which are left out. */
  const pagePreloads = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('link[rel=modulepreload]')]
        .map((l) => l.getAttribute('href') ?? '')
        .filter((h) => h.startsWith('/')),
    );

  test('shows a prompt, never reloads by itself, and switches only when asked, keeping what was saved', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const ctx = await browser.newContext({ baseURL: server.url });
    const page = await ctx.newPage();
    const problems = watch(page, server.url);
    await page.goto('/en/');
    await waitForWorker(page);
    await page.getByLabel('Show the Arabic beside the translation').check();
    const before = await pagePreloads(page);
    expect(before).toEqual(preloads(readFileSync(join(buildA, 'en/index.html'), 'utf8')));
    // A second tab of the same app, on another page.
    const other = await ctx.newPage();
    problems.push(...watch(other, server.url));
    await other.goto('/en/about');
    await expect(status(other)).toHaveAttribute('data-worker', 'ready');

    // Deploy B; the page finds it the way it does every hour (or the browser does on a page load).
    deploy(buildB, live);
    const navigations = new Map<Page, number>([
      [page, 0],
      [other, 0],
    ]);
    for (const p of [page, other]) {
      p.on('framenavigated', (f) => {
        if (f === p.mainFrame()) navigations.set(p, navigations.get(p)! + 1);
      });
      await p.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    }
    const stillHere = (p: Page) => p.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere);
    const waiting = (p: Page) =>
      p.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const NEW = 'A new version of the app is available';
    for (const p of [page, other]) await expect(status(p)).toContainText(NEW, { timeout: 30_000 });
    expect(await axeStatus(page)).toEqual([]);
    // Nothing happens by itself: the old version keeps the pages, the new one waits.
    await page.waitForTimeout(1500);
    expect([...navigations.values()]).toEqual([0, 0]);
    expect([await stillHere(page), await stillHere(other)]).toEqual([true, true]);
    expect(await waiting(page)).toBe(true);

    // "Later" puts it off for this page; it is back on the next page load, still waiting.
    await status(page).getByRole('button', { name: 'Later' }).click();
    await expect(status(page)).not.toContainText(NEW);
    await page.reload();
    await expect(status(page)).toContainText(NEW, { timeout: 15_000 });
    expect(await pagePreloads(page)).toEqual(before);
    expect(await waiting(page)).toBe(true);

    // "Reload" lets the new version take over and reloads this tab once, into build B.
    const loaded = page.waitForEvent('load');
    await status(page).getByRole('button', { name: 'Reload' }).click();
    await loaded;
    await expect(page.locator('h1')).toContainText('51 Daesh fighters killed');
    const after = await pagePreloads(page);
    expect(after).toEqual(preloads(readFileSync(join(buildB, 'en/index.html'), 'utf8')));
    expect(after).not.toEqual(before);
    expect(await waiting(page)).toBe(false);
    await expect(status(page)).toHaveAttribute('data-worker', 'ready');
    await expect(status(page)).not.toContainText(NEW);
    // What the person had set survived the update.
    await expect(page.getByLabel('Show the Arabic beside the translation')).toBeChecked();

    // The other tab was not reloaded under its reader; it still offers the reload, which now only reloads.
    expect(navigations.get(other)).toBe(0);
    expect(await stillHere(other)).toBe(true);
    await expect(status(other)).toContainText(NEW);
    const otherLoaded = other.waitForEvent('load');
    await status(other).getByRole('button', { name: 'Reload' }).click();
    await otherLoaded;
    expect(await pagePreloads(other)).toEqual(preloads(readFileSync(join(buildB, 'en/about.html'), 'utf8')));
    await expect(status(other)).toHaveAttribute('data-worker', 'ready');
    await expect(status(other)).not.toContainText(NEW);

    // And the new version works offline.
    await ctx.setOffline(true);
    const res = await page.goto('/en/timeline');
    expect(res?.fromServiceWorker()).toBe(true);
    expect(preloads(await res!.text())).toEqual(
      preloads(readFileSync(join(buildB, 'en/timeline.html'), 'utf8')),
    );
    expect(problems).toEqual([]);
    await ctx.close();
  });

  test('mid-quiz, the prompt waits for the score screen, and the quiz survives the update', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    deploy(buildA, live);
    const ctx = await browser.newContext({ baseURL: server.url, viewport: PHONE });
    const page = await ctx.newPage();
    const problems = watch(page, server.url);
    const s = quiz.en;
    // A short quiz in progress: three questions, two answered.
    const ids = ['who-said.q-zakharova', 'who-said.q-kerry-facts', 'number.n-51'];
    await page.goto('/en/quiz');
    await waitForWorker(page);
    await page.evaluate(
      (ids) =>
        localStorage.setItem(
          'qaryatayn.quiz.session.default',
          JSON.stringify({
            v: 2,
            data: {
              config: { questionIds: ids, order: 'fixed', lang: 'en', mode: 'practice' },
              seed: 1,
              answers: [0, 1, null],
              at: 2,
              startedAt: 1,
              finishedAt: null,
            },
          }),
        ),
      ids,
    );
    await page.reload();
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    const resume = page.getByRole('button', { name: s.resume });
    if (await resume.isVisible()) await resume.click();
    await expect(page.locator('.progress .count')).toContainText('3 / 3');

    deploy(buildB, live);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(
      async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
      null,
      {
        timeout: 30_000,
      },
    );
    // A question is on screen: no prompt, and nothing reloads.
    await page.waitForTimeout(1500);
    await expect(status(page)).not.toContainText('A new version of the app is available');
    await page.locator('.option').first().click();
    await page.locator('.feedback button.next').click();
    // The score screen: now the prompt shows.
    await expect(page.locator('.summary h1')).toHaveText(s.scoreTitle);
    await expect(status(page)).toContainText('A new version of the app is available', { timeout: 15_000 });
    const loaded = page.waitForEvent('load');
    await status(page).getByRole('button', { name: 'Reload' }).click();
    await loaded;
    // Build B shows the finished quiz's attempt: nothing was lost in the update.
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    const attempts = await page.evaluate(
      () => JSON.parse(localStorage.getItem('qaryatayn.quiz.attempts')!).data,
    );
    expect(attempts).toHaveLength(1);
    expect(attempts[0].total).toBe(3);
    expect(problems).toEqual([]);
    await ctx.close();
  });
});

test.describe('offline in the middle of a quiz', () => {
  test('going offline and back mid-quiz loses no answer, even across a reload', async ({ page, context }) => {
    test.setTimeout(90_000);
    const s = quiz.en;
    await page.setViewportSize(PHONE);
    await page.goto('/en/quiz');
    await waitForWorker(page);
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: s.start }).click();
    const answer = async () => {
      const check = page.locator('button.check');
      if (await check.count()) await check.click();
      else await page.locator('.option').first().click();
      await expect(page.locator('.feedback h3')).toBeVisible();
    };
    await answer();
    await page.locator('.feedback button.next').click();

    await context.setOffline(true);
    await answer();
    const heading = await page.locator('.question h2').innerText();
    const res = await page.reload();
    expect(res?.fromServiceWorker()).toBe(true);
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await expect(page.locator('.question h2')).toHaveText(heading);
    await expect(page.locator('.progress .count')).toContainText('2 /');
    await expect(page.locator('.feedback h3')).toBeVisible();

    await context.setOffline(false);
    await page.locator('.feedback button.next').click();
    await answer();
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('qaryatayn.quiz.session.default')!).data.answers,
    );
    expect(stored.filter((a: unknown) => a !== null)).toHaveLength(3);
  });
});
