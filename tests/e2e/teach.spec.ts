import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';
import { waitForWorker, watch } from './sw-helpers';
import { quiz } from '../../src/lib/i18n/strings/quiz';
import { results } from '../../src/lib/i18n/strings/results';
import { share } from '../../src/lib/i18n/strings/share';
import { teach } from '../../src/lib/i18n/strings/teach';
import { count } from '../../src/lib/i18n/count';

type Lang = 'ar' | 'en';
const TITLES: Record<Lang, string> = { en: 'Syria, August 2015 A', ar: 'اختبار خبر القريتين٥' };

/** Digits as the UI shows them: the article's own, in both languages. */
function digits(n: number, _lang: Lang): string {
  return String(n);
}
function toNumber(s: string): number {
  return Number(s.trim());
}
/** The part of a link after the host: what the issue caps at 100 characters. */
const afterHost = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');

// The link format in miniature, to forge links an encoder would never write (future versions…).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function crc8(bytes: number[]): number {
  let crc = 0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}
function sealed(bytes: number[]): string {
  const all = [...bytes, crc8(bytes)];
  let out = '';
  for (let i = 0; i < all.length; i += 3) {
    const n = (all[i] << 16) | ((all[i + 1] ?? 0) << 8) | (all[i + 2] ?? 0);
    const chars = i + 2 < all.length ? 4 : i + 1 < all.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Composes a quiz on /<lang>/teach as a teacher in a hurry: random 10, a title. Returns the link. */
async function compose(page: Page, lang: Lang, title: string): Promise<string> {
  await page.goto(`/${lang}/teach`);
  // Start from nothing (a draft is kept on the device), so the link below is the new one.
  await page.getByRole('button', { name: teach[lang].clear }).click();
  await expect(page.locator('[data-selected-count]')).toHaveAttribute('data-selected-count', '0');
  await page.getByRole('radio', { name: lang === 'ar' ? 'العربية' : 'English', exact: true }).check();
  await page.locator('[data-pick-random]').click();
  await expect(page.locator('[data-selected-count]')).toHaveAttribute('data-selected-count', '10');
  const field = page.locator('[data-share-url]');
  await expect(field).toHaveValue(new RegExp(`/${lang}/quiz#[A-Za-z0-9_-]+$`));
  const before = await field.inputValue();
  await page.locator('[data-title]').fill(title);
  // The link follows the title at once.
  await expect(field).not.toHaveValue(before);
  return field.inputValue();
}

/** Answers the question on screen: the first option shown, or the order as it stands. */
async function answerFirst(page: Page) {
  const check = page.locator('button.check');
  if (await check.count()) await check.click();
  else await page.locator('.option').first().click();
}

/** Takes a whole quiz of `n` questions from its start page to the score. Returns the score. */
async function takeQuiz(page: Page, lang: Lang, n: number): Promise<number> {
  const s = quiz[lang];
  await page.getByRole('button', { name: s.start }).click();
  for (let i = 0; i < n; i++) {
    await expect(page.locator('.progress .count')).toHaveText(`${digits(i + 1, lang)} / ${digits(n, lang)}`);
    await answerFirst(page);
    await page.locator('.feedback button.next').click();
  }
  await expect(page.locator('.summary h1')).toHaveText(s.scoreTitle);
  return toNumber(await page.locator('.summary .num').innerText());
}

/** A fresh browser context at phone size (a student's phone), watched like the fixtures' page. */
async function studentPhone(browser: Browser, baseURL: string) {
  const ctx = await browser.newContext({ viewport: PHONE, baseURL });
  const page = await ctx.newPage();
  const problems = watch(page, new URL(baseURL).origin);
  return { ctx, page, problems };
}

async function linkedQuizReady(page: Page) {
  await expect(page.locator('.quiz[data-slot^="link-"][data-ready="true"]')).toBeVisible();
}

test.describe('a teacher’s quiz, end to end', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`/${lang}/teach → a student's phone → /${lang}/results: score, chart, no duplicates, CSV, delete`, async ({
      page,
      browser,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const t = teach[lang];
      const r = results[lang];
      const sh = share[lang];
      await page.setViewportSize(DESKTOP);

      // The teacher: random 10 and a 20-character title; the link is short and its QR code small.
      const link = await compose(page, lang, TITLES[lang]);
      expect(afterHost(link).length, afterHost(link)).toBeLessThanOrEqual(100);
      const qr = page.locator('.share svg[data-qr-version]');
      await expect(qr).toBeVisible();
      expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(6);
      await expect(page.locator('.share')).toContainText(
        fill(sh.linkLength, { count: count(afterHost(link).length, 'character', lang) }),
      );
      await expect(page.getByRole('link', { name: t.tryIt })).toHaveAttribute('href', afterHost(link));

      // The student, on another phone.
      const student = await studentPhone(browser, baseURL!);
      const sp = student.page;
      await sp.goto(afterHost(link));
      await linkedQuizReady(sp);
      await expect(sp.locator('.setup h2')).toHaveText(TITLES[lang]);
      await expect(sp).toHaveTitle(new RegExp(`^${TITLES[lang]} · `));
      await expectNoHorizontalScroll(sp);
      const score = await takeQuiz(sp, lang, 10);

      // The score screen asks for a name; the link works without one, and follows it once typed.
      const send = sp.locator('.send');
      await expect(send.getByRole('heading', { name: share[lang].sendTitle })).toBeVisible();
      await expect(send).toContainText(
        fill(sh.sendScore, { correct: digits(score, lang), total: digits(10, lang) }),
      );
      const resultField = send.locator('[data-share-url]');
      await expect(resultField).toHaveValue(new RegExp(`/${lang}/results#[A-Za-z0-9_-]+$`));
      const unnamed = await resultField.inputValue();
      const name = lang === 'ar' ? 'ليلى' : 'Layla';
      await send.locator('[data-student-name]').fill(name);
      await expect(resultField).not.toHaveValue(unnamed);
      const named = await resultField.inputValue();
      await expect(send.locator('svg[data-qr-version]')).toBeVisible();
      await expectNoHorizontalScroll(sp);

      // A reload keeps the score screen and the same link.
      await sp.reload();
      await linkedQuizReady(sp);
      await expect(sp.locator('.send [data-student-name]')).toHaveValue(name);
      await expect(sp.locator('.send [data-share-url]')).toHaveValue(named);
      expect(student.problems, student.problems.join('\n')).toEqual([]);
      await student.ctx.close();

      // The teacher opens the unnamed link first, then the named one: one student, now named.
      await page.goto(afterHost(unnamed));
      await expect(page.locator('.notice[role="status"]')).toHaveText(fill(r.added, { name: r.anonymous }));
      await expect(page).toHaveURL(new RegExp(`/${lang}/results$`));
      await page.evaluate((h) => (location.hash = h), new URL(named).hash);
      await expect(page.locator('.notice[role="status"]')).toHaveText(fill(r.named, { name }));
      const rows = page.locator('section.quiz tbody tr');
      await expect(rows).toHaveCount(1);
      await expect(rows.first().locator('th')).toContainText(name);
      await expect(rows.first().locator('td.score')).toHaveText(
        `${digits(score, lang)} / ${digits(10, lang)}`,
      );
      await expect(page.locator('section.quiz h2')).toHaveText(TITLES[lang]);
      // The chart: every question, with its text, the most missed first.
      const bars = page.locator('figure.chart li');
      await expect(bars).toHaveCount(10);
      await expect(bars.first().locator('.label')).toHaveText(
        new RegExp(`^${fill(r.questionN, { n: '[0-9]+' })} \\S`),
      );
      if (score < 10) await expect(bars.first().locator('.seg.wrong')).not.toHaveCSS('width', '0px');

      // Opened again: no duplicate.
      await page.goto(afterHost(named));
      await expect(page.locator('.notice[role="status"]')).toHaveText(fill(r.already, { name }));
      await expect(rows).toHaveCount(1);
      await page.reload();
      await expect(rows).toHaveCount(1);
      await expect(page.locator('main .notice')).toHaveCount(0);

      // CSV: a row for the student with the score, answers as 1/0.
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: r.csv }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/-results\.csv$/);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines).toHaveLength(2);
      const head = [r.csvName, r.csvFinished, r.csvMinutes, r.csvCorrect, r.csvQuestions];
      expect(lines[0].startsWith(`"${head.join('","')}","${fill(r.questionN, { n: 1 })} `)).toBe(true);
      expect(lines[1]).toContain(`"${name}"`);
      expect(lines[1]).toContain(`,"${score}","10",`);
      expect(lines[1].split('","').slice(5).join(',').replace(/"/g, '')).toMatch(/^[01](,[01]){9}$/);

      // Delete asks first; Cancel keeps the student, Delete removes them for good.
      await page.getByRole('button', { name: fill(r.removeLabel, { name }) }).click();
      const dialog = page.getByRole('dialog', { name: r.confirmTitle });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText(fill(r.confirmOne, { name }));
      await dialog.getByRole('button', { name: r.cancel }).click();
      await expect(dialog).toBeHidden();
      await expect(rows).toHaveCount(1);
      await page.getByRole('button', { name: fill(r.removeLabel, { name }) }).click();
      await dialog.getByRole('button', { name: r.confirm, exact: true }).click();
      await expect(rows).toHaveCount(0);
      await expect(page.getByText(r.empty)).toBeVisible();
      await page.reload();
      await expect(page.getByText(r.empty)).toBeVisible();
    });
  }

  test('the composer offers the vocabulary questions by kind, in both languages; their link opens them', async ({
    page,
  }) => {
    const kinds = {
      kind_wordMeaning: 'word-meaning',
      kind_sameRoot: 'same-root',
      kind_vowelled: 'vowelled',
      kind_wordFits: 'word-fits',
    } as const;
    for (const lang of ['ar', 'en'] as const) {
      await page.goto(`/${lang}/teach`);
      const select = page.locator('select');
      for (const key of Object.keys(kinds) as (keyof typeof kinds)[])
        await expect(select.locator('option', { hasText: quiz[lang][key] })).toHaveCount(1);
    }
    // English: the vowelled-form questions, all three, as a link.
    await page.getByRole('button', { name: teach.en.clear }).click();
    await page.getByRole('radio', { name: 'English', exact: true }).check();
    await page.locator('select').selectOption({ label: quiz.en.kind_vowelled });
    await expect(page.locator('input[data-question]')).toHaveCount(3);
    await page.getByRole('button', { name: teach.en.selectAll }).click();
    await expect(page.locator('[data-selected-count]')).toHaveAttribute('data-selected-count', '3');
    const link = await page.locator('[data-share-url]').inputValue();
    await page.goto(afterHost(link));
    await linkedQuizReady(page);
    await page.getByRole('button', { name: quiz.en.start }).click();
    await expect(page.locator('.progress .count')).toHaveText('1 / 3');
    // The asked word, marked in its sentence; the options are vowelled Arabic.
    await expect(page.locator('.passage.word mark.asked')).toHaveCount(1);
    await expect(page.locator('.option [lang="ar"], .option[lang="ar"]').first()).toBeVisible();
  });

  test('a teacher on a phone: random 10 and a full-screen QR code in two taps', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/teach');
    const pick = page.locator('[data-pick-random]');
    await expect(pick).toBeInViewport();
    await pick.click();
    const full = page.getByRole('button', { name: share.en.fullscreen });
    await full.click();
    const view = page.getByRole('dialog', { name: share.en.fullscreenTitle });
    await expect(view).toBeVisible();
    const code = view.locator('svg[data-qr-version]');
    await expect(code).toBeVisible();
    await expect(view).toContainText(fill(teach.en.shareTitle, { title: teach.en.defaultTitle }));
    // As wide as the phone allows; on a projector as tall as the screen allows.
    expect((await code.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.85);
    await expectNoHorizontalScroll(page);
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    await page.setViewportSize({ width: 1280, height: 720 });
    await full.click();
    const box = (await code.boundingBox())!;
    expect(box.height).toBeGreaterThan(720 * 0.6);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await view.getByRole('button', { name: share.en.closeFullscreen }).click();
    await expect(view).toBeHidden();
  });

  test('a teacher’s quiz resumes after a reload in its own slot, apart from another teacher’s and the standard quiz', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const a = await compose(page, 'en', 'Quiz A');
    const b = await compose(page, 'en', 'Quiz B');
    const student = await studentPhone(browser, baseURL!);
    const sp = student.page;
    await sp.goto(afterHost(a));
    await linkedQuizReady(sp);
    const slotA = await sp.locator('.quiz').getAttribute('data-slot');
    await sp.getByRole('button', { name: quiz.en.start }).click();
    for (let i = 0; i < 3; i++) {
      await answerFirst(sp);
      await sp.locator('.feedback button.next').click();
    }
    const heading = await sp.locator('.question h2').innerText();
    await sp.reload();
    await linkedQuizReady(sp);
    await expect(sp.locator('.progress .count')).toHaveText('4 / 10');
    await expect(sp.locator('.question h2')).toHaveText(heading);
    await expect(sp.locator('.play .title')).toHaveText('Quiz A');

    // Another teacher's quiz, pasted over this one: its own slot, not started.
    await sp.evaluate((h) => (location.hash = h), new URL(b).hash);
    await expect(sp.locator('.quiz[data-ready="true"]')).not.toHaveAttribute('data-slot', slotA!);
    await expect(sp.locator('.setup h2')).toHaveText('Quiz B');
    await expect(sp.locator('header a.lang-switch')).toHaveAttribute('href', `/ar/quiz${new URL(b).hash}`);
    await expect(sp.getByRole('heading', { name: quiz.en.resumeTitle })).toHaveCount(0);
    // The standard quiz knows nothing of either.
    await sp.goto('/en/quiz');
    await expect(sp.locator('.quiz[data-slot="default"][data-ready="true"]')).toBeVisible();
    await expect(sp.getByRole('heading', { name: quiz.en.resumeTitle })).toHaveCount(0);

    // The same link in the other language's page: the same quiz, same slot, same question, in Arabic.
    await sp.goto(`/ar/quiz${new URL(a).hash}`);
    await linkedQuizReady(sp);
    await expect(sp.locator('.quiz')).toHaveAttribute('data-slot', slotA!);
    await expect(sp.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(sp.locator('.progress .count')).toHaveText('4 / 10');
    // The skip link's #main is not a quiz link: the quiz stays.
    await sp.keyboard.press('Tab');
    await sp.keyboard.press('Enter');
    await expect(sp.locator('main')).toBeFocused();
    await expect(sp.locator('.progress .count')).toHaveText('4 / 10');
    await expect(sp.locator('.link-error')).toHaveCount(0);
    // …and the quiz's code is back in the address: a reload and the language switch keep the quiz.
    await expect(sp).toHaveURL(new RegExp(`/ar/quiz${new URL(a).hash}$`));
    await sp.reload();
    await linkedQuizReady(sp);
    await expect(sp.locator('.progress .count')).toHaveText('4 / 10');
    await sp.locator('header a.lang-switch').click();
    await expect(sp).toHaveURL(new RegExp(`/en/quiz${new URL(a).hash}$`));
    await linkedQuizReady(sp);
    await expect(sp.locator('.quiz')).toHaveAttribute('data-slot', slotA!);
    await expect(sp.locator('.progress .count')).toHaveText('4 / 10');
    expect(student.problems, student.problems.join('\n')).toEqual([]);
    await student.ctx.close();
  });

  test('a title with markup is shown as text, in the page, the tab title and the projector view', async ({
    page,
  }) => {
    const title = '<img src=x onerror=alert(1)><b>W</b>';
    const link = await compose(page, 'en', title);
    await page.getByRole('button', { name: share.en.fullscreen }).click();
    await expect(page.locator('.projector .big-title')).toHaveText(fill(teach.en.shareTitle, { title }));
    await page.keyboard.press('Escape');
    await page.goto(afterHost(link));
    await linkedQuizReady(page);
    await expect(page.locator('.setup h2')).toHaveText(title);
    expect(await page.title()).toMatch(new RegExp(`^${title.replace(/[()]/g, '\\$&')} · `));
    await expect(page.locator('main img, main b')).toHaveCount(0);
  });
});

