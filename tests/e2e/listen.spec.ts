import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';

/**
 * Read-aloud (issue 21): where the device has an Arabic voice, the reader reads the article sentence by
 * sentence, the sentence and word being read highlighted; a sentence, its translation and a word are read
 * on their own; a slow pace is kept. The browser's speech engine is replaced by a recording fake whose
 * events the test fires, as a real engine would while it reads: what is spoken, in which language and
 * order, is checked, and nothing shows where there is no voice.
 */

type Said = { text: string; lang: string; voice?: string; rate: number };
type VoiceSpec = { name: string; lang: string; localService: boolean; default: boolean };

const AR = { name: 'Maged', lang: 'ar-SA', localService: true, default: false };
const AR_ONLINE = { name: 'Google العربية', lang: 'ar-SA', localService: false, default: false };
const EN = { name: 'Samantha', lang: 'en-US', localService: true, default: true };

/** Replaces speechSynthesis before the page's scripts run (or removes it, with `voices` null). */
async function fakeSpeech(page: Page, voices: VoiceSpec[] | null) {
  await page.addInitScript((list) => {
    if (list === null) {
      // A browser without the Web Speech API.
      Object.defineProperty(window, 'speechSynthesis', { value: undefined });
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: undefined });
      return;
    }
    type U = {
      text: string;
      lang: string;
      rate: number;
      voice: VoiceSpec | null;
      onstart?: ((e: object) => void) | null;
      onend?: ((e: object) => void) | null;
      onerror?: ((e: object) => void) | null;
      onboundary?: ((e: object) => void) | null;
    };
    const said: Said[] = [];
    let queue: U[] = [];
    class Utterance {
      text: string;
      lang = '';
      rate = 1;
      voice = null;
      onstart = null;
      onend = null;
      onerror = null;
      onboundary = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    const synth = {
      paused: false,
      getVoices: () => list,
      speak(u: U) {
        queue.push(u);
        said.push({ text: u.text, lang: u.lang, voice: u.voice?.name, rate: u.rate });
      },
      cancel() {
        const gone = queue;
        queue = [];
        for (const u of gone) u.onerror?.({ error: 'interrupted' });
      },
      pause() {
        this.paused = true;
      },
      resume() {
        this.paused = false;
      },
      addEventListener() {},
    };
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.assign(window, {
      __speech: {
        said,
        paused: () => synth.paused,
        start: () => queue[0]?.onstart?.({}),
        word: (charIndex: number) => queue[0]?.onboundary?.({ charIndex, name: 'word' }),
        end: () => queue.shift()?.onend?.({}),
      },
    });
  }, voices);
}

/** Fires the fake engine's events, or reads what it recorded. */
const sp = (page: Page, op: 'start' | 'end' | 'word' | 'paused' | 'said', arg?: number) =>
  page.evaluate(
    ([op, arg]) =>
      (window as unknown as { __speech: Record<string, unknown> }).__speech[op] instanceof Function
        ? (window as unknown as { __speech: Record<string, (x?: number) => unknown> }).__speech[op](arg)
        : (window as unknown as { __speech: Record<string, unknown> }).__speech[op],
    [op, arg] as const,
  );
const said = (page: Page) => sp(page, 'said') as Promise<Said[]>;
const bare = (s: string) => s.replace(/[\u064B-\u0652\u0670]/g, '');

const SECOND = 'و«التنظيم» يسيطر على مدينة استراتيجية بحمص';
const T = {
  ar: {
    listen: 'استمع إلى المقال',
    pause: 'إيقاف مؤقت',
    resume: 'تابع',
    stop: 'أوقف القراءة',
    slow: 'قراءة بطيئة',
  },
  en: {
    listen: 'Listen to the article',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop reading',
    slow: 'Read slowly',
  },
} as const;

