// The cross-engine suite, the same in each engine (chromium.test.ts, firefox.test.ts, webkit.test.ts
// call it): every route in both languages at a phone's width and a desktop's opens with no script error,
// no console error and no failed load (a modulepreload link's `error` included); a whole quiz in both
// languages; a reload mid-quiz keeps the answers; a first visit says the app is ready offline and never
// that a new version is available, even with a second page opened during the worker's install; and
// after that first visit every route works with the server gone. The timeline and the map, zoomed in and
// out with their own buttons at a phone's size, draw their marks further apart and back, their labels
// never overlapping, the page never wider than the screen (zoom.ts reads what they show). Screenshots
// of every Arabic route go to test-results/engines/<engine>/ (look at them: they are how WebKit's
// Arabic is checked by eye).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pwa as pwaStrings } from '../../src/lib/i18n/strings/pwa';
import { map as mapStrings } from '../../src/lib/i18n/strings/map';
import { quiz as quizStrings } from '../../src/lib/i18n/strings/quiz';
import { timeline as timelineStrings } from '../../src/lib/i18n/strings/timeline';
import {
  launch,
  selectedEngines,
  startServer,
  type EngineName,
  type Session,
  type TestServer,
  type Viewport,
} from './browsers';
import { ROOT } from './server';
import { enabled, expectLegible, expectSameView, settled, spread, type Seen, type ViewParts } from './zoom';

const LANGS = ['ar', 'en'] as const;
type Lang = (typeof LANGS)[number];

/** Each route, and what in its page says it has started (hydrated, its lazy part loaded). */
export const ROUTES: { path: string; ready: string }[] = [
  { path: '', ready: 'main h1' },
  // Its gestures attached (d3-zoom loaded when idle): the viewport says so, as the e2e tests read it.
  { path: 'timeline', ready: '.tl .viewport[data-gestures="on"]' },
  { path: 'map', ready: '.frame[data-live="true"]' },
  { path: 'quiz', ready: '.quiz[data-ready="true"]' },
  { path: 'teach', ready: '[data-selected-count]' },
  { path: 'review', ready: '.review[data-ready="true"]' },
  { path: 'results', ready: 'main .empty, main section.quiz' },
  // The words page's list, with its count, once the word layer and the list's code have loaded.
  { path: 'words', ready: '[data-words-count]' },
  { path: 'about', ready: 'main h1' },
];

export const PHONE: Viewport = { width: 390, height: 844 };
export const DESKTOP: Viewport = { width: 1280, height: 800 };

/** The timeline's chart: its marks in the SVG, its event labels and axis texts in the HTML layer over it. */
const TIMELINE: ViewParts = {
  view: '.tl .viewport',
  marks: '.tl .viewport svg.marks g.mark',
  labels: '.tl .viewport .label[data-id]',
  texts: '.tl .viewport .axis-label',
  words: '.tl .controls .showing',
  vertical: '.tl.vertical',
  // Down a phone, zoomed in, the pan buttons float over the ends of the axis labels' column.
  controls: '.tl .pan.floating',
};

/** The map: the places' dots, their labels and the Malaysia inset, and the country names. */
const MAP: ViewParts = {
  view: '.map .frame',
  marks: '.map .frame > .dot[data-id]',
  labels: '.map .frame > .label[data-place], .map .frame > .inset',
  texts: '.map .frame > .region',
};

/** Marks' distances after a zoom by 2, over before: 2 give or take 10 % (the timeline glides there). */
const offFactor = (ratios: number[]) => ratios.filter((r) => r < 1.8 || r > 2.2).map((r) => r.toFixed(3));

const route = (path: string) => ROUTES.find((r) => r.path === path)!;

