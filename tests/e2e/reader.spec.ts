import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';
import { article } from '../../src/lib/content/article';

test.describe('the reader', () => {
  test('/ar/ is right to left, with the whole article in Arabic and glosses a tap away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/ar/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('h1')).toContainText('مقتل 51 داعشياً');
    await expect(page.locator('[id="p8.s3"]')).toContainText('21 مايو');
    // In Arabic a tap on a word opens the word; the sentence's translation is the button after it.
    const s = page.locator('[id="p3.s1"] + button.tr');
    await expect(s).toHaveAttribute('aria-expanded', 'false');
    await s.click();
    await expect(s).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('.gloss[lang="en"]')).toContainText('The UN Security Council may vote today');
    await s.click();
    await expect(page.locator('.gloss')).toHaveCount(0);
    await expectNoHorizontalScroll(page);
  });

  test('each Arabic sentence reads and copies as the article’s exact text, no word cut by a mark', async ({
    page,
  }) => {
    await page.goto('/ar/');
    const shown = await page.evaluate(() => {
      // A letter, mark, tatweel or digit: the characters of a word (as tokenize() counts them).
      // eslint-disable-next-line no-misleading-character-class
      const inWord = /[\u0621-\u064A\u0640\u064B-\u0652\u0670\u0660-\u06690-9]/;
      return [...document.querySelectorAll<HTMLElement>('.sent')].map((el) => {
        const text = el.textContent ?? '';
        const cuts: string[] = [];
        for (const mark of el.querySelectorAll('.ent')) {
          const range = document.createRange();
          range.setStart(el, 0);
          range.setEndBefore(mark);
          const at = range.toString().length;
          const end = at + (mark.textContent ?? '').length;
          if (inWord.test(text[at - 1] ?? '') && inWord.test(text[at] ?? ''))
            cuts.push(`|${mark.textContent}`);
          if (inWord.test(text[end - 1] ?? '') && inWord.test(text[end] ?? ''))
            cuts.push(`${mark.textContent}|`);
        }
        return { id: el.id, text, cuts };
      });
    });
    const want = article.blocks.flatMap((b) => b.sentences).map((s) => ({ id: s.id, text: s.ar, cuts: [] }));
    expect(shown).toEqual(want);
    // «بحمص» is marked whole (WebKit does not join letters across an element's edge).
    await expect(page.locator('[id="h1.s2"] [data-entity="homs"]')).toHaveText('بحمص');
  });

  test('Enter on a sentence’s translation button opens its gloss', async ({ page }) => {
    await page.goto('/ar/');
    await page.locator('[id="p5.s3"] + button.tr').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.gloss')).toContainText('more than 230,000 people');
  });

  test('/en/ shows the translation first and the Arabic a tap away', async ({ page }) => {
    await page.goto('/en/');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.locator('h1')).toContainText('51 Daesh fighters killed');
    await page.locator('[id="p2.s1"]').click();
    await expect(page.locator('.gloss[lang="ar"]')).toContainText('غداة لقاء مع لافروف');
  });

  test('a marked word explains itself: «أمس» is 6 August here', async ({ page }) => {
    await page.goto('/ar/');
    // The word's card says what it names, and opens the named thing's own card.
    await page.locator('[data-entity="t-yesterday"]').click();
    const word = page.locator('dialog#word');
    await expect(word).toContainText('أَمْسِ');
    await word.getByRole('button', { name: /المزيد عن/ }).click();
    await expect(word).toBeHidden();
    const sheet = page.locator('dialog#entity');
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('6 أغسطس 2015');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('a card’s outside sources are listed with the language’s comma and a space', async ({ page }) => {
    for (const [lang, re] of [
      ['ar', /^\s*المصادر:\s*AFP via El Khabar، SOHR$/],
      ['en', /^\s*Sources:\s*AFP via El Khabar, SOHR$/],
    ] as const) {
      await page.goto(`/${lang}/`);
      await page.locator('[data-entity="qaryatayn"]').first().click();
      // In Arabic the tap opens the word's card first, which opens the named thing's own card.
      if (lang === 'ar')
        await page
          .locator('dialog#word')
          .getByRole('button', { name: /المزيد عن/ })
          .click();
      const sheet = page.locator('dialog#entity');
      await expect(sheet.locator('section.outside p').last()).toHaveText(re);
    }
  });

  test('Lavrov explains himself in English, and the card links back to his sentences', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[id="p1.s1"] [data-entity="lavrov"]').click();
    const sheet = page.locator('dialog#entity');
    await expect(sheet).toContainText('Russian foreign minister');
    await sheet.getByRole('button', { name: 'Paragraph 2' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.locator('[id="p2.s1"]')).toHaveClass(/highlighted/);
  });

  test('the translation switch shows both languages side by side on wide screens', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/ar/');
    await page.getByLabel('اعرض الترجمة كاملة').check();
    const pair = page.locator('.pair').nth(5);
    const [a, b] = await Promise.all([
      pair.locator('.primary').boundingBox(),
      pair.locator('.secondary').boundingBox(),
    ]);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(5);
    // Remembered across reloads.
    await page.reload();
    await expect(page.getByLabel('اعرض الترجمة كاملة')).toBeChecked();
  });

  test('a sentence deep link opens the reader scrolled there, highlighted', async ({ page }) => {
    await page.goto('/en/#p8.s3');
    const s = page.locator('[id="p8.s3"]');
    await expect(s).toHaveClass(/highlighted/);
    await expect(s).toBeInViewport();
  });
});

