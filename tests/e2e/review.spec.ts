import type { Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';
import { waitForWorker } from './sw-helpers';
import { review } from '../../src/lib/i18n/strings/review';
import { anki } from '../../src/lib/i18n/strings/anki';
import { about } from '../../src/lib/i18n/strings/about';
import { quiz } from '../../src/lib/i18n/strings/quiz';
import { wordcard } from '../../src/lib/i18n/strings/wordcard';
import { core } from '../../src/lib/i18n/strings/core';
import { fill } from '../../src/lib/i18n/strings';
import { count } from '../../src/lib/i18n/count';
import { formatDate } from '../../src/lib/i18n/format';

const LANGS = ['ar', 'en'] as const;
type Bank = { questions: { id: string; format: string; answer?: number | boolean }[] };
const DECK = 'qaryatayn.review.deck';
const DAY = 86_400_000;

// The student lives in Damascus: days turn at local midnight there, not in UTC.
test.use({ timezoneId: 'Asia/Damascus' });

/** The three first choice questions of the bank, with their right answers. */
async function choiceQuestions(page: Page) {
  const bank = (await (await page.request.get('/data/quiz.json')).json()) as Bank;
  return bank.questions.filter((q) => q.format === 'choice').slice(0, 3);
}

/** Clicks the option whose canonical value is (or is not) the right one. */
async function choose(page: Page, answer: number, right: boolean) {
  const options = page.locator('.question button.option');
  await expect(options.first()).toBeVisible();
  const values = await options.evaluateAll((els) => els.map((e) => e.getAttribute('data-value')));
  const i = values.findIndex((v) => (v === String(answer)) === right);
  await options.nth(i).click();
}

/** The local calendar day in `days` days from the page's now, as a UTC date the formatter writes. */
async function localDay(page: Page, days: number): Promise<Date> {
  const [y, m, d] = await page.evaluate(() => {
    const t = new Date();
    return [t.getFullYear(), t.getMonth(), t.getDate()];
  });
  return new Date(Date.UTC(y, m, d + days));
}

for (const lang of LANGS) {
  test(`${lang}: questions missed in the quiz wait in /${lang}/review tomorrow; answered, the next review moves out; kept on reload and offline`, async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const s = review[lang];
    const qs = quiz[lang];
    await page.setViewportSize(PHONE);

    // First visit: the app installs and precaches the review page.
    await page.goto(`/${lang}/review`);
    await waitForWorker(page);
    await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
    await expect(page.getByRole('heading', { name: s.emptyTitle })).toBeVisible();

    // Today: a practice quiz of three questions, all missed.
    const questions = await choiceQuestions(page);
    const session = {
      config: { questionIds: questions.map((q) => q.id), order: 'fixed', lang, mode: 'practice' },
      seed: 7,
      answers: questions.map(() => null),
      at: 0,
      startedAt: 1,
      finishedAt: null,
    };
    await page.evaluate(
      (d) => localStorage.setItem('qaryatayn.quiz.session.default', JSON.stringify({ v: 2, data: d })),
      session,
    );
    await page.goto(`/${lang}/quiz`);
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    for (const q of questions) {
      await choose(page, q.answer as number, false);
      await expect(page.getByRole('heading', { name: qs.incorrect })).toBeVisible();
      await page.locator('button.next').click();
    }
    await expect
      .poll(() =>
        page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{"data":[]}').data.length, DECK),
      )
      .toBe(3);

    // Still today: nothing due, the next review is tomorrow, and practising ahead is offered.
    await page.goto(`/${lang}/review`);
    await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
    await expect(page.locator('.due')).toHaveText(fill(s.dueToday, { cards: count(0, 'card', lang) }));
    const tomorrow = formatDate(await localDay(page, 1), lang, 'long');
    await expect(page.getByText(fill(s.nextOn, { day: tomorrow }))).toBeVisible();
    await expect(page.getByRole('button', { name: s.practiseAhead })).toBeVisible();
    await expect(page.locator('nav.tabbar .due-badge')).toHaveCount(0);

    // Tomorrow: three cards due, also on the quiz tab's badge.
    await page.clock.setFixedTime(Date.now() + DAY);
    await page.reload();
    await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
    await expect(page.locator('.due')).toHaveText(fill(s.dueToday, { cards: count(3, 'card', lang) }));
    await expect(page.locator('nav.tabbar .due-badge')).toHaveText('3');
    await expect(page.locator('nav.tabbar').getByRole('link', { name: core[lang].navQuiz })).toContainText(
      fill(core[lang].reviewBadge, { n: 3 }),
    );
    await expectNoHorizontalScroll(page);

    // The session: the first card missed again comes back at the end; the others answered right.
    await page.getByRole('button', { name: s.start }).click();
    const byId = new Map(questions.map((q) => [`q:${q.id}`, q.answer as number]));
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const card = page.locator('.question[data-card]');
      await expect(card).toBeVisible();
      const key = (await card.getAttribute('data-card'))!;
      seen.push(key);
      const right = i > 0;
      await choose(page, byId.get(key)!, right);
      await expect(page.getByRole('heading', { name: right ? qs.correct : qs.incorrect })).toBeVisible();
      // The quiz's feedback, with the article's sentence it comes from.
      await expect(page.locator('.feedback figure.source blockquote').first()).toBeVisible();
      await expectNoHorizontalScroll(page);
      await page.locator('button.next').click();
    }
    expect(seen.at(-1)).toBe(seen[0]);
    expect(new Set(seen).size).toBe(3);
    await expect(page.getByRole('heading', { name: s.doneTitle })).toBeFocused();
    const when = await page.locator('.when').getAttribute('data-next-day');
    expect(when).toBeTruthy();
    // The next review is the day after this one (the card failed today comes back first), written as
    // the app writes dates (Western digits, «أغسطس»).
    expect(when).toBe(formatDate(await localDay(page, 1), lang, 'long'));
    if (lang === 'ar') expect(when).toMatch(/^\d{1,2} \p{Script=Arabic}+ \d{4}$/u);
    await expect(page.locator('.when')).toHaveText(fill(s.done, { day: when! }));

    // A reload keeps it: nothing due, the same next day.
    await page.reload();
    await expect(page.locator('.due')).toHaveText(fill(s.dueToday, { cards: count(0, 'card', lang) }));
    await expect(page.getByText(fill(s.nextOn, { day: when! }))).toBeVisible();
    await expect(page.locator('nav.tabbar .due-badge')).toHaveCount(0);

    // Offline, the page and the deck are still there.
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
    await expect(page.getByText(fill(s.nextOn, { day: when! }))).toBeVisible();
    await context.setOffline(false);
  });
}