for (const [size, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)
  for (const lang of ['ar', 'en'] as const)
    test(`${lang}, ${size}: the article read aloud, sentence by sentence, the highlight following`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await fakeSpeech(page, [AR_ONLINE, AR, EN]);
      await page.goto(`/${lang}/`);
      const t = T[lang];
      await page.getByRole('button', { name: t.listen }).click();
      // The headline first, in Arabic, with the voice on the device (not the online one).
      await expect.poll(() => said(page)).toHaveLength(1);
      const [first] = await said(page);
      expect(first).toMatchObject({ lang: 'ar-SA', voice: 'Maged', rate: 1 });
      // Read from the vowelled forms once the word layer has loaded, the article's own words otherwise.
      expect(bare(first.text)).toMatch(/^مقتل (51|واحد وخمسين) داعشيا/);
      await sp(page, 'start');
      const headline = page.locator('[id="h1.s1"]');
      await expect(headline).toHaveClass(/speaking/);
      // The engine reaches the first word, then the last: each is marked in turn (where the Arabic shows).
      await sp(page, 'word', 0);
      if (lang === 'ar') await expect(headline.locator('.w[data-i="0"]')).toHaveClass(/spoken/);
      await sp(page, 'word', first.text.length - 3);
      if (lang === 'ar') {
        const last = headline.locator('.w').last();
        await expect(last).toHaveClass(/spoken/);
        await expect(headline.locator('.w.spoken')).toHaveCount(1);
      }
      await sp(page, 'end');
      await expect.poll(async () => (await said(page)).length).toBe(2);
      expect(bare((await said(page))[1].text)).toBe(SECOND);
      await sp(page, 'start');
      await expect(page.locator('[id="h1.s2"]')).toHaveClass(/speaking/);
      await expect(headline).not.toHaveClass(/speaking/);
      // Pause, resume, stop.
      await page.getByRole('button', { name: t.pause }).click();
      expect(await sp(page, 'paused')).toBe(true);
      await page.getByRole('button', { name: t.resume }).click();
      expect(await sp(page, 'paused')).toBe(false);
      await page.getByRole('button', { name: t.stop }).click();
      await expect(page.locator('.speaking')).toHaveCount(0);
      await expect(page.getByRole('button', { name: t.listen })).toBeVisible();
      await expectNoHorizontalScroll(page);
    });

test('a sentence, its translation and a word are read on their own; the slow pace is kept', async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await fakeSpeech(page, [AR, EN]);
  await page.goto('/ar/');
  await page.getByRole('checkbox', { name: T.ar.slow }).check();
  await page.reload();
  await expect(page.getByRole('checkbox', { name: T.ar.slow })).toBeChecked();
  // The sentence's translation button opens the panel with its two Listen buttons.
  const sentence = page.locator('[id="p1.s1"]');
  await sentence.locator('xpath=following-sibling::button[1]').click();
  await page.getByRole('button', { name: 'استمع إلى الجملة' }).click();
  await page.getByRole('button', { name: 'استمع إلى الترجمة' }).click();
  // A word's card: the word, vowelled.
  await sentence.locator('.w[data-i="1"]').click();
  await page.locator('dialog#word').getByRole('button', { name: 'استمع إلى الكلمة' }).click();
  await expect.poll(async () => (await said(page)).length).toBe(3);
  const [s, tr, w] = await said(page);
  expect(s).toMatchObject({ lang: 'ar-SA', rate: 0.7 });
  expect(bare(s.text)).toMatch(/^أفاد /);
  expect(tr).toMatchObject({ lang: 'en-US', voice: 'Samantha', rate: 0.7 });
  expect(tr.text).toMatch(/^[A-Z]/);
  expect(w.lang).toBe('ar-SA');
  expect(w.text).toMatch(/[\u064B-\u0652]/);
  expect(bare(w.text)).toBe('وزير');
});

test('no Arabic voice: no Listen control for Arabic, the English one stays; About says how to add one', async ({
  page,
}) => {
  await fakeSpeech(page, [EN]);
  await page.goto('/en/');
  await page.locator('[id="p1.s1"]').click();
  await expect(page.getByRole('button', { name: 'Listen to the translation' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Listen to the sentence' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: T.en.listen })).toHaveCount(0);
  await page.goto('/en/about');
  await expect(page.getByRole('heading', { name: 'Listening to the text' })).toBeVisible();
  await expect(page.getByText(/Spoken Content/)).toBeVisible();
});

test('a browser without speech: no Listen control anywhere, and no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await fakeSpeech(page, null);
  await page.goto('/ar/');
  await page.locator('[id="p1.s1"]').locator('xpath=following-sibling::button[1]').click();
  await expect(page.locator('.gloss')).toBeVisible();
  await expect(page.locator('button.listen')).toHaveCount(0);
  await expect(page.getByRole('button', { name: T.ar.listen })).toHaveCount(0);
  expect(errors).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const)
  test(`axe: the reader while it reads aloud, a sentence's Listen buttons open (${scheme})`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize(PHONE);
    await fakeSpeech(page, [AR, EN]);
    await page.goto('/ar/');
    await page.locator('[id="p1.s1"]').locator('xpath=following-sibling::button[1]').click();
    await page.getByRole('button', { name: T.ar.listen }).click();
    await sp(page, 'start');
    await sp(page, 'word', 0);
    await expect(page.locator('.speaking')).not.toHaveCount(0);
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
      [],
    );
  });
