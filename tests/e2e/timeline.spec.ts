import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const LANGS = ['ar', 'en'] as const;
const SIZES = { phone: PHONE, desktop: DESKTOP } as const;
const TIME_ORDER = [
  'crisis-begins',
  'palmyra-falls',
  'death-toll',
  'kerry-lavrov-meet',
  'qaryatayn-falls',
  'coalition-strikes',
  'kerry-announces',
  'unsc-vote',
];

/** The chart, once its engine has laid it out. */
async function chart(page: Page, path: string): Promise<Locator> {
  await page.goto(path);
  const viewport = page.locator('.tl .viewport');
  await expect(viewport.locator('.label')).toHaveCount(TIME_ORDER.length);
  await page.evaluate(() => document.fonts.ready);
  return viewport;
}

const boxes = (l: Locator) =>
  l.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as Box));
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Fails when any two of the boxes overlap. */
function expectApart(list: Box[], what: string) {
  list.forEach((a, i) =>
    list
      .slice(i + 1)
      .forEach((b, j) => expect(overlap(a, b), `${what} ${i} and ${i + j + 1} overlap`).toBe(false)),
  );
}

/**
 * The real DOM: labels and ticks apart, and every label's text inside its box. At rest everything is
 * inside the chart; zoomed in, what lies beyond the view is clipped, so only what is in it counts.
 */
async function expectLegible(viewport: Locator, atRest = true) {
  const frame = (await viewport.boundingBox())!;
  const inView = (b: Box) => atRest || overlap(b, frame);
  const labels = (await boxes(viewport.locator('.label'))).filter(inView);
  const ticks = (await boxes(viewport.locator('.axis-label'))).filter(inView);
  expectApart(labels, 'labels');
  expectApart(ticks, 'ticks');
  for (const t of ticks) for (const l of labels) expect(overlap(t, l), 'a tick on a label').toBe(false);
  if (atRest)
    for (const b of [...labels, ...ticks]) {
      expect(b.x).toBeGreaterThanOrEqual(frame.x - 0.5);
      expect(b.x + b.width).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      expect(b.y).toBeGreaterThanOrEqual(frame.y - 0.5);
      expect(b.y + b.height).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
    }
  // The text-width model must have made each box big enough for what the browser really drew.
  const spill = await viewport
    .locator('.label')
    .evaluateAll((els) =>
      els
        .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
        .map((e) => (e as HTMLElement).dataset.id),
    );
  expect(spill).toEqual([]);
}

const kMax = (viewport: Locator) => viewport.evaluate((e: HTMLElement) => Number(e.dataset.kmax));
const domain = (viewport: Locator) =>
  viewport.evaluate((e: HTMLElement) => ({
    from: e.dataset.from!,
    to: e.dataset.to!,
    k: Number(e.dataset.k),
  }));
const days = (d: { from: string; to: string }) => (Date.parse(d.to) - Date.parse(d.from)) / 86_400_000;

