import type { Locator, Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';
import { waitForWorker } from './sw-helpers';
import { words } from '../../src/lib/i18n/strings/words';

/** The words page: its filter, its count, and the places a form stands that are on screen now. */
function wordsPage(page: Page, lang: 'ar' | 'en') {
  const filter = page.getByRole('searchbox', { name: words[lang].filterLabel });
  const count = page.locator('[data-words-count]');
  const shown = page.locator('li.place:visible');
  /** The visible place whose highlighted word is exactly `w`. */
  const place = (w: string): Locator =>
    shown.filter({ has: page.locator('mark').getByText(w, { exact: true }) });
  return { filter, count, shown, place };
}

async function countOf(count: Locator): Promise<number> {
  return Number(await count.getAttribute('data-words-count'));
}

for (const [size, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)
  for (const lang of ['ar', 'en'] as const)
    test.describe(`/${lang}/words at ${size}`, () => {
      test.use({ viewport });

      test('lists every word by root, and the filter finds a word with or without vowels, by English gloss, transliteration or root', async ({
        page,
      }) => {
        test.setTimeout(90_000);
        const { filter, count, shown, place } = wordsPage(page, lang);
        await page.goto(`/${lang}/words`);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(words[lang].title);
        await expect(count).toHaveAttribute('data-words-count', '461');
        await expect(page.getByRole('heading', { level: 2, name: words[lang].rootsTitle })).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: words[lang].rootlessTitle })).toBeVisible();
        // Rendered a few dozen at a time, then all of them.
        await expect(shown).toHaveCount(461);
        await expectNoHorizontalScroll(page);

        // Without vowels, and with them: the same word.
        await filter.fill('يصوت');
        await expect(place('يصوت')).toHaveCount(1);
        const bare = await countOf(count);
        await expect(shown).toHaveCount(bare);
        await filter.fill('يُصَوِّتَ');
        await expect(place('يصوت')).toHaveCount(1);
        await expect(count).toHaveAttribute('data-words-count', String(bare));

        // By English gloss, and by transliteration with or without its marks.
        await filter.fill('VOTE');
        await expect(place('يصوت')).toHaveCount(1);
        await expect(place('التصويت')).toHaveCount(1);
        await filter.fill('yuṣawwita');
        await expect(place('يصوت')).toHaveCount(1);
        await filter.fill('yusawwita');
        await expect(place('يصوت')).toHaveCount(1);

        // By root, typed with spaces or without: every word of the root, under its root's heading.
        await filter.fill('ص و ت');
        const root = await countOf(count);
        expect(root).toBeGreaterThanOrEqual(2);
        await expect(place('يصوت')).toHaveCount(1);
        await expect(place('التصويت')).toHaveCount(1);
        await expect(page.locator('li.group:visible h3').first()).toContainText('ص و ت');
        await filter.fill('صوت');
        await expect(count).toHaveAttribute('data-words-count', String(root));

        // The variants a learner types: tāʾ marbūṭa as hāʾ, a bare alif for أ.
        await filter.fill('مدينه');
        await expect(place('مدينة').first()).toBeVisible();
        await filter.fill('افاد');
        await expect(place('أفاد').first()).toBeVisible();

        // Nothing found: said, and nothing listed.
        await filter.fill('zzzz');
        await expect(count).toHaveText(words[lang].countNone.replace('{q}', 'zzzz'));
        await expect(shown).toHaveCount(0);
        await expect(count).toHaveAttribute('aria-live', 'polite');

        await filter.fill('');
        await expect(count).toHaveAttribute('data-words-count', '461');
        await expectNoHorizontalScroll(page);
      });
    });

for (const lang of ['ar', 'en'] as const)
  test(`/${lang}/words by keyboard alone: to the filter, a search, and a word's sentence in the reader`, async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.setViewportSize(PHONE);
    const { filter, count } = wordsPage(page, lang);
    await page.goto(`/${lang}/words`);
    await expect(count).toHaveAttribute('data-words-count', '461');
    for (let i = 0; i < 25 && !(await filter.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(filter).toBeFocused();
    await page.keyboard.type('التصويت');
    await expect(count).not.toHaveAttribute('data-words-count', '461');
    // The next stop is the first sentence found, a link to the word in the reader, its focus visible.
    await page.keyboard.press('Tab');
    const link = page.locator('a.ctx:focus');
    await expect(link).toHaveCount(1);
    await expect(link.locator('mark')).toHaveText('التصويت');
    const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    const href = await link.getAttribute('href');
    expect(href).toMatch(new RegExp(`^/${lang}/#[a-z0-9]+\\.s\\d+\\.w\\d+$`));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/${lang}/#`));
    expect(new URL(page.url()).hash).toBe(href!.slice(href!.indexOf('#')));
  });

test('the words page works offline after the first visit, in both languages', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto('/en/');
  // On a busy host the worker can take longer than waitForWorker's own wait to answer navigations.
  await expect(() => waitForWorker(page)).toPass({ timeout: 60_000 });
  await context.setOffline(true);
  for (const lang of ['ar', 'en'] as const) {
    const res = await page.goto(`/${lang}/words`);
    expect(res?.fromServiceWorker()).toBe(true);
    const { filter, count, place } = wordsPage(page, lang);
    await expect(count).toHaveAttribute('data-words-count', '461');
    await filter.fill('yusawwita');
    await expect(place('يصوت')).toHaveCount(1);
  }
  // Reached by the app's own navigation too (a client-side load of /data/words.json).
  await page.goto('/en/about');
  await page.goto('/en/words');
  await expect(wordsPage(page, 'en').count).toHaveAttribute('data-words-count', '461');
});

test.describe('when the words cannot load', () => {
  // The page's own request fails on purpose; the browser logs that.
  test.use({ serviceWorkers: 'block', allowErrors: /Failed to load resource|words\.json/ });

  test('offline before the app was saved: says so in the page’s language, and a retry loads them', async ({
    page,
  }) => {
    let fail = true;
    await page.route('**/data/words.json', (route) =>
      fail ? route.abort('internetdisconnected') : route.continue(),
    );
    await page.goto('/ar/words');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(words.ar.failedOffline);
    await expect(page.locator('[data-words-count]')).toHaveCount(0);
    fail = false;
    await alert.getByRole('button', { name: words.ar.retry }).click();
    await expect(page.locator('[data-words-count]')).toHaveAttribute('data-words-count', '461');
  });

  test('a damaged copy gives a message, not a broken page', async ({ page }) => {
    await page.route('**/data/words.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"v":1,"l":[],"s":[["h1.s1",' }),
    );
    await page.goto('/en/words');
    await expect(page.getByRole('alert')).toContainText(words.en.failedDamaged);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.title);
  });
});
