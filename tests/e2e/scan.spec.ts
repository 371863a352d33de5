import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import QRCode from 'qrcode';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';
import { allQuestionIds, createBank } from '$lib/quiz/bank';
import type { QuizConfig } from '$lib/quiz/types';
import { encodeQuizLink } from '$lib/share/quiz-link';
import { encodeResultLink } from '$lib/share/result-link';
import { screenEcc } from '$lib/share/qr';
import { pasteReportText } from '$lib/share/paste';
import { countPhrase } from '$lib/i18n/count';
import { collect } from '$lib/i18n/strings/collect';
import { quiz as quizStrings } from '$lib/i18n/strings/quiz';
import { core } from '$lib/i18n/strings/core';
import { share } from '$lib/i18n/strings/share';
import { results } from '$lib/i18n/strings/results';
import { fill } from '$lib/i18n/strings';
import { FEEDBACK } from '$lib/components/results/feedback';
import { test, expect, PHONE } from './fixtures';
import { waitForWorker } from './sw-helpers';

/*
 * Collecting a class's results: the camera scanner (with Chromium's fake camera playing a video made
 * here from QR codes of real result links), the paste route, and the student's score screen that
 * shows the code. Result links are made with the app's own encoder, for the test server's origin.
 */

const ORIGIN = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4321)}`;
// The question bank the build wrote, as the app loads it.
const bank = createBank(JSON.parse(readFileSync('build/data/quiz.json', 'utf8')));

const QUIZ: QuizConfig = {
  questionIds: allQuestionIds(bank).slice(3, 13),
  order: 'fixed',
  lang: 'en',
  mode: 'exam',
  title: 'Scan test',
};
const STUDENTS = ['Layla', 'Omar', 'سامي'];
function resultLink(name: string, i: number, lang = 'en'): string {
  const code = encodeResultLink(
    {
      quiz: QUIZ,
      name,
      answers: QUIZ.questionIds.map((_, k) => (k % 3 === i % 3 ? null : 0)),
      finishedAt: Date.UTC(2026, 10, 30, 9, 40 + i),
      durationSec: 400 + i,
    },
    bank,
  );
  return `${ORIGIN}/${lang}/results#${code}`;
}
const LINKS = STUDENTS.map((name, i) => resultLink(name, i));
/** A result link with one character of its code changed: its CRC no longer holds. */
const DAMAGED = (() => {
  const link = resultLink('Huda', 3);
  const at = link.indexOf('#') + 20;
  return link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
})();

// ---- The fake camera: a Y4M video (YUV 4:2:0), each code on screen for 1.6 s, blank between. ----
const W = 320;
const H = 240;
const FPS = 5;
const MODULE_PX = 4;

/** The luma plane of a frame: a QR code of `text` (as the student's screen draws it), or blank. */
function frame(text: string | null): Buffer {
  const y = Buffer.alloc(W * H, 235);
  if (!text) return y;
  const qr = QRCode.create(text, { errorCorrectionLevel: screenEcc(text) });
  const n = qr.modules.size;
  const x0 = Math.floor((W - n * MODULE_PX) / 2);
  const y0 = Math.floor((H - n * MODULE_PX) / 2);
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c))
        for (let dy = 0; dy < MODULE_PX; dy++)
          y.fill(
            16,
            (y0 + r * MODULE_PX + dy) * W + x0 + c * MODULE_PX,
            (y0 + r * MODULE_PX + dy) * W + x0 + (c + 1) * MODULE_PX,
          );
  return y;
}

function y4m(frames: Buffer[]): Buffer {
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${W} H${H} F${FPS}:1 Ip A1:1 C420jpeg\n`)];
  for (const y of frames) parts.push(Buffer.from('FRAME\n'), y, chroma);
  return Buffer.concat(parts);
}

const VIDEO = `test-results/scan-camera-${process.pid}.y4m`;
/** The video's length in frames; Chromium plays it in a loop. */
let VIDEO_FRAMES = 0;
{
  const blank = frame(null);
  const shown = (text: string) => Array<Buffer>(8).fill(frame(text));
  const frames = [blank, blank, blank];
  for (const text of [...LINKS, DAMAGED]) frames.push(...shown(text), blank, blank, blank);
  VIDEO_FRAMES = frames.length;
  mkdirSync('test-results', { recursive: true });
  writeFileSync(VIDEO, y4m(frames));
}

test.use({
  launchOptions: {
    executablePath: findChromium() ?? undefined,
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${VIDEO}`,
    ],
  },
});