test.describe('the shell', () => {
  test('/ sends a visitor with an English browser to /en/', async ({ browser }) => {
    const ctx = await browser.newContext({ locale: 'en-US' });
    const page = await ctx.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await ctx.close();
  });

  test('/ sends everyone else to Arabic, and the saved language wins', async ({ browser }) => {
    const ctx = await browser.newContext({ locale: 'fr-FR' });
    const page = await ctx.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ar\/$/);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await ctx.close();
  });

  for (const lang of ['ar', 'en'] as const)
    for (const path of ['', 'timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'])
      test(`/${lang}/${path} is prerendered with lang and dir, and fits 320 px`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        const res = await page.goto(`/${lang}/${path}`);
        expect(res?.status()).toBe(200);
        const html = await res!.text();
        expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
        await expectNoHorizontalScroll(page);
      });

  test('phones get a bottom tab bar with a More sheet; wide screens a top bar', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    const tabs = page.locator('nav.tabbar');
    await expect(tabs).toBeVisible();
    await tabs.getByRole('button', { name: 'More' }).click();
    await page.locator('dialog#more').getByRole('link', { name: 'About' }).click();
    await expect(page).toHaveURL(/\/en\/about$/);
    await page.setViewportSize(DESKTOP);
    await expect(tabs).toBeHidden();
    await expect(page.locator('nav.wide-nav')).toBeVisible();
  });

  test('tap targets in the navigation are at least 44 px', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/ar/');
    for (const el of await page.locator('nav.tabbar a, nav.tabbar button, header.top .btn').all()) {
      const box = (await el.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
  });

  test('dark theme is switchable and remembered, without a flash on reload', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('dialog#settings').getByText('Dark').click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.reload({ waitUntil: 'commit' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(22, 19, 15)');
  });

  test('the text-size control scales the text and is remembered', async ({ page }) => {
    await page.goto('/en/');
    const before = await page
      .locator('[id="p1.s1"]')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.keyboard.press('Escape');
    const after = await page
      .locator('[id="p1.s1"]')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(after).toBeGreaterThan(before * 1.2);
    await page.reload();
    const again = await page
      .locator('[id="p1.s1"]')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(again).toBeCloseTo(after, 1);
  });

  test('the Arabic text uses the bundled Noto Naskh Arabic font', async ({ page }) => {
    await page.goto('/ar/');
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() =>
      [...document.fonts].some((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded'),
    );
    expect(loaded).toBe(true);
  });

  test.describe(() => {
    test.use({ allowErrors: /status of 404|Not found: \/en\/nowhere/ });
    test('an unknown page says so in its language', async ({ page }) => {
      const res = await page.goto('/en/nowhere');
      expect(res?.status()).toBe(404);
      await expect(page.locator('h1')).toHaveText('Page not found');
    });
  });
});
