import type { Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };

/** The map is live: its layout code has loaded and measured the frame and the labels. */
async function mapReady(page: Page) {
  await expect(page.locator('.frame[data-live="true"]')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Puts the pointer on the map, high in the part on screen: the app's notices (the first visit's
 * "ready offline", an update) float low on the screen, and a wheel over one of them is not a wheel over
 * the map.
 */
async function pointAtMap(page: Page) {
  const box = (await page.locator('.frame').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = Math.max(box.y, 0) + 80;
  await page.mouse.move(x, y);
  expect(await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('.frame'), [x, y])).toBe(
    true,
  );
}

/** Boxes of every visible label and region name, once two frames in a row agree. */
async function labelBoxes(page: Page): Promise<{ id: string; box: Box }[]> {
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.frame .label:not(.out), .frame .region')].map((el) => {
        const r = el.getBoundingClientRect();
        return {
          id: el.id || el.textContent!.trim(),
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        };
      }),
    );
  let last = JSON.stringify(await read());
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100);
    const now = JSON.stringify(await read());
    if (now === last) break;
    last = now;
  }
  return JSON.parse(last);
}

const apart = (a: Box, b: Box) =>
  a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;

test.describe('the map', () => {
  for (const lang of ['ar', 'en'] as const)
    for (const size of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 },
    ])
      test(`/${lang}/map at ${size.width} px: every place labelled, no two labels overlapping, nothing sideways`, async ({
        page,
      }) => {
        await page.setViewportSize(size);
        await page.goto(`/${lang}/map`);
        await mapReady(page);
        const boxes = await labelBoxes(page);
        const frame = (await page.locator('.frame').boundingBox())!;
        const inset = (await page.locator('.inset').boundingBox())!;
        await expect(page.locator('.frame .label:not(.out)')).toHaveCount(8);
        expect(boxes.length).toBeGreaterThan(8);
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i];
          expect(a.box.x, a.id).toBeGreaterThanOrEqual(frame.x);
          expect(a.box.x + a.box.width, a.id).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
          expect(a.box.y, a.id).toBeGreaterThanOrEqual(frame.y);
          expect(a.box.y + a.box.height, a.id).toBeLessThanOrEqual(frame.y + frame.height + 0.5);
          expect(apart(a.box, inset), `${a.id} over the inset`).toBe(true);
          for (let j = i + 1; j < boxes.length; j++)
            expect(apart(a.box, boxes[j].box), `${a.id} overlaps ${boxes[j].id}`).toBe(true);
        }
        // The inset's caption, name and distance, each whole on its one line (nothing cut off).
        const cut = await page
          .locator('.inset-name, .inset-km')
          .evaluateAll((els) =>
            els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
          );
        expect(cut).toEqual([]);
        await expectNoHorizontalScroll(page);
      });

  for (const size of [
    { width: 320, height: 640 },
    { width: 1280, height: 800 },
  ])
    test(`/ar/map at ${size.width} px: no Arabic label's text reaches outside its box, above or below`, async ({
      page,
    }) => {
      // Noto Naskh Arabic is tall (ascent 1.069 em, descent 0.634 em): a line-height below 1.703 em puts
      // the text's extent outside its line, and a box that clips (a button in WebKit, the inset's
      // overflow: hidden) cut off the letters that reach there («القلمون» in WebKit).
      await page.setViewportSize(size);
      await page.goto('/ar/map');
      await mapReady(page);
      await labelBoxes(page);
      const out = await page.evaluate(() => {
        const found: string[] = [];
        const boxes = document.querySelectorAll<HTMLElement>(
          '.frame .label:not(.out), .frame .region, .inset-name, .inset-km',
        );
        for (const el of boxes) {
          const b = el.getBoundingClientRect();
          const st = getComputedStyle(el);
          // The padding box: what a clipping box shows.
          const top = b.top + parseFloat(st.borderTopWidth);
          const bottom = b.bottom - parseFloat(st.borderBottomWidth);
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!/[\u0600-\u06ff]/.test(n.textContent ?? '')) continue;
            if ((n.parentElement?.closest('.visually-hidden, .aloud') ?? null) !== null) continue;
            const range = document.createRange();
            range.selectNodeContents(n);
            for (const r of range.getClientRects())
              if (r.top < top - 0.5 || r.bottom > bottom + 0.5)
                found.push(
                  `${n.textContent}: text ${r.top.toFixed(1)}–${r.bottom.toFixed(1)}, box ${top.toFixed(1)}–${bottom.toFixed(1)}`,
                );
          }
        }
        return { found, checked: boxes.length };
      });
      expect(out.checked).toBeGreaterThan(9);
      expect(out.found).toEqual([]);
    });

  test('Enter on a place opens its card: the quote links to the reader, with the sentence highlighted', async ({
    page,
  }) => {
    await page.goto('/en/map');
    await mapReady(page);
    await page.locator('[data-place="qaryatayn"]').focus();
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-place="palmyra"]')).toBeFocused();
    await page.keyboard.press('Enter');
    const card = page.locator('#place-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Palmyra');
    await expect(card).toContainText('About 101 km from al-Qaryatayn in a straight line.');
    await expect(card.locator('blockquote[lang="ar"] mark')).toHaveText('تدمر');
    await expect(card.locator('p[lang="en"]').first()).toContainText('the ancient city of Palmyra');
    await expect(page).toHaveURL(/\/en\/map#palmyra$/);
    await expect(page.locator('[data-place="palmyra"]')).toHaveAttribute('aria-pressed', 'true');
    await card.getByRole('link', { name: 'Read it in the article: Paragraph 8' }).click();
    await expect(page).toHaveURL(/\/en\/#p8\.s3$/);
    await expect(page.locator('[id="p8.s3"]')).toHaveClass(/highlighted/);
  });

  test('Escape closes the card and gives focus back to the place; a second press of a place closes it too', async ({
    page,
  }) => {
    await page.goto('/en/map');
    await mapReady(page);
    const homs = page.locator('[data-place="homs"]');
    await homs.click();
    await expect(page.locator('#place-card')).toBeVisible();
    await homs.click();
    await expect(page.locator('#place-card')).toHaveCount(0);
    await expect(homs).toHaveAttribute('aria-pressed', 'false');
    await homs.click();
    await expect(page.locator('#place-card')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.locator('#place-card')).toHaveCount(0);
    await expect(page.locator('[data-place="homs"]')).toBeFocused();
    await expect(page).toHaveURL(/\/en\/map$/);
  });

  test('a tap near a dot opens that place on a phone, and its event links to the timeline', async ({
    browser,
  }) => {
    const ctx = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto('/en/map');
    await mapReady(page);
    const dot = (await page.locator('.dot[data-id="deir-ez-zor"]').boundingBox())!;
    await page.touchscreen.tap(dot.x + dot.width / 2 + 3, dot.y + dot.height / 2 - 2);
    const card = page.locator('#place-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Deir ez-Zor');
    await expect(card).toContainText('About 293 km from al-Qaryatayn');
    const event = card.getByRole('link', { name: 'Coalition strikes kill 51 Daesh members' });
    await expect(event).toHaveAttribute('href', '/en/timeline#coalition-strikes');
    await event.tap();
    await expect(page).toHaveURL(/\/en\/timeline#coalition-strikes$/);
    await ctx.close();
  });

  test('/en/map#palmyra opens with Palmyra chosen and its card open, also after a reload', async ({
    page,
  }) => {
    await page.goto('/en/map#palmyra');
    const card = page.locator('#place-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Palmyra');
    await expect(page.locator('[data-place="palmyra"]')).toHaveClass(/\bon\b/);
    await page.reload();
    await expect(card.getByRole('heading', { level: 2 })).toContainText('Palmyra');
    await expect(card.getByRole('link', { name: 'The group seizes Palmyra' })).toHaveAttribute(
      'href',
      '/en/timeline#palmyra-falls',
    );
  });

  test('the list links choose places too, and the approximate area says so', async ({ page }) => {
    await page.goto('/en/map');
    await mapReady(page);
    await page.locator('.list').getByRole('link', { name: 'the eastern Qalamoun' }).click();
    const card = page.locator('#place-card');
    await expect(card).toContainText('An area, not a point');
    await expect(card).toContainText('to the approximate centre of the area');
    await expect(page).toHaveURL(/#qalamoun$/);
  });

  test('the reader’s “on the map” link lands on the place', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('[id="p8.s3"] [data-entity="qalamoun"]').click();
    await page.locator('dialog#entity').getByRole('link', { name: 'On the map' }).click();
    await expect(page).toHaveURL(/\/en\/map#qalamoun$/);
    await expect(page.locator('#place-card h2')).toContainText('the eastern Qalamoun');
  });

  test('Malaysia sits in the inset, far away, and opens its card', async ({ page }) => {
    await page.goto('/en/map');
    await mapReady(page);
    // Its name is what it shows (two lines), read as a sentence: voice control matches what is seen.
    const inset = page.getByRole('button', {
      name: 'Malaysia, where Kerry and Lavrov met: about 7,500 km from al-Qaryatayn',
      exact: true,
    });
    await expect(inset).not.toHaveAttribute('aria-label');
    await inset.click();
    const card = page.locator('#place-card');
    await expect(card).toContainText('About 7,500 km from al-Qaryatayn in a straight line.');
    await expect(card.getByRole('link', { name: 'Kerry meets Lavrov in Malaysia' })).toBeVisible();
  });

  test('/ar/map: an Arabic card, the article’s digits, and the quote in Arabic only', async ({ page }) => {
    await page.goto('/ar/map#homs');
    const card = page.locator('#place-card');
    await expect(card.getByRole('heading', { level: 2 })).toContainText('حمص');
    await expect(card).toContainText('على بعد نحو 74 كيلومتراً من القريتين في خط مستقيم.');
    await expect(card.locator('p[lang="en"]')).toHaveCount(0);
    await expect(card.getByRole('link', { name: 'التنظيم يسيطر على القريتين' })).toHaveAttribute(
      'href',
      '/ar/timeline#qaryatayn-falls',
    );
  });

  test('outside sources are listed with the language’s comma and a space', async ({ page }) => {
    await page.goto('/ar/map#qaryatayn');
    const ar = page.locator('#place-card .outside p').last();
    await expect(ar).toHaveText(/^\s*المصادر:\s*AFP via El Khabar، SOHR$/);
    await page.goto('/en/map#qaryatayn');
    await expect(page.locator('#place-card .outside p').last()).toHaveText(
      /^\s*Sources:\s*AFP via El Khabar, SOHR$/,
    );
  });

  test('a double click on the map zooms in at once, without an error', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize(DESKTOP);
    await page.goto('/en/map');
    await mapReady(page);
    const frame = page.locator('.frame');
    await expect(frame).toHaveAttribute('data-zoom', '1');
    // The zoom buttons wait for d3-zoom, as the double click does.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    const box = (await frame.boundingBox())!;
    // A corner of the map, away from the places (a double click on a place is the place's).
    await page.mouse.dblclick(box.x + 12, box.y + box.height - 12);
    await expect(frame).toHaveAttribute('data-zoom', '2');
    expect(errors).toEqual([]);
  });

  test('the zoom buttons zoom in and out, and “Whole map” comes back', async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/en/map');
    await mapReady(page);
    const frame = page.locator('.frame');
    const zoomIn = page.getByRole('button', { name: 'Zoom in' });
    const reset = page.getByRole('button', { name: 'Whole map' });
    await expect(zoomIn).toBeEnabled();
    await expect(reset).toBeDisabled();
    const before = (await page.locator('.dot[data-id="qaryatayn"]').boundingBox())!;
    await zoomIn.click();
    await expect(frame).toHaveAttribute('data-zoom', '2');
    await zoomIn.click();
    await expect(frame).toHaveAttribute('data-zoom', '4');
    // Zoomed in, al-Qaryatayn and its neighbours draw further apart.
    const q = (await page.locator('.dot[data-id="qaryatayn"]').boundingBox())!;
    const h = (await page.locator('.dot[data-id="homs"]').boundingBox())!;
    expect(Math.hypot(q.x - h.x, q.y - h.y)).toBeGreaterThan(100);
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(frame).toHaveAttribute('data-zoom', '2');
    await reset.click();
    await expect(frame).toHaveAttribute('data-zoom', '1');
    const after = (await page.locator('.dot[data-id="qaryatayn"]').boundingBox())!;
    expect(Math.abs(after.x - before.x)).toBeLessThan(1);
    const boxes = await labelBoxes(page);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(apart(boxes[i].box, boxes[j].box)).toBe(true);
  });

  test('the wheel scrolls the page over the map, and zooms only with Ctrl', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto('/en/map');
    await mapReady(page);
    // The wheel handling arrives with d3-zoom, once the page is idle.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    const frame = page.locator('.frame');
    await pointAtMap(page);
    // The hint shows for a moment (1.8 s): the page records it, so a slow machine cannot miss it.
    await page.evaluate(() => {
      const w = window as unknown as { hintSeen?: string };
      new MutationObserver(() => {
        w.hintSeen ??= document.querySelector('.wheel-hint')?.textContent ?? undefined;
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.mouse.wheel(0, 100);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { hintSeen?: string }).hintSeen ?? ''))
      .toContain('Hold Ctrl and scroll');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect(frame).toHaveAttribute('data-zoom', '1');
    // The page moved under the pointer: once it has stopped, point at the map again, wherever it is now.
    await page.waitForFunction(
      () =>
        new Promise((done) => {
          const y = scrollY;
          requestAnimationFrame(() => requestAnimationFrame(() => done(scrollY === y)));
        }),
    );
    await pointAtMap(page);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -200);
    await page.keyboard.up('Control');
    await expect.poll(async () => Number(await frame.getAttribute('data-zoom'))).toBeGreaterThan(1);
  });

  test('two fingers pinch the map open; one finger leaves it alone', async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true });
    const page = await ctx.newPage();
    await page.goto('/en/map');
    await mapReady(page);
    const frame = page.locator('.frame');
    // d3-zoom arrives once the page is idle; the zoom buttons come alive with it.
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    const box = (await frame.boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const cdp = await ctx.newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: [number, number][]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map(([x, y], id) => ({ x, y, id })),
      });
    // Two fingers moving apart: the map zooms in.
    await touch('touchStart', [
      [cx - 20, cy],
      [cx + 20, cy],
    ]);
    for (let d = 30; d <= 80; d += 10)
      await touch('touchMove', [
        [cx - d, cy],
        [cx + d, cy],
      ]);
    await touch('touchEnd', []);
    await expect.poll(async () => Number(await frame.getAttribute('data-zoom'))).toBeGreaterThan(2);
    await page.getByRole('button', { name: 'Whole map' }).click();
    await expect(frame).toHaveAttribute('data-zoom', '1');
    // One finger dragging over the map scrolls the page instead: no zoom, no trap.
    await page.waitForTimeout(300);
    await touch('touchStart', [[cx, cy]]);
    await touch('touchMove', [[cx, cy - 40]]);
    await touch('touchMove', [[cx, cy - 80]]);
    await touch('touchEnd', []);
    await expect(frame).toHaveAttribute('data-zoom', '1');
    await ctx.close();
  });

  test('keys + and 0 zoom the map while it has focus', async ({ page }) => {
    await page.goto('/en/map');
    await mapReady(page);
    // The keys, like the zoom buttons, work once the gestures are attached (d3-zoom loads when idle).
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeEnabled();
    await page.locator('[data-place="raqqa"]').focus();
    await page.keyboard.press('+');
    await expect(page.locator('.frame')).toHaveAttribute('data-zoom', '2');
    await page.keyboard.press('0');
    await expect(page.locator('.frame')).toHaveAttribute('data-zoom', '1');
  });
});