type Probe = { asked: unknown[]; streams: MediaStream[]; notes: number[] };

/**
 * Records what getUserMedia is asked for and the streams it gives, to check the camera stops, and the
 * pitch of every note the scanner starts.
 */
async function watchCamera(page: Page) {
  await page.addInitScript(() => {
    const probe: Probe = { asked: [], streams: [], notes: [] };
    (window as unknown as { __camera: Probe }).__camera = probe;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (this: OscillatorNode, when?: number) {
      probe.notes.push(this.frequency.value);
      return start.call(this, when);
    };
    const md = navigator.mediaDevices;
    if (!md) return;
    const original = md.getUserMedia.bind(md);
    md.getUserMedia = async (constraints) => {
      probe.asked.push(constraints);
      const stream = await original(constraints);
      probe.streams.push(stream);
      return stream;
    };
  });
}

const trackStates = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __camera: Probe }).__camera.streams.flatMap((s) =>
      s.getTracks().map((t) => t.readyState),
    ),
  );

async function openResults(page: Page, lang: 'en' | 'ar') {
  await page.goto(`/${lang}/results`);
  await expect(page.getByRole('button', { name: collect[lang].scan })).toBeVisible();
}

test.describe('scanning result codes with the camera', () => {
  test('offline, three students are added and one damaged code is reported, each with its sound; the camera stops on Done', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    const c = collect.en;
    await watchCamera(page);
    await openResults(page, 'en');
    // Offline: the page and the code reader (loaded only now, when the scanner opens) come from the
    // app's own cache.
    await waitForWorker(page);
    await context.setOffline(true);
    await expect(page.getByRole('button', { name: c.scan })).toBeVisible();
    await page.getByRole('button', { name: c.scan }).click();
    const sheet = page.getByRole('dialog', { name: c.scanTitle });
    await expect(sheet).toBeVisible();
    await expect(sheet.locator('.scanner')).toHaveAttribute('data-scan-phase', 'scanning');
    const scanFrom = Date.now();
    const count = sheet.locator('[data-scan-added]');
    await expect(count).toHaveAttribute('data-scan-added', '3', { timeout: 40_000 });
    await expect(count).toHaveText(countPhrase(3, c, 'scanCount', 'en'));
    const log = sheet.locator('.log li');
    for (const name of STUDENTS)
      await expect(log.filter({ hasText: `${name}’s result was added.` })).toHaveCount(1);
    await expect(log.filter({ hasText: share.en.resultError_damaged }).first()).toBeVisible({
      timeout: 20_000,
    });
    // Each code was announced once each time it came into view (it stays for 8 frames), however many
    // times the video has played by now (a loaded host takes longer to get here).
    const plays = Math.ceil((Date.now() - scanFrom) / ((VIDEO_FRAMES / FPS) * 1000)) + 1;
    expect(await log.filter({ hasText: 'Layla’s result' }).count()).toBeLessThanOrEqual(plays);
    await expect(sheet.locator('[aria-live="polite"]')).not.toBeEmpty();
    // A soft note for each student added (once each, though the video shows each code for 8 frames and
    // plays again), and the falling notes of a code not added.
    const notes = () => page.evaluate(() => (window as unknown as { __camera: Probe }).__camera.notes);
    const added = FEEDBACK.added.notes[0].hz;
    expect((await notes()).filter((hz) => hz === added)).toHaveLength(3);
    await expect.poll(notes).toEqual(expect.arrayContaining(FEEDBACK.bad.notes.map((n) => n.hz)));
    // The rear camera was asked for, video only.
    const asked = await page.evaluate(() => (window as unknown as { __camera: Probe }).__camera.asked);
    expect(asked[0]).toMatchObject({ audio: false, video: { facingMode: { ideal: 'environment' } } });

    await sheet.getByRole('button', { name: c.scanDone }).click();
    await expect(sheet).toBeHidden();
    const states = await trackStates(page);
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'ended')).toBe(true);

    // The class list and its chart, at once; the page says how many the scan added.
    await expect(page.locator('.notice[role="status"]')).toHaveText(countPhrase(3, c, 'scanCount', 'en'));
    const rows = page.locator('section.quiz tbody tr');
    await expect(rows).toHaveCount(3);
    for (const name of STUDENTS) await expect(rows.filter({ hasText: name })).toHaveCount(1);
    await expect(page.locator('figure.chart li')).toHaveCount(10);
    // Saved on the device: a reload keeps them.
    await page.reload();
    await expect(rows).toHaveCount(3);
  });

  test('a hidden page gives the camera back, and the scanner takes it again when the page shows', async ({
    page,
  }) => {
    await watchCamera(page);
    await openResults(page, 'ar');
    await page.getByRole('button', { name: collect.ar.scan }).click();
    const scanner = page.locator('.scanner');
    await expect(scanner).toHaveAttribute('data-scan-phase', 'scanning');
    const setVisibility = (state: 'hidden' | 'visible') =>
      page.evaluate((s) => {
        Object.defineProperty(document, 'visibilityState', { value: s, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      }, state);
    await setVisibility('hidden');
    await expect.poll(() => trackStates(page)).toEqual(['ended']);
    await setVisibility('visible');
    await expect.poll(async () => (await trackStates(page)).join()).toBe('ended,live');
    await expect(scanner).toHaveAttribute('data-scan-phase', 'scanning');
    // Closed with the sheet's own close button: stopped as well.
    await page
      .getByRole('dialog', { name: collect.ar.scanTitle })
      .getByRole('button', { name: core.ar.close })
      .click();
    await expect.poll(() => trackStates(page)).toEqual(['ended', 'ended']);
  });

  for (const lang of ['en', 'ar'] as const)
    test(`/${lang}/results: a refused camera says so and offers the paste route`, async ({ page }) => {
      const c = collect[lang];
      await page.addInitScript(() => {
        navigator.mediaDevices.getUserMedia = () =>
          Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));
      });
      await page.setViewportSize(PHONE);
      await openResults(page, lang);
      await page.getByRole('button', { name: c.scan }).click();
      const alert = page.getByRole('dialog', { name: c.scanTitle }).getByRole('alert');
      await expect(alert).toContainText(c.scanDenied);
      await alert.getByRole('button', { name: c.scanToPaste }).click();
      await expect(page.getByRole('dialog', { name: c.scanTitle })).toBeHidden();
      await expect(page.getByRole('textbox', { name: c.pasteLabel })).toBeFocused();
    });

  test('no camera at all: the message, no retry, and the paste route', async ({ page }) => {
    await page.addInitScript(() => {
      navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('none', 'NotFoundError'));
    });
    await openResults(page, 'en');
    await page.getByRole('button', { name: collect.en.scan }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(collect.en.scanNoCamera);
    await expect(alert.getByRole('button', { name: collect.en.scanRetry })).toHaveCount(0);
    await expect(alert.getByRole('button', { name: collect.en.scanToPaste })).toBeVisible();
  });
});

