// The timeline as a student uses it, at 360×740: its first render and its zoom frames, read from the
// page's own performance marks (timeline:first-render, timeline:zoom-frame).
import { median, pct, round } from './stats.js';

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} origin the served build
 */
export async function timelineTimings(browser, origin) {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  try {
    const page = await ctx.newPage();
    await page.goto(`${origin}/en/timeline`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(300);
    const render = await page.evaluate(() =>
      performance.getEntriesByName('timeline:first-render').map((e) => e.duration),
    );
    // Zoom frames as a student makes them: Ctrl + wheel over the chart, then the zoom buttons (each
    // press glides for 0.2 s, a frame at a time).
    const chart = page.locator('.tl .viewport');
    await chart.locator('.label').first().waitFor();
    const box = await chart.boundingBox();
    if (box) {
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 300));
      await page.keyboard.down('Control');
      for (let i = 0; i < 30; i++) {
        await page.mouse.wheel(0, i < 15 ? -120 : 120);
        await page.waitForTimeout(20);
      }
      await page.keyboard.up('Control');
    }
    for (const name of ['Zoom in', 'Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out']) {
      await page.getByRole('button', { name, exact: true }).click();
      await page.waitForTimeout(300);
    }
    await page.waitForTimeout(200);
    const frames = await page.evaluate(() =>
      performance.getEntriesByName('timeline:zoom-frame').map((e) => e.duration),
    );
    return {
      firstRenderMs: render.length ? round(render[0], 2) : null,
      zoomFrames: frames.length,
      zoomFrameMedianMs: frames.length ? round(median(frames) ?? 0, 3) : null,
      zoomFrameP95Ms: frames.length ? round(pct(frames, 95) ?? 0, 3) : null,
      zoomFrameMaxMs: frames.length ? round(Math.max(...frames), 3) : null,
    };
  } finally {
    await ctx.close();
  }
}