for (const lang of LANGS)
  for (const [size, viewportSize] of Object.entries(SIZES))
    test.describe(`/${lang}/timeline on a ${size}`, () => {
      test.use({ viewport: viewportSize });
      const later = lang === 'ar' ? 'ArrowLeft' : 'ArrowRight';

      test('shows every event labelled, none overlapping, in time order', async ({ page }) => {
        const viewport = await chart(page, `/${lang}/timeline`);
        await expectLegible(viewport);
        const ids = await viewport.locator('.label').evaluateAll((els) => els.map((e) => e.dataset.id));
        expect(ids).toEqual(TIME_ORDER);
        expect(await page.locator('.tl').getAttribute('class')).toMatch(
          size === 'phone' ? /vertical/ : /^(?!.*vertical)/,
        );
        const first = (await viewport.locator('.label').first().boundingBox())!;
        const last = (await viewport.locator('.label').last().boundingBox())!;
        if (size === 'phone') expect(last.y).toBeGreaterThan(first.y);
        else if (lang === 'ar') expect(last.x + last.width).toBeLessThan(first.x + first.width);
        else expect(last.x).toBeGreaterThan(first.x);
        await expectNoHorizontalScroll(page);
      });

      test('opens an event by keyboard, in time order, and sets its deep link', async ({ page }) => {
        const viewport = await chart(page, `/${lang}/timeline`);
        await viewport.locator('.label').first().focus();
        await page.keyboard.press(size === 'phone' ? 'ArrowDown' : later);
        await expect(viewport.locator('.label').nth(1)).toBeFocused();
        await page.keyboard.press('Tab');
        await expect(viewport.locator('.label').nth(2)).toBeFocused();
        await page.keyboard.press('End');
        await expect(viewport.locator('.label').last()).toBeFocused();
        await page.keyboard.press('Home');
        await expect(viewport.locator('.label').first()).toBeFocused();
        await page.keyboard.press(later);
        await page.keyboard.press('Enter');
        const card = page.locator('dialog#event-card');
        await expect(card).toBeVisible();
        await expect(card.locator('h2')).toContainText(lang === 'ar' ? 'تدمر' : 'Palmyra');
        await expect(page).toHaveURL(/#palmyra-falls$/);
        await page.keyboard.press('Escape');
        await expect(card).toBeHidden();
        await expect(page).not.toHaveURL(/#/);
        await expect(viewport.locator('.label').nth(1)).toBeFocused();
        await page.keyboard.press('Space');
        await expect(card).toBeVisible();
      });

      test('zooms from everything to a day and back with the buttons', async ({ page }) => {
        const viewport = await chart(page, `/${lang}/timeline`);
        const rest = await domain(viewport);
        const zoomIn = page.getByRole('button', { name: lang === 'ar' ? 'تكبير' : 'Zoom in' });
        const showAll = page.getByRole('button', { name: lang === 'ar' ? 'عرض الكل' : 'Show all' });
        await expect(showAll).toBeDisabled();
        await zoomIn.click();
        await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(2, 3);
        expect(days(await domain(viewport))).toBeLessThan(days(rest));
        // Each press doubles the zoom (after a short glide) until one day fills the chart.
        const most = await kMax(viewport);
        for (let k = 2; k < most;) {
          k = Math.min(most, k * 2);
          await zoomIn.click();
          await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(k, 2);
        }
        await expect(zoomIn).toBeDisabled();
        expect(days(await domain(viewport))).toBeLessThanOrEqual(1);
        await expect(viewport.locator('.axis-label.tick')).not.toHaveCount(0);
        await showAll.click();
        await expect.poll(() => domain(viewport)).toEqual(rest);
        await expect(showAll).toBeDisabled();
        await expectLegible(viewport);
      });
    });

for (const [lang, size] of [
  ['en', PHONE],
  ['ar', DESKTOP],
] as const)
  test(`/${lang}/timeline at ${size.width} px pans a zoomed chart with buttons, no dragging needed`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    // Jumps instead of glides, so each press has finished before the next is judged.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const viewport = await chart(page, `/${lang}/timeline`);
    const rest = await domain(viewport);
    const earlier = page.getByRole('button', {
      name: lang === 'ar' ? 'انتقل إلى تواريخ أقدم' : 'Move to earlier dates',
    });
    const later = page.getByRole('button', {
      name: lang === 'ar' ? 'انتقل إلى تواريخ أحدث' : 'Move to later dates',
    });
    await expect(later).toHaveCount(0);
    await page.getByRole('button', { name: lang === 'ar' ? 'تكبير' : 'Zoom in' }).click();
    await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(2, 3);
    const mid = await domain(viewport);
    await later.click();
    await expect.poll(async () => (await domain(viewport)).to).toBe(rest.to);
    await expect(later).toBeDisabled();
    expect(Date.parse((await domain(viewport)).from)).toBeGreaterThan(Date.parse(mid.from));
    while (await earlier.isEnabled()) {
      const before = (await domain(viewport)).from;
      await earlier.click();
      await expect.poll(async () => (await domain(viewport)).from).not.toBe(before);
    }
    expect((await domain(viewport)).from).toBe(rest.from);
  });

for (const lang of LANGS)
  test(`/${lang}/timeline on a 360 px phone shows all events at once, between the header and the tab bar`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    const viewport = await chart(page, `/${lang}/timeline`);
    const top = (await page.locator('header.top').boundingBox())!;
    const tabs = (await page.locator('nav.tabbar').boundingBox())!;
    for (const b of await boxes(viewport.locator('.label'))) {
      expect(b.y).toBeGreaterThanOrEqual(top.y + top.height);
      expect(b.y + b.height).toBeLessThanOrEqual(tabs.y);
    }
  });

for (const lang of LANGS)
  test(`/${lang}/timeline at 320 px: no sideways scroll, no overlaps`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const viewport = await chart(page, `/${lang}/timeline`);
    await expectLegible(viewport);
    await expectNoHorizontalScroll(page);
  });