test.describe('by keyboard, with a screen reader', () => {
  for (const scheme of ['light', 'dark'] as const)
    test(`/ar/results, ${scheme}: scan and paste by keyboard alone; axe finds nothing in the scanner or the paste box`, async ({
      page,
    }) => {
      // Two scoped axe scans and a camera: about 60 s on this 2-core host.
      test.setTimeout(180_000);
      const c = collect.ar;
      const axe = async (what: string, scope: string) => {
        const { violations } = await new AxeBuilder({ page })
          .include(scope)
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
          .analyze();
        return violations.map(
          (v) => `${what}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target).join(' | ')}`,
        );
      };
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize(PHONE);
      await watchCamera(page);
      await openResults(page, 'ar');
      const scan = page.getByRole('button', { name: c.scan });
      await scan.focus();
      await page.keyboard.press('Enter');
      const sheet = page.getByRole('dialog', { name: c.scanTitle });
      await expect(sheet).toBeVisible();
      // Focus is in the sheet; each code read is announced with the running count.
      await expect.poll(() => sheet.evaluate((d) => d.contains(document.activeElement))).toBe(true);
      await expect(sheet.locator('[data-scan-added]')).toHaveAttribute('data-scan-added', '1', {
        timeout: 40_000,
      });
      const { spoken, n } = await sheet.evaluate((d) => ({
        spoken: d.querySelector('[aria-live="polite"]')!.textContent,
        n: Number(d.querySelector('[data-scan-added]')!.getAttribute('data-scan-added')),
      }));
      expect(spoken).toBe(
        `${fill(results.ar.added, { name: STUDENTS[n - 1] })} ${countPhrase(n, c, 'scanCount', 'ar')}`,
      );
      const found = await axe('scanner', '#scanner');
      // Escape closes the scanner, stops the camera and gives focus back to its button.
      await page.keyboard.press('Escape');
      await expect(sheet).toBeHidden();
      await expect.poll(async () => (await trackStates(page)).every((t) => t === 'ended')).toBe(true);
      await expect(scan).toBeFocused();
      // Paste: Tab to its button, Enter, the box takes the focus; Tab to Add, Enter.
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: c.paste })).toBeFocused();
      await page.keyboard.press('Enter');
      const box = page.getByRole('textbox', { name: c.pasteLabel });
      await expect(box).toBeFocused();
      await page.keyboard.insertText(`Zaid: ${resultLink('Zaid', 4, 'ar')}`);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('status').filter({ has: page.locator('[data-paste-report]') })).toHaveText(
        `${countPhrase(1, c, 'pasteAdded', 'ar')}.`,
      );
      found.push(...(await axe('paste box', 'form.paste')));
      expect(found, found.join('\n')).toEqual([]);
    });
});

