import { test, expect, PHONE } from './fixtures';

/**
 * Start-up stays free of one-off costs that block a cheap phone's main thread for tens of milliseconds
 * (issue 7's TBT budget), found in Lighthouse's traces:
 * - the first `Intl` object of a page (ICU loads its locale data): dates and numbers shown at load come
 *   from $lib/i18n/pinned.ts instead;
 * - reading every property of a DOM prototype, which Svelte does the first time an element of a given
 *   tag gets an attribute whose value is not a string (it looks for a property setter to use): markup
 *   passes strings, through `attr()` in $lib/components/common/attr.ts;
 * - writing the root element's attributes, which restyles the whole page.
 * All are watched from before any page script runs; each call is recorded with the script line it came
 * from.
 */
const ROUTES = ['', 'timeline', 'quiz', 'review', 'teach', 'results', 'map', 'words', 'about'];

for (const lang of ['ar', 'en']) {
  for (const route of ROUTES) {
    test(`/${lang}/${route}: start-up makes no Intl object, reads no DOM prototype, rewrites no root attribute`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.addInitScript(() => {
        const calls: string[] = [];
        (window as unknown as { startupCalls: string[] }).startupCalls = calls;
        const where = () =>
          (new Error().stack ?? '').split('\n').slice(3, 6).join(' < ').replace(/\s+/g, ' ');
        const descriptors = Object.getOwnPropertyDescriptors;
        Object.getOwnPropertyDescriptors = function (o: object) {
          if (o && Object.prototype.isPrototypeOf.call(Node.prototype, o))
            calls.push(`prototype of ${o.constructor?.name}: ${where()}`);
          return descriptors(o);
        } as typeof descriptors;
        for (const name of [
          'DateTimeFormat',
          'NumberFormat',
          'PluralRules',
          'RelativeTimeFormat',
          'ListFormat',
        ]) {
          const Real = (Intl as unknown as Record<string, new (...a: unknown[]) => object>)[name];
          const Probe = function (...args: unknown[]) {
            calls.push(`Intl.${name}: ${where()}`);
            return new Real(...args);
          };
          Object.assign(Probe, Real);
          Probe.prototype = Real.prototype;
          (Intl as unknown as Record<string, unknown>)[name] = Probe;
        }
        // Hydration finds the root as the server wrote it: rewriting the page's language, direction or
        // text size there restyles the whole page in the middle of start-up.
        new MutationObserver((records) => {
          for (const r of records)
            if (r.target === document.documentElement) calls.push(`html[${r.attributeName}] written`);
        }).observe(document, { attributes: true, subtree: true });
        for (const [type, m] of [
          [Date, 'toLocaleString'],
          [Date, 'toLocaleDateString'],
          [Number, 'toLocaleString'],
        ] as const) {
          const proto = type.prototype as unknown as Record<string, (...a: unknown[]) => string>;
          const real = proto[m];
          proto[m] = function (this: unknown, ...a: unknown[]) {
            calls.push(`${type.name}.${m}: ${where()}`);
            return real.apply(this, a);
          };
        }
      });
      await page.goto(`/${lang}/${route}`, { waitUntil: 'networkidle' });
      // Everything the page does on its own after load: the tasks after hydration and the idle ones.
      await page.evaluate(
        () => new Promise((done) => requestIdleCallback(() => setTimeout(done, 300), { timeout: 2000 })),
      );
      await expect(page.locator('h1')).toBeVisible();
      expect(
        await page.evaluate(() => (window as unknown as { startupCalls: string[] }).startupCalls),
      ).toEqual([]);
    });
  }
}
