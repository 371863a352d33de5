// The reader's word layer (issue 18), timed as a student on a cheap phone feels it: a tap on an Arabic
// word until its card is on screen, and the vowels switch until the article is drawn again vowelled.
// 360×740, the CPU slowed 4× as in Lighthouse's mobile preset (the bench's phone profile). Called from
// run.js; its budgets are in budgets.js (tapToCardMs, vowelsRenderMs).
import { BUDGET, PHONE_CPU_SLOWDOWN } from './budgets.js';

/** Words tapped, each a sentence id and a position (`data-i`): across the article, short and long. */
const TAPS = [
  ['h1.s1', 0],
  ['p1.s1', 12],
  ['p2.s1', 24],
  ['p3.s1', 3],
  ['p5.s3', 18],
  ['p7.s1', 9],
  ['p8.s3', 14],
];
const SWITCHES = 5;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const round = (n) => Math.round(n * 100) / 100;

/**
 * In the page: milliseconds from a click on `selector` until `ready` (a CSS selector, or a test of the
 * watched sentence's text) holds and the frame showing it has been drawn: polled each animation frame,
 * then a task after that frame (its style, layout and paint done).
 */
function clickUntil(page, { click, card, marks }) {
  return page.evaluate(
    ({ click, card, marks }) =>
      new Promise((resolve, reject) => {
        const target = document.querySelector(click);
        if (!target) return reject(new Error(`nothing at ${click}`));
        const bare = (t) => t.replace(/[\u064B-\u0652\u0670]/g, '');
        const watched = document.querySelector('[id="p8.s3"]');
        const word = target.textContent;
        const ready = () => {
          if (card) {
            const d = document.querySelector('dialog#word');
            const w = d?.open && d.querySelector('.word');
            return !!w && bare(w.textContent) === bare(word);
          }
          return /[\u064B-\u0652]/.test(watched.textContent) === marks;
        };
        const t0 = performance.now();
        target.click();
        const frame = () => {
          if (ready()) setTimeout(() => resolve(performance.now() - t0), 0);
          else if (performance.now() - t0 > 10_000) reject(new Error(`${click}: not ready after 10 s`));
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    { click, card, marks },
  );
}

/** Waits for the page's idle work (the word layer and the card load at idle) to be done. */
const settle = (page) =>
  page.evaluate(
    () => new Promise((done) => requestIdleCallback(() => setTimeout(done, 200), { timeout: 5000 })),
  );

/**
 * Tap-to-card (each word of TAPS once, the card closed in between) and vowels-switch times on `/ar/`.
 * `origin` is the served build. Returns the medians, the worst, and every sample.
 */
export async function wordTimings(browser, origin) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.goto(`${origin}/ar/`, { waitUntil: 'networkidle' });
  await settle(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });
  try {
    const taps = [];
    for (const [s, i] of TAPS) {
      const click = `.wz[data-s="${s}"] .w[data-i="${i}"]`;
      await page.locator(click).scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      taps.push(await clickUntil(page, { click, card: true }));
      await page.keyboard.press('Escape');
      await page.locator('dialog#word').waitFor({ state: 'hidden' });
    }

    // The vowels switch is the reader toolbar's second; the last paragraph is watched (the vowels are
    // written into every sentence in the same update).
    const click = '.reader .toolbar label:nth-child(2) input';
    const on = [];
    const off = [];
    for (let k = 0; k < SWITCHES; k++) {
      await page.waitForTimeout(150);
      on.push(await clickUntil(page, { click, marks: true }));
      await page.waitForTimeout(150);
      off.push(await clickUntil(page, { click, marks: false }));
    }
    return {
      cpuSlowdown: PHONE_CPU_SLOWDOWN,
      taps: taps.length,
      tapToCardMedianMs: round(median(taps)),
      tapToCardMaxMs: round(Math.max(...taps)),
      vowelsOnMedianMs: round(median(on)),
      vowelsOnMaxMs: round(Math.max(...on)),
      vowelsOffMedianMs: round(median(off)),
      samples: { taps: taps.map(round), on: on.map(round), off: off.map(round) },
    };
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await ctx.close();
  }
}

/** The bench summary's line. */
export function wordSummary(w) {
  return `- Reader words at 360×740, CPU ${w.cpuSlowdown}× slower: tap to card median ${w.tapToCardMedianMs} ms (max ${w.tapToCardMaxMs}) over ${w.taps} words (budget ${BUDGET.tapToCardMs}); vowels on re-renders the article in ${w.vowelsOnMedianMs} ms median (max ${w.vowelsOnMaxMs}; off ${w.vowelsOffMedianMs}; budget ${BUDGET.vowelsRenderMs}).`;
}
