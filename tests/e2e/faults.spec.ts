import type { Page } from '@playwright/test';
import { test, expect, PHONE, expectNoHorizontalScroll } from './fixtures';
import { quiz } from '../../src/lib/i18n/strings/quiz';
import { core } from '../../src/lib/i18n/strings/core';

const KEY = 'qaryatayn.quiz.session.default';
const s = quiz.en;

async function startQuiz(page: Page) {
  await page.goto('/en/quiz');
  await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
  await page.getByRole('button', { name: s.start }).click();
  await expect(page.locator('.question h2')).toBeFocused();
}

async function answerFirst(page: Page) {
  const check = page.locator('button.check');
  if (await check.count()) await check.click();
  else await page.locator('.option').first().click();
  await expect(page.locator('.feedback h3')).toBeVisible();
}

async function stored(page: Page): Promise<{ answers: unknown[]; at: number } | null> {
  return page.evaluate((k) => {
    const raw = localStorage.getItem(k);
    return raw ? JSON.parse(raw).data : null;
  }, KEY);
}

const answered = (d: { answers: unknown[] } | null) => d?.answers.filter((a) => a !== null).length ?? 0;

test.describe('faults: storage', () => {
  test('storage blocked (private mode): the app works and says progress will not be kept', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.goto('/en/');
    await expect(page.getByText(core.en.storageUnavailable)).toBeVisible();
    await startQuiz(page);
    await answerFirst(page);
    await expect(page.getByText(s.notSaved)).toBeVisible();
    await page.locator('.feedback button.next').click();
    await expect(page.locator('.progress .count')).toContainText('2 /');
  });

  test('storage full: the answer stays on screen and the person is told it was not saved', async ({
    page,
  }) => {
    await startQuiz(page);
    await answerFirst(page);
    await page.locator('.feedback button.next').click();
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k: string, v: string) {
        if (k.startsWith('qaryatayn.')) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, k, v);
      };
    });
    await answerFirst(page);
    await expect(page.getByText(s.notSaved)).toBeVisible();
    await page.locator('.feedback button.next').click();
    await expect(page.locator('.progress .count')).toContainText('3 /');
  });

  test('corrupted preferences and settings never break a page', async ({ page }) => {
    await page.goto('/en/');
    await page.evaluate(() => {
      localStorage.setItem('qaryatayn.prefs', '{not json');
      localStorage.setItem('qaryatayn.teach.draft', JSON.stringify({ v: 1, data: { selected: 7 } }));
      localStorage.setItem('qaryatayn.results', JSON.stringify({ v: 99, data: [] }));
    });
    for (const path of ['', 'teach', 'results', 'about']) {
      await page.goto(`/en/${path}`);
      await expect(page.locator('main h1').first()).toBeVisible();
      // Teach and results read the device once their interactive part is there.
      await expect(page.locator('[data-bank-loading], [data-bank-failed]')).toHaveCount(0);
    }
    // The damaged entries were set aside (kept, not deleted), and the person was told where it matters.
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toEqual(
      expect.arrayContaining(['qaryatayn.prefs.set-aside', 'qaryatayn.teach.draft.set-aside']),
    );
    // The results list from a newer version (v 99) is another tab's: left exactly as it was.
    expect(await page.evaluate(() => localStorage.getItem('qaryatayn.results'))).toBe(
      JSON.stringify({ v: 99, data: [] }),
    );
  });

  test('a quiz saved by a newer version (another tab) is left alone, and the page asks for a reload', async ({
    page,
  }) => {
    const newer = JSON.stringify({ v: 99, data: { shape: 'unknown to this version' } });
    await page.goto('/en/');
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, newer]);
    await page.goto('/en/quiz');
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    const notice = page.getByRole('alert').filter({ hasText: core.en.storageNewer });
    await expect(notice).toBeVisible();
    // Playing on in this (old) page writes nothing over the newer data.
    await page.getByRole('button', { name: s.start }).click();
    await answerFirst(page);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(newer);
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('set-aside'))),
    ).toEqual([]);
    await expect(notice.getByRole('button', { name: core.en.reload })).toBeVisible();
  });
});

test.describe('faults: damaged links', () => {
  for (const path of ['/en/timeline#%E0', '/ar/timeline#%', '/en/#%E0%A4', '/ar/map#%E0', '/en/map#abc%zz']) {
    test(`${path} opens the page as without a fragment`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main h1').first()).toBeVisible();
      // Hydrated (a script error would stop it): the settings button answers.
      await page.waitForLoadState('networkidle');
    });
  }
});