test.describe('with a touch screen', () => {
  test.use({ viewport: PHONE, hasTouch: true, isMobile: true });

  test('tap an event, then its source link opens the reader at the sentence, highlighted', async ({
    page,
  }) => {
    const viewport = await chart(page, '/en/timeline');
    await viewport.locator('.label[data-id="palmyra-falls"]').tap();
    const card = page.locator('dialog#event-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('21 May 2015');
    await expect(card).toContainText('Stated in the article');
    await expect(card.locator('blockquote[lang="ar"]')).toContainText(
      'سيطر التنظيم الإرهابي عليها في 21 مايو',
    );
    await expect(card.locator('.translation')).toContainText('which the terrorist group seized on 21 May');
    await card.locator('a[data-sentence="p8.s3"]').tap();
    await expect(page).toHaveURL(/\/en\/#p8\.s3$/);
    const s = page.locator('[id="p8.s3"]');
    await expect(s).toHaveClass(/highlighted/);
    await expect(s).toBeInViewport();
  });

  test('one finger on the chart scrolls the page; two fingers pinch the chart', async ({ page }) => {
    const viewport = await chart(page, '/en/timeline');
    await expect(viewport).toHaveAttribute('data-gestures', 'on');
    const cdp = await page.context().newCDPSession(page);
    const box = (await viewport.boundingBox())!;
    // A one-finger swipe up, starting on the chart, as raw touch events.
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 10; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - 20 * i }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(100);
    expect((await domain(viewport)).k).toBe(1);
    // Let the swipe's scroll come to rest before the pinch.
    const scrolled = () => page.evaluate(() => scrollY);
    await expect
      .poll(async () => {
        const before = await scrolled();
        await page.waitForTimeout(150);
        return (await scrolled()) === before;
      })
      .toBe(true);
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await cdp.send('Input.synthesizePinchGesture', {
      x,
      y,
      scaleFactor: 3,
      gestureSourceType: 'touch',
      relativeSpeed: 400,
    });
    await expect.poll(async () => (await domain(viewport)).k).toBeGreaterThan(1.5);
  });
});

test.describe('on a desktop', () => {
  test.use({ viewport: DESKTOP });

  test('Ctrl + wheel zooms the chart around the pointer; a plain wheel scrolls the page', async ({
    page,
  }) => {
    const viewport = await chart(page, '/en/timeline');
    await expect(viewport).toHaveAttribute('data-gestures', 'on');
    const rest = await domain(viewport);
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await domain(viewport)).toEqual(rest);
    await page.evaluate(() => scrollTo(0, 0));
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(async () => days(await domain(viewport))).toBeLessThan(days(rest));
    await expectLegible(viewport, false);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => domain(viewport)).toEqual(rest);
  });

  test('a double click on the chart zooms in at once, around the pointer, without an error', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const viewport = await chart(page, '/en/timeline');
    await expect(viewport).toHaveAttribute('data-gestures', 'on');
    const rest = await domain(viewport);
    const box = (await viewport.boundingBox())!;
    // Below the labels, on the chart's empty ground (a double click on a label is the label's).
    await page.mouse.dblclick(box.x + box.width * 0.5, box.y + box.height - 4);
    await expect.poll(async () => days(await domain(viewport))).toBeLessThan(days(rest));
    expect(errors).toEqual([]);
  });

  test('dragging pans a zoomed chart without opening a card', async ({ page }) => {
    const viewport = await chart(page, '/en/timeline');
    await expect(viewport).toHaveAttribute('data-gestures', 'on');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(2, 3);
    const before = await domain(viewport);
    const box = (await viewport.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height - 30, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await domain(viewport)).from).not.toBe(before.from);
    await expect(page.locator('dialog#event-card')).toBeHidden();
  });

  test('a deep link reopens its event after a reload, with what is not in the article marked', async ({
    page,
  }) => {
    await page.goto('/en/timeline#unsc-vote');
    const card = page.locator('dialog#event-card');
    await expect(card).toBeVisible();
    await expect(card.locator('h2')).toHaveText('The Security Council may vote “today”');
    await page.reload();
    await expect(card).toBeVisible();
    const outside = card.locator('section.outside');
    await expect(outside.locator('h3')).toHaveText('Not in the article');
    await expect(outside).toContainText('Resolution 2235');
    await expect(card).toContainText('Worked out from the article');
    await expect(card).toContainText('7 August 2015');
  });

  test('the card shows a range as a range, how it is known, places on the map and people', async ({
    page,
  }) => {
    await page.goto('/ar/timeline#qaryatayn-falls');
    const card = page.locator('dialog#event-card');
    await expect(card).toBeVisible();
    await expect(card).toContainText('5–6 أغسطس 2015');
    await expect(card).toContainText('من خارج المقال');
    await expect(card.locator('.disagree')).toContainText('المصادر مختلفة');
    await expect(card.getByRole('link', { name: /القريتين/ })).toHaveAttribute('href', '/ar/map#qaryatayn');
    await expect(card.getByRole('link', { name: /تدمر/ }).first()).toHaveAttribute('href', '/ar/map#palmyra');
    await expect(card).toContainText('عبدالرحمن');
    await card.getByRole('button', { name: 'إغلاق' }).click();
    await expect(card).toBeHidden();
    await expect(page).not.toHaveURL(/#/);
  });

  test('the list beside the chart names every event with its date, and opens it too', async ({ page }) => {
    await page.goto('/en/timeline');
    const rows = page.locator('.events li');
    await expect(rows).toHaveCount(TIME_ORDER.length);
    await expect(rows.nth(5)).toContainText(/5\s*–\s*7 August 2015/);
    await expect(rows.nth(5)).toContainText('Coalition strikes kill 51 Daesh members');
    // Read aloud with a pause between the parts, which the eye gets from the layout.
    await expect(rows.nth(0).getByRole('button')).toHaveAccessibleName(
      '15 March 2011, The Syrian crisis begins, From outside the article, Context (background)',
    );
    await rows.nth(0).getByRole('button').click();
    await expect(page.locator('dialog#event-card')).toContainText('fifth year');
  });

  test('every mark is named by its title and date', async ({ page }) => {
    const viewport = await chart(page, '/en/timeline');
    await expect(
      viewport.getByRole('button', { name: 'Kerry meets Lavrov in Malaysia, 5 August 2015' }),
    ).toBeVisible();
    await expect(viewport.locator('.label[data-id="coalition-strikes"]')).toHaveAccessibleName(
      /^Coalition strikes kill 51 Daesh members, 5\s*–\s*7 August 2015$/,
    );
    // The name is the text the label shows (a voice-control user says what they see), with a pause
    // between title and date: Lighthouse's label-content-name-mismatch holds.
    await expect(viewport.locator('.label[aria-label]')).toHaveCount(0);
  });

  test('records the first render and each zoom frame for the benchmark', async ({ page }) => {
    const viewport = await chart(page, '/en/timeline');
    await expect
      .poll(() => page.evaluate(() => performance.getEntriesByName('timeline:first-render').length))
      .toBe(1);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(2, 3);
    expect(
      await page.evaluate(() => performance.getEntriesByName('timeline:zoom-frame').length),
    ).toBeGreaterThan(0);
  });
});

