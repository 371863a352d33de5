// The quiz as a student uses it, at 360×740: the time from a tap on an answer (or an order question's
// Check) to the feedback on screen, over five questions.
import { median, round } from './stats.js';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin the served build
 */
export async function quizTimings(browser, origin) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await ctx.newPage();
    await page.goto(`${origin}/en/quiz`, { waitUntil: 'networkidle' });
    await page.locator('.quiz[data-ready="true"]').waitFor();
    await page.locator('.setup button.big').click();
    const times = [];
    for (let i = 0; i < 5; i++) {
      await page.locator('.question h2').waitFor();
      const check = page.locator('button.check');
      const target = (await check.count()) ? check : page.locator('.option:not([disabled])').first();
      const ms = await target.evaluate(
        (el) =>
          new Promise((resolve) => {
            const t0 = performance.now();
            const done = () => {
              if (document.querySelector('.feedback h3')) resolve(performance.now() - t0);
              else requestAnimationFrame(done);
            };
            /** @type {HTMLElement} */ (el).click();
            requestAnimationFrame(done);
          }),
      );
      times.push(/** @type {number} */ (ms));
      await page.locator('.feedback button.next').click();
    }
    return {
      answers: times.length,
      tapToFeedbackMedianMs: times.length ? round(median(times) ?? 0, 2) : null,
    };
  } finally {
    await ctx.close();
  }
}
