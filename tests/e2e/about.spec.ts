import { test, expect, PHONE } from './fixtures';

test.describe('About & privacy', () => {
  test('lists what is kept on the device and erases it after a confirmation', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.locator('dialog#settings').getByText('Dark').click();
    await page.keyboard.press('Escape');
    await page.goto('/en/about');
    // The first visit's offline copy finishes (its one-time note is remembered) before the erase, so
    // nothing the app writes afterwards is mistaken for something the erase missed.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('qaryatayn.pwa')), { timeout: 30_000 })
      .toContain('offlineReadyNoted');
    await page.reload();
    await expect(page.locator('.kept')).toContainText('qaryatayn.pwa');
    await expect(page.locator('.kept')).toContainText('qaryatayn.prefs');
    await expect(page.locator('.kept')).toContainText('Your settings');

    await page.getByRole('button', { name: 'Erase everything stored' }).click();
    const dialog = page.locator('dialog#erase');
    await expect(dialog).toContainText('cannot be undone');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.evaluate(() => localStorage.getItem('qaryatayn.prefs'))).not.toBeNull();

    await page.getByRole('button', { name: 'Erase everything stored' }).click();
    await dialog.getByRole('button', { name: 'Yes, erase everything' }).click();
    await expect(page.locator('main').getByRole('status')).toContainText('has been erased');
    await expect(page.getByText('Nothing is stored right now.')).toBeVisible();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('qaryatayn.'))),
    ).toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');
  });

  test('credits the article’s source and the facts’ sources, in Arabic too', async ({ page }) => {
    await page.goto('/ar/about');
    await expect(page.locator('h1')).toHaveText('حول التطبيق والخصوصية');
    await expect(page.locator('main')).toContainText('الإمارات اليوم');
    await expect(page.getByRole('link', { name: /SC\/12001/ })).toHaveAttribute('href', /press\.un\.org/);
  });
});