test.describe('faults: taps, history, rotation', () => {
  test('a double tap on an answer records one answer', async ({ page }) => {
    await page.setViewportSize(PHONE);
    // A quiz whose first question is a choice: who said this?
    const ids = ['who-said.q-zakharova', 'who-said.q-kerry-facts'];
    await page.goto('/en/quiz');
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await page.evaluate(
      ([k, data]) => localStorage.setItem(k as string, JSON.stringify({ v: 2, data })),
      [
        KEY,
        {
          config: { questionIds: ids, order: 'fixed', lang: 'en', mode: 'practice' },
          seed: 1,
          answers: [null, null],
          at: 0,
          startedAt: 1,
          finishedAt: null,
        },
      ],
    );
    await page.reload();
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    const resume = page.getByRole('button', { name: s.resume });
    if (await resume.isVisible()) await resume.click();
    await page.locator('.option').first().dblclick();
    await expect(page.locator('.feedback h3')).toBeVisible();
    const data = await stored(page);
    expect(answered(data)).toBe(1);
    expect(data!.at).toBe(0);
    await expect(page.locator('.progress .count')).toContainText('1 / 2');
  });

  test('the back button mid-quiz loses nothing: forward again, same question, same answers', async ({
    page,
  }) => {
    await page.goto('/en/');
    await startQuiz(page);
    await answerFirst(page);
    await page.locator('.feedback button.next').click();
    await answerFirst(page);
    const heading = await page.locator('.question h2').innerText();
    await page.goBack();
    await expect(page).toHaveURL(/\/en\/$/);
    await page.goForward();
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    const resume = page.getByRole('button', { name: s.resume });
    if (await resume.isVisible()) await resume.click();
    await expect(page.locator('.question h2')).toHaveText(heading);
    expect(answered(await stored(page))).toBe(2);
  });

  test('rotating the phone mid-quiz keeps the question and fits the screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await startQuiz(page);
    await answerFirst(page);
    const heading = await page.locator('.question h2').innerText();
    await page.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await expect(page.locator('.question h2')).toHaveText(heading);
    await expect(page.locator('.feedback h3')).toBeVisible();
    await expectNoHorizontalScroll(page);
    await page.setViewportSize(PHONE);
    await expectNoHorizontalScroll(page);
  });
});

test.describe('faults: two tabs', () => {
  test('the quiz open in two tabs: each follows the other, and no answer is lost', async ({
    page,
    context,
  }) => {
    await startQuiz(page);
    await answerFirst(page);
    await page.locator('.feedback button.next').click();

    const other = await context.newPage();
    await other.goto('/en/quiz');
    await expect(other.locator('.quiz[data-ready="true"]')).toBeVisible();
    await expect(other.locator('.progress .count')).toContainText('2 /');

    // Answer in the first tab: the second shows that answer instead of offering the question again.
    await answerFirst(page);
    await expect(other.locator('.feedback h3')).toBeVisible();
    await expect(other.locator('.feedback h3')).toHaveText(await page.locator('.feedback h3').innerText());

    // Go on in the second tab: the first follows.
    await other.locator('.feedback button.next').click();
    await expect(page.locator('.progress .count')).toContainText('3 /');
    await answerFirst(other);
    await expect(page.locator('.feedback h3')).toBeVisible();
    expect(answered(await stored(page))).toBe(3);
  });

  test("a teacher's link opened in two tabs: one quiz, answered in either, nothing lost", async ({
    page,
    context,
  }) => {
    await page.goto('/en/teach');
    await page.locator('[data-pick-random]').click();
    const link = await page.locator('[data-share-url]').inputValue();
    expect(link).toMatch(/\/en\/quiz#[\w-]+$/);

    await page.goto(link);
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: s.start }).click();
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.locator('.quiz[data-ready="true"]')).toBeVisible();
    const slot = await page.locator('.quiz').getAttribute('data-slot');
    expect(slot).not.toBe('default');
    await expect(other.locator('.quiz')).toHaveAttribute('data-slot', slot!);

    // The second tab opens at the question the first one is on.
    await expect(other.locator('.progress .count')).toContainText('1 /');
    await answerFirst(page);
    await expect(other.locator('.feedback h3')).toHaveText(await page.locator('.feedback h3').innerText());
    await other.locator('.feedback button.next').click();
    await expect(page.locator('.progress .count')).toContainText('2 /');
    await answerFirst(other);
    await expect(page.locator('.feedback h3')).toBeVisible();
    const answers = await page.evaluate(
      (k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.data?.answers ?? [],
      `qaryatayn.quiz.session.${slot}`,
    );
    expect(answers.filter((a: unknown) => a !== null).length).toBe(2);
  });
});

test.describe('faults: the questions cannot load', () => {
  test.use({ allowErrors: /ERR_INTERNET_DISCONNECTED|preload/ });
  for (const path of ['/en/quiz', '/ar/teach', '/en/results']) {
    test(`${path}: says why, in the page's language, and a retry brings the page`, async ({ page }) => {
      const lang = path.slice(1, 3) as 'ar' | 'en';
      await page.route('**/data/quiz.json', (r) => r.abort('internetdisconnected'));
      await page.goto(path);
      const failed = page.locator('[data-bank-failed]');
      await expect(failed).toBeVisible();
      await expect(failed).toContainText(quiz[lang].bankFailed);
      await expect(page.locator('h1')).toBeVisible();

      await page.unroute('**/data/quiz.json');
      await failed.getByRole('button', { name: quiz[lang].bankRetry }).click();
      await expect(failed).toBeHidden();
      if (path.endsWith('quiz')) await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
      else if (path.endsWith('teach')) await expect(page.locator('[data-pick-random]')).toBeVisible();
      else await expect(page.locator('.page h1')).toHaveText(/./);
    });
  }
});
