import type { Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';
import { quiz } from '../../src/lib/i18n/strings/quiz';

const KEY = 'qaryatayn.quiz.session.default';
const LANGS = ['ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Digits as the UI shows them: the article's own, in both languages. */
function digits(n: number, _lang: Lang): string {
  return String(n);
}

/** Opens the quiz page with this stored session (a fixed list of questions), as if left mid-quiz. */
async function withSession(
  page: Page,
  lang: Lang,
  ids: string[],
  over: Record<string, unknown> = {},
  mode: 'practice' | 'exam' = 'practice',
) {
  const data = {
    config: { questionIds: ids, order: 'fixed', lang, mode },
    seed: 12345,
    answers: ids.map(() => null),
    at: 0,
    startedAt: 1,
    finishedAt: null,
    ...over,
  };
  await page.goto(`/${lang}/quiz`);
  // Once the page's quiz is there, so it does not read what is written next before the reload.
  await ready(page);
  await page.evaluate(
    ([k, d]) => localStorage.setItem(k as string, JSON.stringify({ v: 2, data: d })),
    [KEY, data],
  );
  await page.reload();
  await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
}

async function ready(page: Page) {
  await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
}

/** Starts a quiz from the start page. */
async function start(page: Page, lang: Lang, opts: { exam?: boolean; short?: boolean } = {}) {
  const s = quiz[lang];
  await page.goto(`/${lang}/quiz`);
  await ready(page);
  if (opts.exam) await page.getByRole('radio', { name: s.modeExam }).check();
  if (opts.short) await page.getByRole('radio', { name: new RegExp(s.lengthShort) }).check();
  await page.getByRole('button', { name: s.start }).click();
  await expect(page.locator('.question h2')).toBeFocused();
}

/** Answers the question on screen: the first option shown, or the order as it stands. */
async function answerFirst(page: Page) {
  const check = page.locator('button.check');
  if (await check.count()) await check.click();
  else await page.locator('.option').first().click();
}

test.describe('the quiz', () => {
  for (const lang of LANGS) {
    test(`/${lang}/quiz: take a whole quiz, learning from each answer, to the score`, async ({ page }) => {
      test.setTimeout(120_000);
      const s = quiz[lang];
      await page.setViewportSize(PHONE);
      await start(page, lang);
      const total = Number((await page.locator('.progress .count').innerText()).split('/')[1].trim());
      expect(total).toBeGreaterThanOrEqual(30);
      let correct = 0;
      for (let i = 0; i < total; i++) {
        await expect(page.locator('.progress .count')).toHaveText(
          `${digits(i + 1, lang)} / ${digits(total, lang)}`,
        );
        if (lang === 'ar') {
          await expect(page.locator('.question h2')).toHaveAttribute('lang', 'ar');
          await expect(page.locator('.question h2')).toHaveClass(/ar-text/);
        }
        await answerFirst(page);
        const verdict = page.locator('.feedback h3');
        await expect(verdict).toBeFocused();
        const text = await verdict.innerText();
        if (text.includes(s.correct)) correct++;
        else expect(text).toContain(s.incorrect);
        // Screen readers hear the verdict; the source sentence links to the reader.
        await expect(page.locator('[aria-live="polite"][aria-atomic="true"]')).not.toBeEmpty();
        const link = page.locator('.feedback .source a').first();
        await expect(link).toHaveAttribute('href', new RegExp(`^/${lang}/#(h1|h2|c|p[1-8])\\.s\\d$`));
        if (i % 12 === 0) await expectNoHorizontalScroll(page);
        await page.locator('.feedback button.next').click();
        if (i < total - 1) await expect(page.locator('.question h2')).toBeFocused();
      }
      await expect(page.locator('.summary h1')).toHaveText(s.scoreTitle);
      await expect(page.locator('.summary .num')).toHaveText(digits(correct, lang));
      await expect(page.locator('.review li.item')).toHaveCount(total);
      await expectNoHorizontalScroll(page);
      // The attempt is listed on the start page.
      await page.getByRole('button', { name: s.newQuiz }).click();
      await expect(page.locator('.attempts li')).toHaveCount(1);
      await expect(page.locator('.attempts li .score')).toContainText(
        `${digits(correct, lang)} ${lang === 'ar' ? 'من' : 'of'} ${digits(total, lang)}`,
      );
    });

    test(`/${lang}/quiz: a reload mid-quiz resumes at the same question with the same answers`, async ({
      page,
    }) => {
      const s = quiz[lang];
      await page.setViewportSize(PHONE);
      await start(page, lang);
      for (let i = 0; i < 3; i++) {
        await answerFirst(page);
        await page.locator('.feedback button.next').click();
      }
      // Answer the fourth and reload before going on.
      const heading = await page.locator('.question h2').innerText();
      await answerFirst(page);
      const verdict = await page.locator('.feedback h3').innerText();
      await page.reload();
      await ready(page);
      await expect(page.locator('.question h2')).toHaveText(heading);
      await expect(page.locator('.progress .count')).toContainText(`${digits(4, lang)} /`);
      await expect(page.locator('.feedback h3')).toHaveText(verdict);
      const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data, KEY);
      expect(stored.answers.filter((a: unknown) => a !== null)).toHaveLength(4);
      // And it goes on from there.
      await page.locator('.feedback button.next').click();
      await expect(page.locator('.progress .count')).toContainText(`${digits(5, lang)} /`);
      // Pausing and coming back also keeps the place.
      const pause = page.getByRole('button', { name: s.pause });
      await expect(pause).toHaveText(s.pause);
      // (Its word is drawn: a global class of the same name once shrank it to nothing.)
      const word = await pause.evaluate((e) => {
        const range = document.createRange();
        range.selectNodeContents(e);
        return range.getBoundingClientRect().width;
      });
      expect(word).toBeGreaterThan(20);
      await pause.click();
      await expect(page.getByRole('heading', { name: s.resumeTitle })).toBeVisible();
      await expect(page.getByRole('button', { name: s.resume })).toBeFocused();
      await page.getByRole('button', { name: s.resume }).click();
      await expect(page.locator('.progress .count')).toContainText(`${digits(5, lang)} /`);
    });

    test(`/${lang}/quiz: retry the ones I missed`, async ({ page }) => {
      test.setTimeout(60_000);
      const s = quiz[lang];
      await page.setViewportSize(PHONE);
      await start(page, lang, { short: true });
      let wrong = 0;
      for (let i = 0; i < 10; i++) {
        await answerFirst(page);
        if ((await page.locator('.feedback h3').innerText()).includes(s.incorrect)) wrong++;
        await page.locator('.feedback button.next').click();
      }
      await expect(page.locator('.summary .num')).toHaveText(digits(10 - wrong, lang));
      test.skip(wrong === 0, 'every first option happened to be right');
      await page.getByRole('button', { name: s.retryMissed.replace('{n}', digits(wrong, lang)) }).click();
      await expect(page.locator('.progress .count')).toHaveText(
        `${digits(1, lang)} / ${digits(wrong, lang)}`,
      );
      for (let i = 0; i < wrong; i++) {
        await answerFirst(page);
        await page.locator('.feedback button.next').click();
      }
      await expect(page.locator('.review li.item')).toHaveCount(wrong);
      await page.getByRole('button', { name: s.newQuiz }).click();
      await expect(page.locator('.attempts li')).toHaveCount(2);
      await expect(page.locator('.attempts li').first()).toContainText(s.tagRetry);
    });

    test(`/${lang}/quiz: exam mode gives feedback only at the end`, async ({ page }) => {
      test.setTimeout(60_000);
      const s = quiz[lang];
      await page.setViewportSize(PHONE);
      await start(page, lang, { exam: true, short: true });
      for (let i = 0; i < 10; i++) {
        await answerFirst(page);
        await expect(page.locator('.feedback h3')).toHaveText(s.saved);
        await expect(page.locator('.feedback h3')).toBeFocused();
        await expect(
          page.locator('.option.right, .option.wrong, .order .row.ok, .order .row.bad'),
        ).toHaveCount(0);
        await expect(page.locator('.feedback .source')).toHaveCount(0);
        await page.locator('.feedback button.next').click();
      }
      await expect(page.locator('.summary h1')).toHaveText(s.scoreTitle);
      await expect(page.locator('.review li.item')).toHaveCount(10);
      const first = page.locator('.review li.item').first();
      await first.locator('summary').first().click();
      await expect(first.locator('.source').first()).toBeVisible();
    });

    test(`/${lang}/quiz: corrupt stored progress is set aside with a message, not a crash`, async ({
      page,
    }) => {
      const s = quiz[lang];
      await page.goto(`/${lang}/quiz`);
      // Once the page's quiz is there, so it does not read what is written next before the reload.
      await ready(page);
      await page.evaluate((k) => localStorage.setItem(k, '{"v":2,"data":{"config":'), KEY);
      await page.reload();
      await ready(page);
      await expect(page.locator('[data-notice="setAside"]')).toHaveText(s.setAside);
      const backup = await page.evaluate((k) => localStorage.getItem(`${k}.set-aside`), KEY);
      expect(backup).toBe('{"v":2,"data":{"config":');
      // The quiz still works.
      await page.getByRole('button', { name: s.start }).click();
      await expect(page.locator('.question h2')).toBeFocused();
    });
  }

  test('a stored session from an older version (v1) is migrated and resumes', async ({ page }) => {
    await page.goto('/en/quiz');
    // Once the page's quiz is there, so it does not read what is written next before the reload.
    await ready(page);
    await page.evaluate((k) => {
      const ids = ['place.road', 'truefalse.vote-done', 'order.events'];
      const v1 = {
        ids,
        seed: 5,
        lang: 'en',
        answers: { 'place.road': 0 },
        current: 1,
        started: '2025-01-01T00:00:00Z',
      };
      localStorage.setItem(k, JSON.stringify({ v: 1, data: v1 }));
    }, KEY);
    await page.reload();
    await ready(page);
    await expect(page.locator('.progress .count')).toHaveText('2 / 3');
    await expect(page.locator('.passage.statement')).toContainText('already voted');
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY);
    expect(stored.v).toBe(2);
  });

  test('a double tap records one answer', async ({ page }) => {
    await withSession(page, 'en', ['place.road', 'place.meeting']);
    const options = page.locator('.option');
    await options.nth(0).dblclick();
    await options.nth(1).click({ force: true });
    await expect(page.locator('.option.chosen')).toHaveCount(1);
    const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!).data.answers, KEY);
    const first = await options.nth(0).getAttribute('data-value');
    expect(stored).toEqual([Number(first), null]);
  });

  test('after an answer, each option says aloud whether it was yours and whether it was right', async ({
    page,
  }) => {
    const option = (v: number) => page.locator(`.option[data-value="${v}"]`);
    // place.road: option 0 is right. Answered right, then wrong.
    await withSession(page, 'en', ['place.road'], { answers: [0] });
    await expect(option(0)).toHaveAccessibleName(/\(your answer, the right answer\)$/);
    await withSession(page, 'en', ['place.road'], { answers: [1] });
    await expect(option(1)).toHaveAccessibleName(/\(your answer\)$/);
    await expect(option(0)).toHaveAccessibleName(/\(the right answer\)$/);
    await withSession(page, 'ar', ['place.road'], { answers: [0] });
    await expect(option(0)).toHaveAccessibleName(/\(إجابتك، الجواب الصحيح\)$/);
  });

  test('the order question works by tapping in order', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await withSession(page, 'en', ['order.events', 'place.road']);
    for (const title of [
      'The group seizes Palmyra',
      'Kerry meets Lavrov in Malaysia',
      'Kerry announces the agreement with Russia',
    ])
      await page.locator('.order .row .pick', { hasText: title }).click();
    await expect(page.locator('.order .row .label')).toHaveText([
      'The group seizes Palmyra',
      'Kerry meets Lavrov in Malaysia',
      'Kerry announces the agreement with Russia',
      'The Security Council may vote “today”',
    ]);
    await page.locator('button.check').click();
    await expect(page.locator('.feedback h3')).toHaveText('Correct');
    await expect(page.locator('.order .row.ok')).toHaveCount(4);
  });

  test('the order question works by keyboard: move up and down keep focus and announce', async ({ page }) => {
    await withSession(page, 'en', ['order.events']);
    const labels = page.locator('.order .row .label');
    const before = await labels.allInnerTexts();
    const up = page.getByRole('button', { name: `Move “${before[2]}” up` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect(labels.nth(1)).toHaveText(before[2]);
    await expect(page.getByRole('button', { name: `Move “${before[2]}” up` })).toBeFocused();
    await expect(page.locator('.order ~ [aria-live="polite"]')).toHaveText(
      `“${before[2]}” is now number 2 of 4.`,
    );
    await page.keyboard.press('Space');
    await expect(labels.nth(0)).toHaveText(before[2]);
    // Tab reaches "check" and Enter answers.
    await page.locator('button.check').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback h3')).toBeFocused();
  });

  test('the order question works by dragging the handle', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await withSession(page, 'ar', ['order.events']);
    const labels = page.locator('.order .row .label');
    const before = await labels.allInnerTexts();
    const handle = (await page.locator('.order .row .handle').nth(3).boundingBox())!;
    const top = (await page.locator('.order .row').nth(0).boundingBox())!;
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    for (let y = handle.y; y > top.y; y -= 12) await page.mouse.move(handle.x + handle.width / 2, y);
    await page.mouse.move(handle.x + handle.width / 2, top.y + 2);
    await page.mouse.up();
    await expect(labels.nth(0)).toHaveText(before[3]);
    await expect(labels).toHaveCount(4);
  });

  test('keyboard alone: start, answer and go on', async ({ page }) => {
    const s = quiz.en;
    await page.goto('/en/quiz');
    await ready(page);
    await page.getByRole('button', { name: s.start }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.question h2')).toBeFocused();
    // Tab to the first answer (past "Pause" is before the heading, so the next stops are the answers).
    const firstAnswer = page.locator('.option, .order .row .pick').first();
    for (let i = 0; i < 6 && !(await firstAnswer.evaluate((e) => e === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(firstAnswer).toBeFocused();
    if (await page.locator('button.check').count()) await page.locator('button.check').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback h3')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.locator('.feedback button.next')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('.question h2')).toBeFocused();
    await expect(page.locator('.progress .count')).toContainText('2 /');
  });

  test('English questions quote the article in Arabic, marked as Arabic', async ({ page }) => {
    await withSession(page, 'en', ['who-said.q-zakharova', 'fill.yesterday'], { answers: [0, null] });
    await expect(page.locator('.passage blockquote[lang="ar"]')).toContainText('كل ما يمكنني قوله');
    await expect(page.locator('.feedback .source blockquote[lang="ar"]')).toContainText('ماريا زاخاروفا');
    await expect(page.locator('.feedback .source .translation')).toContainText('Maria Zakharova added');
    await page.locator('.feedback button.next').click();
    await expect(page.locator('.passage.gap')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('.option .text[lang="ar"]')).toHaveCount(4);
  });

  test('numbers and dates in options are written as the article writes them', async ({ page }) => {
    await withSession(page, 'ar', ['relative-date.unsc-vote', 'number.n-230000']);
    await expect(page.locator('.option .text')).toHaveText(['21 مايو', '5 أغسطس', '6 أغسطس', '7 أغسطس']);
    await page.locator('.option').first().click();
    await page.locator('.feedback button.next').click();
    // «230» is the digits as printed, without «ألف»: the slip a reader of the Arabic could make.
    await expect(page.locator('.option .text')).toHaveText(['48', '51', '230', '230,000']);
  });

  test('the source link opens the reader at the sentence; coming back resumes the question', async ({
    page,
  }) => {
    await withSession(page, 'en', ['who-said.q-zakharova', 'place.road'], { answers: [1, null] });
    await page.locator('.feedback .source a').first().click();
    await expect(page).toHaveURL(/\/en\/#p7\.s3$/);
    await expect(page.locator('[id="p7.s3"]')).toHaveClass(/highlighted/);
    await page.goBack();
    await ready(page);
    await expect(page.locator('.feedback h3')).toHaveText('Not quite');
  });

  test('answers, moves and the next button are big tap targets; nothing scrolls sideways at 320 px', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await withSession(page, 'ar', ['order.claims', 'inference.why-blame-regime']);
    await expectNoHorizontalScroll(page);
    for (const el of await page.locator('.order .row .pick, .order .row .move, button.check').all()) {
      const box = (await el.boundingBox())!;
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    await page.locator('button.check').click();
    await expectNoHorizontalScroll(page);
    await page.locator('.feedback button.next').click();
    for (const el of await page.locator('.option').all())
      expect((await el.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.locator('.option').first().click();
    expect((await page.locator('.feedback button.next').boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await expectNoHorizontalScroll(page);
    await page.locator('.feedback button.next').click();
    await expect(page.locator('.summary')).toBeVisible();
    await expectNoHorizontalScroll(page);
  });

  test('the start page fits a desktop and lists past attempts with their date', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/en/quiz');
    // Once the page's quiz is there, so it does not read what is written next before the reload.
    await ready(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'qaryatayn.quiz.attempts',
        JSON.stringify({
          v: 1,
          data: [
            { at: Date.UTC(2025, 2, 3, 12), correct: 30, total: 48, mode: 'exam', lang: 'en', retry: false },
          ],
        }),
      ),
    );
    await page.reload();
    await ready(page);
    await expect(page.locator('.attempts li')).toContainText('30 of 48');
    await expect(page.locator('.attempts li')).toContainText('Mar 2025');
    await expect(page.locator('.attempts li')).toContainText('63%');
  });
});
