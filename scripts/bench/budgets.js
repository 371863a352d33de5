// The routes and the budgets, defined once. `npm test` checks the byte budgets on every build
// (scripts/budget.js); `npm run bench` checks them all (scripts/bench/run.js). Each check returns one
// line per broken budget, naming the route, the figure and the limit; an empty list means all hold.
import { KB } from './stats.js';

/** Every prerendered page: `npm test` checks each one's first-load bytes. */
export const PAGES = [
  'ar/',
  'en/',
  ...['timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'].flatMap((p) => [
    `ar/${p}`,
    `en/${p}`,
  ]),
];

/** The routes the bench loads in Chromium (Lighthouse, all JS once usable), in the order of a round. */
export const MEASURED = ['ar/', 'en/', 'en/timeline', 'ar/timeline', 'en/map', 'en/quiz', 'en/teach'];

/** The routes put beside the TimelineJS page: the English timeline, and the Arabic one with its font. */
export const COMPARED = { en: 'en/timeline', ar: 'ar/timeline' };

/**
 * Files that are not scripts but count in "all JS once usable": the question bank, without which the
 * quiz, teach and results pages cannot work (it was a JS chunk until it became data).
 */
export const USABLE_DATA = ['/data/quiz.json'];

/**
 * The phone profile the timings are budgeted on: the CPU slowed 4×, as Lighthouse's mobile preset does
 * (the word timings slow the page so; the scheduler's time in Node is multiplied by it).
 */
export const PHONE_CPU_SLOWDOWN = 4;

export const BUDGET = {
  // Lighthouse 12, mobile preset, each measured route (medians).
  performance: 95,
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  cls: 0,
  tbtMs: 50,
  /**
   * What a page's HTML loads before it shows, gzip, every page. 50 until the reader's word card became a
   * sheet that is not modal (the shared Sheet's `live` and `prebuild`: 26 bytes on every page) left the
   * timeline 2 bytes under it, less than a build's own timestamp moves it (± 10 bytes).
   */
  firstLoadJsKb: 50.5,
  /** /ar/'s first load: HTML, JS and CSS gzip, and font files. */
  arTransferKb: 150,
  /** Every script a measured route has fetched once it is idle, plus USABLE_DATA, gzip (issue 23). */
  usableJsKb: 60,
  /** Lighthouse's transfer of /en/timeline against the TimelineJS page's, same run (issue 23). */
  enTransferVsTimelineJs: 0.8,
  /** The same for /ar/timeline, which also carries the Arabic font (issue 23). */
  arTransferVsTimelineJs: 1,
  // 400 until issue 18's word layer (/data/words.json and its notes, about 30 KB gzip), the words page and
  // the reader's word card.
  // 450 until issue 19's review page (its two pages, its code and ts-fsrs's scheduler, about 20 KB gzip).
  // 475 until issue 18's words page (its two pages, its list's code and styles, and the word layer's
  // loader and checks, which no page used before: 16.4 KB gzip). 490 until the reader's words (the word
  // card's code and styles, the reader's word spans in /ar/ and /en/, the vowels preload in every page's
  // head: 17 KB gzip, 497.3 KB in all). 505 until issue 21's read-aloud (its lazy chunk: the player, the
  // Listen bar and buttons, 3.5 KB gzip) and issue 19's word cards in review (the word card's "add to my
  // review", the review page's word flashcard and its word-layer loader: 3 KB gzip; 507.7 KB in all).
  // The printable worksheet and answer key of issue 21 fit in 520 too (their pages' code and styles,
  // loaded on the first tap on Print, and the article as a chunk of its own, which the words page
  // shares: 9 KB gzip; 516.7 KB in all).
  // 520 until issue 19's vocabulary questions (/data/quiz.json 15.4 → 18.7 KB gzip) and the deck's Anki
  // export (about 2 KB gzip): 523.3 KB in all.
  /** The service worker's precache, as downloaded. */
  precacheKb: 530,
  /** `/data/words.json`, the word layer the reader loads after it shows (issue 18), gzip. */
  wordsJsonKb: 25,
  /** The timeline's zoom frame, p95, at 360×740. */
  zoomFrameMs: 4,
  /** One review answer's scheduling for a 300-card deck, on the phone profile (issue 19). */
  schedulerAnswerMs: 5,
  /** The reader's word layer on the phone profile (issue 18): tap to card, and vowels on, medians. */
  tapToCardMs: 50,
  vowelsRenderMs: 100,
};

const over = (bytes, kb) => bytes > kb * 1024;

/**
 * The byte budgets of a build (the fast part `npm test` runs).
 * @param {{ pages: ReturnType<typeof import('../bytes.js').firstLoad>[],
 *   precache: ReturnType<typeof import('../bytes.js').precache>,
 *   words: ReturnType<typeof import('../bytes.js').wordsJson> }} b
 */
export function bytesBroken({ pages, precache, words }) {
  const broken = [];
  for (const r of pages)
    if (over(r.js.gzip, BUDGET.firstLoadJsKb))
      broken.push(`/${r.route}: first-load JS ${KB(r.js.gzip)} KB gzip > ${BUDGET.firstLoadJsKb} KB`);
  const ar = pages.find((r) => r.route === 'ar/');
  if (!ar) broken.push('/ar/: not built');
  else if (over(firstTransfer(ar), BUDGET.arTransferKb))
    broken.push(
      `/ar/: first-load transfer ${KB(firstTransfer(ar))} KB (html+js+css gzip, fonts) > ${BUDGET.arTransferKb} KB`,
    );
  const missing = precache.files.filter((f) => !f.found);
  if (missing.length)
    broken.push(`precache lists files that are not in build/: ${missing.map((f) => f.url).join(', ')}`);
  if (over(precache.transfer, BUDGET.precacheKb))
    broken.push(`precache download ${KB(precache.transfer)} KB > ${BUDGET.precacheKb} KB`);
  if (!words) broken.push('/data/words.json is missing');
  else if (over(words.gzip, BUDGET.wordsJsonKb))
    broken.push(`/data/words.json: ${KB(words.gzip)} KB gzip > ${BUDGET.wordsJsonKb} KB`);
  return broken;
}