for (const lang of ['ar', 'en'] as const) {
  test(`/${lang}/teach: Google Classroom is a plain link with the quiz link, its title and a line for students, and nothing goes to Google before the tap`, async ({
    page,
    context,
  }) => {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const title = lang === 'ar' ? 'خبر القريتين & سورية' : 'Syria & “Daesh” #1';
    const link = await compose(page, lang, title);
    const a = page.locator('a[data-classroom]');
    await expect(a).toHaveAccessibleName(`${share[lang].classroom} ${share[lang].newTab}`);
    await expect(a).toHaveAttribute('target', '_blank');
    await expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    const href = new URL((await a.getAttribute('href'))!);
    expect(`${href.origin}${href.pathname}`).toBe('https://classroom.google.com/share');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      url: link,
      title: fill(teach[lang].shareTitle, { title }),
      body: teach[lang].classroomBody,
    });
    // Beside Copy and the projector view, in the same row of buttons.
    await expect(page.locator('.buttons').filter({ has: a })).toContainText(share[lang].copy);
    // Nothing went to Google (or anywhere else) while the link was made and shown: the fixture's guard
    // fails a test on any request to another origin, and the test does not tap the link for that reason.
    expect(requests.some((u) => u.includes('google'))).toBe(false);
  });
}

test.describe('links that cannot be opened', () => {
  for (const lang of ['en', 'ar'] as const) {
    test(`/${lang}/quiz#…: damaged, truncated, future, unknown, hostile and 100 KB links explain themselves`, async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const sh = share[lang];
      await page.setViewportSize(PHONE);
      const link = await compose(page, lang, 'Week 3');
      const code = new URL(link).hash.slice(1);
      const flipped = code.slice(0, 8) + (code[8] === 'A' ? 'B' : 'A') + code.slice(9);
      const cases: [string, string][] = [
        [flipped, sh.error_damaged],
        [code.slice(0, -4), sh.error_damaged],
        [sealed([2, 0, 1, 0]), sh.error_future],
        [sealed([1, 0, 1, 0xc8, 0x01]), sh.error_unknown],
        ['<script>alert(1)</script>', sh.error_damaged],
        ['%E0%A4%A', sh.error_damaged],
        ['A'.repeat(100_000), sh.error_damaged],
      ];
      for (const [bad, message] of cases) {
        await page.goto(`/${lang}/quiz#${bad}`);
        const box = page.locator('.link-error');
        await expect(box.locator('h1')).toHaveText(sh.linkErrorTitle);
        await expect(box.locator('.notice')).toHaveText(message);
        await expect(box.locator('h1')).toBeFocused();
        await expectNoHorizontalScroll(page);
      }
      // The way out: the standard quiz.
      await page.getByRole('link', { name: sh.toStandardQuiz }).click();
      await expect(page).toHaveURL(new RegExp(`/${lang}/quiz$`));
      await expect(page.locator('.quiz[data-slot="default"][data-ready="true"]')).toBeVisible();
      await expect(page.locator('.link-error')).toHaveCount(0);
      // And a good link arriving by a hash change is read at once, as is a bad one after it.
      await page.evaluate((h) => (location.hash = h), `#${code}`);
      await linkedQuizReady(page);
      await expect(page.locator('.setup h2')).toHaveText('Week 3');
      await page.evaluate((h) => (location.hash = h), `#${flipped}`);
      await expect(page.locator('.link-error .notice')).toHaveText(sh.error_damaged);
    });
  }

  test('/en/results#…: a damaged result link says so and adds nothing', async ({ page }) => {
    await page.goto('/en/results#AAAAAAAA');
    await expect(page.locator('.notice.bad')).toHaveText(share.en.resultError_damaged);
    await expect(page.getByText(results.en.empty)).toBeVisible();
    await page.goto('/en/results#%E0%A4%A');
    await expect(page.locator('.notice.bad')).toHaveText(share.en.resultError_damaged);
  });
});

