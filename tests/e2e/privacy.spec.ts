import { test, expect, PHONE } from './fixtures';
import { quiz } from '../../src/lib/i18n/strings/quiz';

test.describe('privacy', () => {
  test('a whole session stays on the origin: no request elsewhere, no cookies', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize(PHONE);
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));

    await page.goto('/');
    await page.goto('/ar/');
    await page.locator('[id="p1.s1"] + button.tr').click();
    // A word's card: the word layer and the card load, from this origin too.
    await page.locator('[data-entity="kerry"] .w').first().click();
    await expect(page.locator('dialog#word .word')).toBeVisible();
    await page.keyboard.press('Escape');
    await page.goto('/ar/timeline');
    await page.goto('/en/map#palmyra');
    await page.goto('/en/quiz');
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: quiz.en.start }).click();
    await page.locator('.option, button.check').first().click();
    await page.goto('/en/teach');
    await page.goto('/en/results');
    await page.goto('/en/about');
    await page.waitForLoadState('networkidle');

    const origin = new URL(baseURL!).origin;
    const elsewhere = requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u));
    expect(elsewhere).toEqual([]);
    expect(requests.length).toBeGreaterThan(10);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });
});