test.describe('with reduced motion', () => {
  test.use({ viewport: DESKTOP, reducedMotion: 'reduce' });

  test('the zoom buttons jump instead of gliding', async ({ page }) => {
    const viewport = await chart(page, '/en/timeline');
    // Record every zoom level the chart passes through on its way.
    await viewport.evaluate((e: HTMLElement) => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver(() => seen.push(e.dataset.k!)).observe(e, { attributeFilter: ['data-k'] });
    });
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await domain(viewport)).k).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['2.000']);
  });
});

test('a zoom made with the buttons before the gestures have loaded is kept when they load', async ({
  page,
}) => {
  // d3-zoom comes on idle, in its own chunk: hold it back until the chart has been zoomed. Vite's build
  // manifest names the file built from the module that attaches it, and the files that module imports.
  const manifest = JSON.parse(
    readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8'),
  ) as Record<string, { file: string; imports?: string[] }>;
  const module = manifest['src/lib/components/timeline/gestures.ts'];
  expect(module, 'the build manifest lists the chart gestures module').toBeDefined();
  const gestures = [module, ...(module.imports ?? []).map((k) => manifest[k])].map((c) => basename(c.file));
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  for (const f of gestures)
    await page.route(`**/_app/immutable/chunks/${f}`, async (route) => {
      await held;
      await route.continue();
    });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const viewport = await chart(page, '/en/timeline');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await domain(viewport)).k).toBeCloseTo(2, 3);
  await expect(viewport).not.toHaveAttribute('data-gestures');
  const zoomed = await domain(viewport);
  release();
  await expect(viewport).toHaveAttribute('data-gestures', 'on');
  expect(await domain(viewport)).toEqual(zoomed);
  // d3-zoom starts from the zoom the buttons made: a small Ctrl + wheel goes on in from ×2. (Had it
  // started from ×1, the same wheel would leave the chart at about ×1.4.)
  const box = (await viewport.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect.poll(async () => (await domain(viewport)).k).toBeGreaterThan(2.1);
});