/** True when the element is inside the window and covered by neither the top bar nor the tab bar. */
function shownWhole(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const top = document.querySelector('header.top')?.getBoundingClientRect().bottom ?? 0;
  const bottom = document.querySelector('nav.tabbar')?.getBoundingClientRect().top ?? innerHeight;
  return r.top >= top && r.bottom <= Math.min(bottom, innerHeight);
}

test.describe('pasting result links', () => {
  for (const lang of ['en', 'ar'] as const)
    test(`/${lang}/results: a messy chat export adds every result link in it, and says what it did`, async ({
      page,
    }) => {
      const c = collect[lang];
      const [a, b, s] = STUDENTS.map((name, i) => resultLink(name, i, lang));
      // A mail client's 40-column wrap inside Omar's link.
      const wrapped = b.match(/.{1,40}/g)!.join('\n');
      const text = [
        `[30/11/2026, 09:41] Layla: ${a}`,
        `[30/11/2026, 09:42] Omar: here it is`,
        wrapped,
        `[30/11/2026, 09:43] Teacher: quiz is ${ORIGIN}/${lang}/quiz#${encodeQuizLink(QUIZ)}`,
        `[30/11/2026, 09:44] Sami: ${s}${a}`,
        `[30/11/2026, 09:45] Huda: ${resultLink('Huda', 3, lang).slice(0, -8)}`,
        `[30/11/2026, 09:46] Someone: https://other.example/en/results#${a.split('#')[1]} lol`,
      ].join('\n');
      const damagedLine = text.split('\n').findIndex((l) => l.includes('Huda')) + 1;
      const foreignLine = text.split('\n').findIndex((l) => l.includes('other.example')) + 1;
      await page.setViewportSize(PHONE);
      await openResults(page, lang);
      await page.getByRole('button', { name: c.paste }).click();
      const box = page.getByRole('textbox', { name: c.pasteLabel });
      await expect(box).toBeFocused();
      await box.fill(text);
      await page.getByRole('button', { name: c.pasteAdd }).click();
      const report = page.locator('[data-paste-report]');
      const expected = pasteReportText(
        {
          found: 4,
          added: STUDENTS,
          named: 0,
          already: 0,
          damaged: [damagedLine],
          newer: [],
          foreign: [foreignLine],
        },
        lang,
      );
      await expect(report).toHaveText(expected);
      // On a phone the report is scrolled into view, between the top bar and the tab bar.
      await expect.poll(() => report.evaluate(shownWhole)).toBe(true);
      if (lang === 'en')
        expect(expected).toBe(
          `3 results added, 1 damaged (line ${damagedLine}), 1 link of another site not read (line ${foreignLine}).`,
        );
      const rows = page.locator('section.quiz tbody tr');
      await expect(rows).toHaveCount(3);
      await expect(page.locator('figure.chart li')).toHaveCount(10);
      // The same text again: nothing new.
      await box.fill(text);
      await page.getByRole('button', { name: c.pasteAdd }).click();
      await expect(report).toContainText(countPhrase(3, c, 'pasteAlready', lang));
      await expect(rows).toHaveCount(3);
      // An empty box says so.
      await box.fill('');
      await page.getByRole('button', { name: c.pasteAdd }).click();
      await expect(report).toHaveText(c.pasteEmpty);
    });
});

