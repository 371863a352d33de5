import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every end-to-end test runs with this guard, on every page of its browser context: any uncaught page
 * error, console error, Content-Security-Policy violation or request to another origin fails the test.
 */
export const test = base.extend<{ guard: void; allowErrors: RegExp | null }>({
  /** Console errors a test provokes on purpose (a 404 page logs one), matched by pattern. */
  allowErrors: [null, { option: true }],
  guard: [
    async ({ context, page, baseURL, allowErrors }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      // A CSP violation is reported as an event; make it loud whatever the browser logs.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
        );
      });
      const watch = (p: Page) => {
        p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
        p.on('console', (m) => {
          if (m.type() === 'error' && !allowErrors?.test(m.text()))
            problems.push(`console.error: ${m.text()}`);
        });
      };
      watch(page);
      context.on('page', watch);
      context.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
          problems.push(`request to another origin: ${u}`);
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The phone size every phone test uses. */
export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/** Fails when the page scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow in px').toBeLessThanOrEqual(0);
}
