import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './fixtures';
import { describeFindings, scanTexts } from '../../scripts/convention.js';
import { quiz } from '../../src/lib/i18n/strings/quiz';
import { results } from '../../src/lib/i18n/strings/results';
import { teach } from '../../src/lib/i18n/strings/teach';

/*
 * Every Arabic screen, read as a student or a teacher sees it, writes numbers and dates as the article
 * does: Western digits and «مايو», «أغسطس», never Arabic-Indic digits or «آب», «أيار» (the unit and
 * build scans check the data; this checks what the browser shows, the numbers written on the phone
 * included). The article's own words are left alone.
 */

const ARTICLE = readFileSync(new URL('../../src/lib/content/seed/article-ar.txt', import.meta.url), 'utf8');

/** Expects the page's visible text, titles and labels to keep the article's digits and month names. */
async function expectArticleNumbers(page: Page, where: string) {
  const texts = await page.evaluate(() => {
    const out: string[] = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const a of ['aria-label', 'title', 'alt', 'placeholder'])
        if (el.hasAttribute(a)) out.push(el.getAttribute(a)!);
    return out;
  });
  expect(texts.join('').length, `${where}: the page has text`).toBeGreaterThan(100);
  const found = scanTexts(
    texts.map((t): [string, string] => [where, t]),
    ARTICLE,
  );
  expect(found, describeFindings(found)).toEqual([]);
}

test.describe('Arabic screens write numbers and dates as the article does', () => {
  test.beforeEach(async ({ page }) => {
    await page.setViewportSize(PHONE);
  });

  test('/ar/: the reader, the publication date, a marked word’s card and its sheet', async ({ page }) => {
    await page.goto('/ar/');
    await expectArticleNumbers(page, '/ar/');
    for (const id of ['t-yesterday', 'n-48', 'isis']) {
      await page.locator(`[data-entity="${id}"]`).first().click();
      // A tap on an Arabic word opens the word's card; its button opens the named thing's sheet.
      const word = page.locator('dialog#word');
      await expect(word).toBeVisible();
      await expectArticleNumbers(page, `/ar/ ${id} word card`);
      await word.getByRole('button', { name: /المزيد عن/ }).click();
      await expect(word).toBeHidden();
      const sheet = page.locator('dialog#entity');
      await expect(sheet).toBeVisible();
      await expectArticleNumbers(page, `/ar/ ${id}`);
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
    }
  });

  test('/ar/timeline: the chart, the list and the coalition strikes’ card', async ({ page }) => {
    await page.goto('/ar/timeline');
    // Every event's label and the axis's ticks, drawn.
    await expect(page.locator('.tl .viewport .label')).toHaveCount(8);
    await expect(page.locator('.tl .viewport .axis-label.tick')).not.toHaveCount(0);
    await expectArticleNumbers(page, '/ar/timeline');
    await page.goto('/ar/timeline#coalition-strikes');
    const card = page.locator('dialog#event-card');
    await expect(card).toContainText('5–7 أغسطس 2015');
    await expectArticleNumbers(page, '/ar/timeline#coalition-strikes');
  });

  test('/ar/map: the map, its list and Palmyra’s card', async ({ page }) => {
    await page.goto('/ar/map#palmyra');
    const card = page.locator('#place-card');
    await expect(card).toContainText('سيطر عليها التنظيم في 21 مايو');
    await expect(card).toContainText('على بعد نحو 101 كيلومتر من القريتين');
    await expectArticleNumbers(page, '/ar/map#palmyra');
  });

  test('/ar/quiz: the start page, a question and its feedback, the score', async ({ page }) => {
    const s = quiz.ar;
    await page.goto('/ar/quiz');
    await expect(page.getByRole('button', { name: s.start })).toBeVisible();
    await expectArticleNumbers(page, '/ar/quiz start');
    await page.getByRole('button', { name: s.start }).click();
    await expect(page.locator('.progress .count')).toHaveText(/^1 \/ \d+$/);
    await expectArticleNumbers(page, '/ar/quiz question');
    const check = page.locator('button.check');
    if (await check.count()) await check.click();
    else await page.locator('.option').first().click();
    await expect(page.locator('.feedback')).toBeVisible();
    await expectArticleNumbers(page, '/ar/quiz feedback');
  });

  test('/ar/teach → a student → /ar/results: counts, minutes and scores', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/ar/teach');
    await page.getByRole('button', { name: teach.ar.clear }).click();
    await page.locator('[data-random-count]').fill('3');
    await page.locator('[data-pick-random]').click();
    await expect(page.locator('[data-selected-count]')).toHaveAttribute('data-selected-count', '3');
    await page.locator('[data-title]').fill('اختبار القريتين');
    const link = await page.locator('[data-share-url]').inputValue();
    await expect(page.locator('.share')).toContainText(/\d+ (حرفاً|أحرف|حرف) بعد اسم الموقع/);
    await expectArticleNumbers(page, '/ar/teach');

    // A student takes it on this device (another tab), and sends the result link back.
    const student = await page.context().newPage();
    await student.goto(link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(student.locator('.quiz[data-ready="true"]')).toBeVisible();
    await expect(student.locator('.setup')).toContainText('3 أسئلة');
    await student.getByRole('button', { name: quiz.ar.start }).click();
    for (let i = 1; i <= 3; i++) {
      await expect(student.locator('.progress .count')).toHaveText(`${i} / 3`);
      const check = student.locator('button.check');
      if (await check.count()) await check.click();
      else await student.locator('.option').first().click();
      await student.locator('.feedback button.next').click();
    }
    await expect(student.locator('.summary h1')).toHaveText(quiz.ar.scoreTitle);
    await expectArticleNumbers(student, '/ar/quiz score');
    const result = await student.locator('.send [data-share-url]').inputValue();
    await student.close();

    await page.goto(result.replace(/^https?:\/\/[^/]+/, ''));
    await expect(page.locator('section.quiz tbody tr')).toHaveCount(1);
    const meta = page.locator('section.quiz .meta');
    await expect(meta).toContainText('3 أسئلة');
    await expect(meta).toContainText('طالب واحد');
    await expect(page.locator('section.quiz tbody td').nth(1)).toHaveText('دقيقة واحدة');
    await expect(page.locator('figure.chart li').first()).toContainText('من أصل طالب واحد');
    await expect(page.locator('h1')).toHaveText(results.ar.title);
    await expectArticleNumbers(page, '/ar/results');
  });

  test('/ar/about: the publication date, the sources and what is kept', async ({ page }) => {
    await page.goto('/ar/about');
    await expect(page.locator('main')).toContainText('7 أغسطس 2015');
    await expectArticleNumbers(page, '/ar/about');
  });
});
