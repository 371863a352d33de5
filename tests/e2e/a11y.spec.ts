import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP } from './fixtures';

const PAGES = ['', 'timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'];

/** axe's findings on the page as it is now (WCAG 2.2 A/AA and best practices), one line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

for (const scheme of ['light', 'dark'] as const)
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)
    test.describe(`axe, ${scheme}, ${size}`, () => {
      test.use({ colorScheme: scheme, viewport });
      for (const lang of ['ar', 'en'] as const)
        for (const path of PAGES)
          // One test a page: axe over the words page's 461 places alone takes tens of seconds on a
          // loaded host, more than a whole language's pages once had together.
          test(`/${lang}/${path} has no violations`, async ({ page }) => {
            // axe read the words page in 47–100 s on a host loaded twentyfold (about 10 s idle).
            test.setTimeout(path === 'words' ? 240_000 : 120_000);
            await page.goto(`/${lang}/${path}`);
            await page.waitForLoadState('networkidle');
            // The words page renders its list a few dozen places a task: axe reads all of it.
            if (path === 'words') await expect(page.locator('li.place')).toHaveCount(461);
            const found = await violations(page);
            expect(found, found.join('\n')).toEqual([]);
          });
    });

test.describe('axe in the interesting states', () => {
  test('the reader with a gloss and an entity card open', async ({ page }) => {
    await page.goto('/ar/');
    await page.locator('[id="p2.s1"] + button.tr').click();
    await page.locator('[id="p2.s1"] [data-entity="lavrov"]').click();
    await page
      .locator('dialog#word')
      .getByRole('button', { name: /المزيد عن/ })
      .click();
    await expect(page.locator('dialog#entity')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  for (const lang of ['ar', 'en'] as const)
    test(`the reader in ${lang} with the vowels on, a sentence's words entered and a word card open`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.goto(`/${lang}/`);
      await page.evaluate(() =>
        localStorage.setItem('qaryatayn.prefs', JSON.stringify({ v: 1, data: { vowels: true } })),
      );
      await page.reload();
      // On the English page the Arabic is under its sentence.
      if (lang === 'en') await page.locator('[id="p2.s1"]').click();
      const zone = page.locator('.wz[data-s="p2.s1"]');
      await expect(zone).toContainText('قَالَ');
      // The sentence at the top of the screen, as a reader has it: the card (not modal: axe sees the
      // page behind it) then covers nothing the page needs scrolled, and no control sits half under the
      // sticky top bar (axe counts a target the bar partly covers as too small).
      await zone.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await zone.focus();
      await page.keyboard.press('Enter');
      await expect(zone.locator('.w[role="button"]').first()).toBeFocused();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.locator('dialog#word .word')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

  test('the settings sheet', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await expect(page.locator('dialog#settings')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('keyboard and focus', () => {
  test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
    await page.goto('/en/about');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('text scales to 200 % without sideways scrolling on a phone', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    await page.evaluate(() =>
      localStorage.setItem('qaryatayn.prefs', JSON.stringify({ v: 1, data: { textScale: 2 } })),
    );
    for (const path of PAGES) {
      await page.goto(`/ar/${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `/ar/${path}`).toBeLessThanOrEqual(0);
    }
  });
});