/** Answers the question on screen: the first option shown, or the order as it stands. */
async function answerFirst(page: Page) {
  const check = page.locator('button.check');
  if (await check.count()) await check.click();
  else await page.locator('.option').first().click();
}

test.describe('the student’s score screen', () => {
  test.use({ colorScheme: 'dark', viewport: PHONE });

  test('shows the result as a QR code for the teacher’s camera, and full screen, black on white', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __wake: string[] }).__wake = calls;
      const api = navigator.wakeLock;
      if (!api) return;
      const request = api.request.bind(api);
      api.request = (type) => {
        calls.push(`request ${type}`);
        return request(type).then((lock) => {
          lock.addEventListener('release', () => calls.push('release'));
          return lock;
        });
      };
    });
    const quizUrl = `/en/quiz#${encodeQuizLink(QUIZ)}`;
    await page.goto(quizUrl);
    await expect(page.locator('.quiz[data-ready="true"]')).toBeVisible();
    await page.getByRole('button', { name: quizStrings.en.start }).click();
    for (let i = 0; i < 10; i++) {
      await answerFirst(page);
      await page.locator('.feedback button.next').click();
    }
    const send = page.locator('.send');
    await send.locator('[data-student-name]').fill('Layla');
    const url = await send.locator('[data-share-url]').inputValue();
    expect(url).toMatch(/\/en\/results#/);
    const code = send.locator('svg[data-qr-ecc]');
    await expect(code).toBeVisible();
    // The level suits the link; the code takes the card's width on a phone.
    await expect(code).toHaveAttribute('data-qr-ecc', screenEcc(url));
    const inline = (await code.boundingBox())!;
    expect(inline.width).toBeGreaterThan(PHONE.width * 0.75);

    const full = send.getByRole('button', { name: share.en.fullscreen });
    const view = page.getByRole('dialog', { name: share.en.fullscreenHoldUp });
    const open = async () => {
      await full.click();
      await expect(view).toBeVisible();
    };
    await open();
    await expect(view).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await expect(view.locator('.hint')).toHaveCSS('color', 'rgb(0, 0, 0)');
    const big = (await view.locator('svg[data-qr-ecc]').boundingBox())!;
    expect(big.width).toBeGreaterThan(inline.width);
    expect(big.width).toBeGreaterThan(PHONE.width * 0.85);
    await expect(view.locator('svg[data-qr-ecc]')).toHaveAttribute('data-qr-ecc', screenEcc(url));
    // Escape closes it.
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
    // Back closes it, and stays on the score screen.
    await open();
    await page.goBack();
    await expect(view).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`${quizUrl.replace(/[?#]/g, '\\$&')}$`));
    await expect(send).toBeVisible();
    // The Close button closes it, without leaving the page either.
    await open();
    await view.getByRole('button', { name: share.en.closeFullscreen }).click();
    await expect(view).toBeHidden();
    await expect(send).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${quizUrl.replace(/[?#]/g, '\\$&')}$`));
    // The screen was kept awake while the code showed, and let go after (where the API exists).
    const wake = await page.evaluate(() => (window as unknown as { __wake: string[] }).__wake);
    if (await page.evaluate(() => 'wakeLock' in navigator)) expect(wake).toContain('request screen');
  });
});