const QUIZ_KEY = 'qaryatayn.quiz.session.default';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits until the page at `path` has started: its ready selector matches (see ROUTES). */
async function ready(s: Session, route: { path: string; ready: string }) {
  await s.waitFor(
    (selector: string) => {
      // The worker bridge starts once the page has hydrated and gone idle: the page is all there.
      const started = document.querySelector('.pwa-status:not([data-worker="idle"])') !== null;
      return document.readyState === 'complete' && started && document.querySelector(selector) !== null;
    },
    { timeout: 30_000, message: `/${route.path} ready (${route.ready})` },
    route.ready,
  );
}

/** Opens /lang/path and waits for it to start, then for its idle-time work (the worker bridge, lazy parts). */
async function open(s: Session, url: string, route: { path: string; ready: string }) {
  await s.goto(url);
  await ready(s, route);
  await sleep(500);
}

/** The page's problems, with a check that the error probe was there to see them. */
async function problems(s: Session): Promise<string[]> {
  const probed = await s.evaluate(() => '__engineProbe' in window);
  const list = await s.problems();
  return probed ? list : [...list, 'the error probe is missing from this page: its errors went unseen'];
}

const latin = (s: string) => s.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d)));

/** The quiz's progress as [n, total], read from ".progress .count" ("٣ / ٤٨" or "3 / 48"). */
async function progress(s: Session): Promise<[number, number] | null> {
  const text = await s.evaluate(() => document.querySelector('.progress .count')?.textContent ?? '');
  const m = /(\d+)\s*\/\s*(\d+)/.exec(latin(text));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

/** What the quiz shows, for a failure's message. */
async function quizState(s: Session): Promise<string> {
  return s.evaluate(() =>
    JSON.stringify({
      progress: document.querySelector('.progress .count')?.textContent,
      question: document.querySelector('.question h2')?.textContent?.slice(0, 80),
      feedback: document.querySelector('.feedback h3')?.textContent,
      focus: document.activeElement?.outerHTML.slice(0, 120),
      scrollY,
    }),
  );
}

/** Runs `step`; if it fails, says what the quiz showed and keeps a screenshot of it. */
async function quizStep<T>(s: Session, shots: string, what: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (e) {
    const state = await quizState(s).catch(() => '?');
    await s.screenshot(join(shots, 'quiz-failure.png')).catch(() => {});
    throw new Error(`${what}: ${(e as Error).message}\nthe quiz showed ${state}`);
  }
}

/** Clicks "next" and waits for question `n` (read in either digit system). */
async function next(s: Session, shots: string, n: number) {
  const there = (d: string) =>
    (document.querySelector('.progress .count')?.textContent ?? '')
      .replace(/[٠-٩]/g, (c) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(c)))
      .startsWith(d) && document.querySelector('.feedback') === null;
  await quizStep(s, shots, `to question ${n}`, async () => {
    await s.click('.feedback button.next');
    // A click that a late scroll carried off the button (WebKit, on a loaded machine) is clicked again.
    const moved = await s
      .waitFor(there, { timeout: 4000 }, String(n))
      .then(() => true)
      .catch(() => false);
    if (moved) return;
    if (await s.evaluate(() => document.querySelector('.feedback button.next') !== null))
      await s.click('.feedback button.next');
    await s.waitFor(there, { message: `question ${n}` }, String(n));
  });
}

/** Answers the question on screen (its first option, or the order as it stands); returns the verdict. */
async function answer(s: Session): Promise<string> {
  const hasCheck = await s.evaluate(() => document.querySelector('button.check') !== null);
  await s.click(hasCheck ? 'button.check' : '.option');
  return s.waitFor(() => document.querySelector('.feedback h3')?.textContent?.trim() || null, {
    message: 'the feedback after an answer',
  });
}

/** Starts a quiz from the quiz page (practice mode; the full length unless `short`). */
async function startQuiz(s: Session, base: string, lang: Lang, short: boolean) {
  await s.goto(`${base}/${lang}/quiz`);
  // No quiz left from another test: the page starts at its options.
  await s.evaluate((k: string) => localStorage.removeItem(k), QUIZ_KEY);
  await open(s, `${base}/${lang}/quiz`, ROUTES[3]);
  if (short) await s.click('input[name="length"][value="true"]');
  await s.click('section.setup button.big');
  await s.waitFor(() => document.querySelector('.question h2') !== null, { message: 'the first question' });
}