test('offline: the teacher composes, the student takes the quiz and the result comes back, all without a network', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/en/teach');
  await waitForWorker(page);
  await context.setOffline(true);
  const link = await compose(page, 'en', 'Offline quiz');
  const res = await page.goto(afterHost(link));
  expect(res?.fromServiceWorker()).toBe(true);
  await linkedQuizReady(page);
  const score = await takeQuiz(page, 'en', 10);
  await page.locator('[data-student-name]').fill('Omar');
  const resultLink = await page.locator('.send [data-share-url]').inputValue();
  expect((await page.goto(afterHost(resultLink)))?.fromServiceWorker()).toBe(true);
  await expect(page.locator('section.quiz tbody tr')).toHaveCount(1);
  await expect(page.locator('section.quiz td.score')).toHaveText(`${score} / 10`);
  await expect(page.locator('figure.chart li')).toHaveCount(10);
});

test('axe finds no accessibility problems in the composer, the projector view, the result link, the class list and a bad link', async ({
  page,
}) => {
  // Twelve axe scans and two whole quizzes: about 60 s on this 2-core host, so three times that.
  test.setTimeout(180_000);
  const problems: string[] = [];
  const axe = async (what: string, scope?: string) => {
    const builder = new AxeBuilder({ page });
    if (scope) builder.include(scope);
    const { violations } = await builder.analyze();
    for (const v of violations)
      problems.push(`${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const lang of ['ar', 'en'] as const) {
    await page.setViewportSize(lang === 'ar' ? PHONE : DESKTOP);
    const link = await compose(page, lang, TITLES[lang]);
    await axe(`/${lang}/teach`);
    await page.getByRole('button', { name: share[lang].fullscreen }).click();
    await expect(page.locator('.projector svg')).toBeVisible();
    await axe(`/${lang}/teach projector`, '.projector');
    await page.keyboard.press('Escape');
    await page.goto(afterHost(link));
    await linkedQuizReady(page);
    await axe(`/${lang}/quiz#… start`);
    await takeQuiz(page, lang, 10);
    await page.locator('[data-student-name]').fill('Sam');
    await expect(page.locator('.send svg')).toBeVisible();
    await axe(`/${lang}/quiz#… score`);
    await page.goto(afterHost(await page.locator('.send [data-share-url]').inputValue()));
    await expect(page.locator('figure.chart').first()).toBeVisible();
    await axe(`/${lang}/results`);
    await page.goto(`/${lang}/quiz#AAAAAAAA`);
    await expect(page.locator('.link-error')).toBeVisible();
    await axe(`/${lang}/quiz#damaged`);
  }
  expect(problems, problems.join('\n')).toEqual([]);
});

/** `fill` from the strings module, without importing the app's $lib aliases. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