/** A page's first-load transfer as the byte budget counts it: HTML, JS and CSS gzip, font files. */
export const firstTransfer = (r) => r.html.gzip + r.js.gzip + r.css.gzip + r.fonts.bytes;

/**
 * One measured route's Lighthouse medians and its usable JS.
 * @param {{ route: string, performance: number, accessibility: number, bestPractices: number,
 *   seo: number, cls: number, tbtMs: number, failing: string[], usableJsKb: number | null }} r
 */
export function routeBroken(r) {
  const broken = [];
  const failing = r.failing.length ? ` (${r.failing.join(', ')})` : '';
  if (r.performance < BUDGET.performance)
    broken.push(`${r.route}: Performance ${r.performance} < ${BUDGET.performance}`);
  if (r.accessibility < BUDGET.accessibility)
    broken.push(`${r.route}: Accessibility ${r.accessibility} < ${BUDGET.accessibility}${failing}`);
  if (r.bestPractices < BUDGET.bestPractices)
    broken.push(`${r.route}: Best Practices ${r.bestPractices} < ${BUDGET.bestPractices}${failing}`);
  if (r.seo < BUDGET.seo) broken.push(`${r.route}: SEO ${r.seo} < ${BUDGET.seo}`);
  if (r.cls > BUDGET.cls) broken.push(`${r.route}: CLS ${r.cls} > ${BUDGET.cls}`);
  if (r.tbtMs > BUDGET.tbtMs) broken.push(`${r.route}: TBT ${Math.round(r.tbtMs)} ms > ${BUDGET.tbtMs} ms`);
  if (r.usableJsKb === null) broken.push(`${r.route}: all JS once usable was not measured`);
  else if (r.usableJsKb > BUDGET.usableJsKb)
    broken.push(`${r.route}: all JS once usable ${r.usableJsKb} KB gzip > ${BUDGET.usableJsKb} KB`);
  return broken;
}

/**
 * Ours beside TimelineJS, medians of the same run (a figure is null when it was not measured).
 * @typedef {{ transferKb: number | null, lcpMs: number | null, performance: number | null }} Side
 * @param {{ timelinejs: Side, en: Side, ar: Side }} c
 */
export function comparisonBroken({ timelinejs: t, en, ar }) {
  const broken = [];
  /** @param {string} route @param {Side} ours @param {number} limit */
  const transfer = (route, ours, limit) => {
    if (ours.transferKb === null || !t.transferKb)
      return broken.push(`/${route}: transfer beside TimelineJS's was not measured`);
    const ratio = Math.round((ours.transferKb / t.transferKb) * 100) / 100;
    if (ratio > limit)
      broken.push(
        `/${route}: transfer ${ours.transferKb} KB is ${ratio}× TimelineJS's ${t.transferKb} KB > ${limit}×`,
      );
  };
  transfer(COMPARED.en, en, BUDGET.enTransferVsTimelineJs);
  transfer(COMPARED.ar, ar, BUDGET.arTransferVsTimelineJs);
  if (en.lcpMs === null || t.lcpMs === null)
    broken.push(`/${COMPARED.en}: LCP beside TimelineJS's was not measured`);
  else if (en.lcpMs > t.lcpMs)
    broken.push(
      `/${COMPARED.en}: LCP ${Math.round(en.lcpMs)} ms is later than TimelineJS's ${Math.round(t.lcpMs)} ms`,
    );
  if (en.performance !== null && t.performance !== null && en.performance < t.performance)
    broken.push(`/${COMPARED.en}: Performance ${en.performance} < TimelineJS's ${t.performance}`);
  return broken;
}

/**
 * The interaction timings: the timeline's zoom frames, the reader's word layer, the review scheduler.
 * @param {{ timeline: { zoomFrameP95Ms: number | null },
 *   words: { tapToCardMedianMs: number, vowelsOnMedianMs: number },
 *   scheduler: { cards: number, phoneAnswerMs: number } | null }} t
 */
export function timingsBroken({ timeline, words, scheduler }) {
  const broken = [];
  if (timeline.zoomFrameP95Ms === null) broken.push('timeline: no zoom-frame measures were recorded');
  else if (timeline.zoomFrameP95Ms > BUDGET.zoomFrameMs)
    broken.push(`timeline: zoom frame p95 ${timeline.zoomFrameP95Ms} ms > ${BUDGET.zoomFrameMs} ms`);
  if (words.tapToCardMedianMs > BUDGET.tapToCardMs)
    broken.push(`reader: tap to word card ${words.tapToCardMedianMs} ms > ${BUDGET.tapToCardMs} ms`);
  if (words.vowelsOnMedianMs > BUDGET.vowelsRenderMs)
    broken.push(`reader: vowels on ${words.vowelsOnMedianMs} ms > ${BUDGET.vowelsRenderMs} ms`);
  if (!scheduler) broken.push('review scheduler: src/lib/review/bench.ts is missing');
  else if (scheduler.phoneAnswerMs > BUDGET.schedulerAnswerMs)
    broken.push(
      `review scheduler: an answer on a ${scheduler.cards}-card deck ${scheduler.phoneAnswerMs} ms on the phone profile > ${BUDGET.schedulerAnswerMs} ms`,
    );
  return broken;
}