/** The suite for one engine; it skips itself unless ENGINES names the engine (or names none). */
export function engineSuite(engine: EngineName): void {
  describe.skipIf(!selectedEngines().includes(engine))(engine, () => {
    const shots = join(ROOT, 'test-results/engines', engine);
    let server: TestServer;
    let s: Session;

    beforeAll(async () => {
      rmSync(shots, { recursive: true, force: true });
      mkdirSync(shots, { recursive: true });
      server = await startServer();
      s = await launch(engine, { viewport: PHONE, server });
      writeFileSync(join(shots, 'version.txt'), `${s.version}\n`);
      console.log(`${engine}: ${s.version}`);
    });
    afterAll(async () => {
      await s?.close();
      await server?.stop();
    });

    describe('every route opens with no error', () => {
      for (const size of [PHONE, DESKTOP])
        for (const lang of LANGS)
          for (const route of ROUTES) {
            const path = `/${lang}/${route.path}`;
            test(`${path} at ${size.width} px`, async () => {
              await s.setViewport(size);
              await open(s, `${server.url}${path}`, route);
              const page = await s.evaluate(() => ({
                lang: document.documentElement.lang,
                dir: document.documentElement.dir,
                h1: document.querySelector('h1')?.textContent?.trim() ?? '',
                overflow: document.documentElement.scrollWidth - innerWidth,
              }));
              if (lang === 'ar')
                await s.screenshot(join(shots, `ar-${route.path || 'reader'}-${size.width}.png`));
              expect(await problems(s)).toEqual([]);
              expect(page.lang).toBe(lang);
              expect(page.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
              expect(page.h1).not.toBe('');
              expect(page.overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
            });
          }
    });

    describe('zooming at a phone’s size, with the page’s own buttons', () => {
      /** Runs `body`; if it fails, keeps a screenshot of what the page showed. */
      const keepShot = async (name: string, body: () => Promise<void>) => {
        try {
          await body();
        } catch (e) {
          await s.screenshot(join(shots, `${name}-failure.png`)).catch(() => {});
          throw e;
        }
      };

      for (const lang of LANGS)
        test(
          `/${lang}/timeline: zoom in draws the events further apart, labels apart; zoom out and "show all" come back`,
          { timeout: 240_000 },
          () =>
            keepShot(`${lang}-timeline-zoom`, async () => {
              const t = timelineStrings[lang];
              const button = (label: string) => `.tl .controls button[aria-label="${label}"]`;
              await s.setViewport(PHONE);
              await open(s, `${server.url}/${lang}/timeline`, route('timeline'));
              await enabled(s, button(t.zoomIn));
              const first = await settled(s, TIMELINE);
              expectLegible(first, 'at first');
              expect(await problems(s)).toEqual([]);

              await s.click(button(t.zoomIn));
              const zoomed = await settled(s, TIMELINE, first);
              // The marks move along the time axis only: down the page on a phone, across otherwise.
              const ratios = spread(first, zoomed, first.vertical ? 'y' : 'x');
              expect(ratios.length, 'pairs of events in sight to measure').toBeGreaterThan(0);
              expect(offFactor(ratios), 'events’ distances not doubled').toEqual([]);
              expectLegible(zoomed, 'zoomed in');
              const ticks = (v: Seen) => v.texts.map((x) => x.text);
              expect(ticks(zoomed), 'the axis').not.toEqual(ticks(first));
              expect(zoomed.words, 'the dates in view, in words').not.toBe(first.words);
              if (lang === 'ar') await s.screenshot(join(shots, 'ar-timeline-zoomed-390.png'));
              expect(await problems(s)).toEqual([]);

              await s.click(button(t.zoomOut));
              expectSameView(await settled(s, TIMELINE, zoomed), first, 'zoomed back out');
              await s.click(button(t.zoomIn));
              const again = await settled(s, TIMELINE, first);
              expectSameView(again, zoomed, 'zoomed in again');
              await s.click('.tl .controls button.all');
              expectSameView(await settled(s, TIMELINE, again), first, 'after "show all"');
              expect(await problems(s)).toEqual([]);
            }),
        );

      for (const lang of LANGS)
        test(
          `/${lang}/map: zoom in draws the places further apart, labels apart; zoom out and "whole map" come back`,
          { timeout: 240_000 },
          () =>
            keepShot(`${lang}-map-zoom`, async () => {
              const m = mapStrings[lang];
              const button = (label: string) => `.map + .tools button[aria-label="${label}"]`;
              await s.setViewport(PHONE);
              await open(s, `${server.url}/${lang}/map`, route('map'));
              await enabled(s, button(m.zoomIn));
              const first = await settled(s, MAP);
              expectLegible(first, 'at first');
              expect(await problems(s)).toEqual([]);

              await s.click(button(m.zoomIn));
              const zoomed = await settled(s, MAP, first);
              const ratios = spread(first, zoomed, 'xy');
              expect(ratios.length, 'pairs of places in sight to measure').toBeGreaterThan(0);
              expect(offFactor(ratios), 'places’ distances not doubled').toEqual([]);
              expectLegible(zoomed, 'zoomed in');
              if (lang === 'ar') await s.screenshot(join(shots, 'ar-map-zoomed-390.png'));
              expect(await problems(s)).toEqual([]);

              await s.click(button(m.zoomOut));
              expectSameView(await settled(s, MAP, zoomed), first, 'zoomed back out');
              await s.click(button(m.zoomIn));
              const again = await settled(s, MAP, first);
              expectSameView(again, zoomed, 'zoomed in again');
              await s.click('.map + .tools button.reset');
              expectSameView(await settled(s, MAP, again), first, 'after "whole map"');
              expect(await problems(s)).toEqual([]);
            }),
        );
    });

    describe('the quiz', () => {
      // In Arabic every question of the bank (all its kinds, right to left); in English the short round.
      for (const [lang, short] of [
        ['ar', false],
        ['en', true],
      ] as const)
        test(
          `/${lang}/quiz: a whole quiz (${short ? 'the short round' : 'every question'}), to the score`,
          {
            timeout: 240_000,
          },
          async () => {
            const s2 = quizStrings[lang];
            await s.setViewport(PHONE);
            await startQuiz(s, server.url, lang, short);
            const total = (await progress(s))![1];
            expect(total).toBeGreaterThanOrEqual(short ? 5 : 30);
            let correct = 0;
            for (let i = 1; i <= total; i++) {
              expect(await progress(s)).toEqual([i, total]);
              const verdict = await quizStep(s, shots, `answer ${i}`, () => answer(s));
              if (verdict.includes(s2.correct)) correct++;
              else expect(verdict).toContain(s2.incorrect);
              if (i < total) await next(s, shots, i + 1);
              else await s.click('.feedback button.next');
            }
            const score = await s.waitFor(
              () => {
                const h1 = document.querySelector('.summary h1')?.textContent?.trim();
                const num = document.querySelector('.summary .num')?.textContent?.trim();
                return h1 && num ? { h1, num } : null;
              },
              { message: 'the score screen' },
            );
            expect({ ...score, num: latin(score.num) }).toEqual({ h1: s2.scoreTitle, num: String(correct) });
            expect(await problems(s)).toEqual([]);
          },
        );

      for (const lang of LANGS)
        test(`/${lang}/quiz: a reload mid-quiz keeps the answers`, async () => {
          await s.setViewport(PHONE);
          await startQuiz(s, server.url, lang, true);
          for (let i = 1; i <= 3; i++) {
            await answer(s);
            await next(s, shots, i + 1);
          }
          const heading = await s.evaluate(() => document.querySelector('.question h2')?.textContent);
          const verdict = await answer(s);
          await s.reload();
          await ready(s, ROUTES[3]);
          const after = await s.waitFor(() => {
            const h = document.querySelector('.question h2')?.textContent;
            const v = document.querySelector('.feedback h3')?.textContent?.trim();
            return h && v ? { heading: h, verdict: v } : null;
          });
          expect(after).toEqual({ heading, verdict });
          expect((await progress(s))?.[0]).toBe(4);
          const answered = await s.evaluate(
            (k: string) =>
              (JSON.parse(localStorage.getItem(k) ?? 'null')?.data?.answers ?? []).filter(
                (a: unknown) => a !== null,
              ).length,
            QUIZ_KEY,
          );
          expect(answered).toBe(4);
          expect(await problems(s)).toEqual([]);
        });
    });

    // A fresh profile: no worker, nothing stored.
    describe('first visit, then offline', () => {
      let f: Session;
      beforeAll(async () => {
        f = await launch(engine, { viewport: PHONE, server });
      });
      afterAll(async () => {
        await f?.close();
        if (!server.running()) await server.start();
      });

      test('a first visit says "ready to work offline", not "a new version is available"', async () => {
        // The worker's install cannot finish while one file of its precache is held back, so the second
        // page surely opens during it (Firefox took that for an update).
        const release = server.hold(
          (u) => u.pathname === '/ar/about' && u.search.includes('__WB_REVISION__'),
        );
        try {
          await open(f, `${server.url}/en/`, ROUTES[0]);
          // The page registers its worker once idle: on a loaded host, some seconds after it is ready.
          const installing = await f
            .waitFor(
              async () => {
                const r = await navigator.serviceWorker.getRegistration();
                return r?.active ? 'active' : r?.installing ? 'installing' : null;
              },
              { timeout: 30_000, message: 'the first page starting the worker’s install' },
            )
            .catch(() => 'not started');
          expect(installing, 'the first page started the install').toBe('installing');
          await open(f, `${server.url}/ar/`, ROUTES[0]);
        } finally {
          release();
        }
        const notice = await f.waitFor(
          () =>
            document.querySelector('.toast.update')
              ? 'update'
              : document.querySelector('.toast.ready')
                ? 'ready'
                : null,
          { timeout: 40_000, message: 'a notice about the worker' },
        );
        await f.waitFor(
          async () =>
            (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated' &&
            navigator.serviceWorker.controller !== null,
          { timeout: 40_000, message: 'the worker activated and controlling the page' },
        );
        // workbox-window reports a waiting worker 200 ms after it is installed: give it time to be wrong.
        await sleep(1500);
        const toasts = await f.evaluate(() =>
          [...document.querySelectorAll('.toast')].map((t) => t.textContent?.trim() ?? ''),
        );
        expect(notice).toBe('ready');
        expect(toasts.join(' | ')).toContain(pwaStrings.ar.offlineReady);
        expect(toasts.join(' | ')).not.toContain(pwaStrings.ar.updateReload);
        expect(await problems(f)).toEqual([]);
      });

      test(
        'after the first visit, every route works with the server gone',
        { timeout: 180_000 },
        async () => {
          // Until the worker answers navigations itself (Chromium sends them to the network for a moment
          // after activation), so that going offline breaks nothing for the wrong reason.
          const end = Date.now() + 30_000;
          for (;;) {
            server.requests.length = 0;
            await f.reload();
            if (!server.requests.some((p) => p === '/ar/' || p === '/ar')) break;
            if (Date.now() > end) throw new Error('the worker never answered a navigation itself');
            await sleep(250);
          }
          // Let the page finish its idle-time work first, so that nothing is in flight when the server goes.
          await ready(f, ROUTES[0]);
          await sleep(1500);
          expect(await problems(f)).toEqual([]);
          await f.setOffline(true);
          try {
            for (const lang of LANGS)
              for (const route of ROUTES) {
                await open(f, `${server.url}/${lang}/${route.path}`, route);
                expect(await problems(f), `/${lang}/${route.path} offline`).toEqual([]);
              }
          } finally {
            await f.setOffline(false);
          }
        },
      );
    });
  });
}