test('a damaged deck is set aside with a clear message, and the page still works', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/en/review');
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"data":"garbage"}'), DECK);
  await page.reload();
  await expect(page.getByRole('alert')).toHaveText(review.en.setAside);
  await expect(page.getByRole('heading', { name: review.en.emptyTitle })).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(`${k}.set-aside`), DECK)).toContain('garbage');
});

for (const lang of LANGS)
  test(`${lang}: a word added from its card waits in review tomorrow, its meaning on request, rated by recall`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const s = review[lang];
    const t = wordcard[lang];
    await page.setViewportSize(PHONE);
    await page.goto(`/${lang}/#p3.s1.w3`);
    // The word link opens «يصوت»'s card: add it to the review.
    const card = page.locator('dialog#word');
    await expect(card.getByText('ص و ت')).toBeVisible();
    await card.getByRole('button', { name: t.addReview }).click();
    await expect(card.getByText(t.inReview)).toBeVisible();
    // A reload remembers it.
    await page.reload();
    await expect(page.locator('dialog#word').getByText(t.inReview)).toBeVisible();

    await page.goto(`/${lang}/review`);
    await expect(page.locator('.due')).toHaveText(fill(s.dueToday, { cards: count(0, 'card', lang) }));
    await expect(page.getByText(fill(s.inDeck, { cards: count(1, 'card', lang) }))).toBeVisible();

    // Tomorrow.
    await page.clock.setFixedTime(Date.now() + DAY);
    await page.reload();
    await expect(page.locator('.due')).toHaveText(fill(s.dueToday, { cards: count(1, 'card', lang) }));
    // On a wide screen the top bar's quiz and review links carry the badge.
    await page.setViewportSize(DESKTOP);
    const wide = page.locator('header .wide-nav');
    await expect(wide.locator('.due-badge')).toHaveText(['1', '1']);
    await expect(wide.locator(`a[href="/${lang}/review"]`)).toContainText(
      fill(core[lang].reviewBadge, { n: 1 }),
    );
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: s.start }).click();
    await expect(page.getByRole('heading', { name: s.wordPrompt })).toBeFocused();
    await expect(page.locator('.word-card mark')).toHaveText('يصوت');
    await expect(page.locator('.word-card .word')).toHaveText(/^يُصَ/);
    await page.getByRole('button', { name: s.showMeaning }).click();
    await expect(page.locator('.word-card .gloss')).toHaveText(lang === 'ar' ? /يقترع/ : /vote/);
    await page.getByRole('button', { name: s.recallGood, exact: true }).click();
    await expect(page.getByRole('heading', { name: s.doneTitle })).toBeVisible();
    await expect(page.locator('.when')).toHaveAttribute('data-next-day', /\d/);
    await expectNoHorizontalScroll(page);
  });

test('the deck downloads as a file Anki imports, made on the device, offline too; the About page links to it beside the deck', async ({
  page,
  context,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto('/en/review');
  await waitForWorker(page);
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  // No deck yet: no button here.
  await expect(page.getByRole('button', { name: anki.en.button })).toHaveCount(0);
  const [q] = await choiceQuestions(page);
  const now = await page.evaluate(() => Date.now());
  const card = {
    key: `q:${q.id}`,
    added: now,
    due: now + DAY,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: 0,
    lastReview: null,
    lastRating: 0,
  };
  await page.evaluate(([k, c]) => localStorage.setItem(k as string, JSON.stringify({ v: 1, data: [c] })), [
    DECK,
    card,
  ] as const);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.review[data-ready="true"]')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: anki.en.button }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('qaryatayn-2015-review.txt');
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines.slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
  expect(lines).toContain('#tags column:4');
  const notes = lines.filter((l) => !l.startsWith('#'));
  expect(notes).toHaveLength(1);
  expect(notes[0].split('\t')).toHaveLength(4);
  expect(notes[0]).toMatch(/\tqaryatayn-2015 qaryatayn-2015::[a-z-]+$/);
  await expect(page.locator('[data-outcome="ok"]')).toHaveText(
    fill(anki.en.done, { file: 'qaryatayn-2015-review.txt', cards: count(1, 'card', 'en') }),
  );
  await context.setOffline(false);

  // The About page lists the deck with a link to the export.
  await page.goto('/en/about');
  const kept = page.locator('.kept li').filter({ hasText: DECK });
  await kept.getByRole('link', { name: about.en.keptDeckAnki }).click();
  await expect(page).toHaveURL(/\/en\/review#anki$/);
  await expect(page.getByRole('button', { name: anki.en.button })).toBeInViewport();
});
