import { test, expect } from './fixtures';

const PAGES = ['', 'timeline', 'map', 'quiz', 'review', 'words', 'teach', 'results', 'about'];

test.describe('Content Security Policy', () => {
  test('every prerendered page carries the strict policy in a meta tag', async ({ request }) => {
    for (const lang of ['ar', 'en'])
      for (const path of PAGES) {
        const html = await (await request.get(`/${lang}/${path}`)).text();
        const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
        expect(csp, `/${lang}/${path}`).toContain("default-src 'self'");
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("base-uri 'self'");
        const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
        expect(scriptSrc).toContain("'self'");
        expect(scriptSrc).not.toContain("'unsafe-inline'");
        expect(scriptSrc).not.toContain("'unsafe-eval'");
      }
  });

  test.describe(() => {
    // This test breaks the policy on purpose; anywhere else the guard fails a test on these messages.
    test.use({ allowErrors: /Content Security Policy|CSP violation/ });
    test('an injected inline script is refused', async ({ page }) => {
      await page.goto('/en/');
      const ran = await page.evaluate(async () => {
        const report = new Promise<string>((resolve) =>
          document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
            once: true,
          }),
        );
        const s = document.createElement('script');
        s.textContent = 'window.__pwned = true';
        document.body.append(s);
        return [(window as unknown as { __pwned?: boolean }).__pwned ?? false, await report];
      });
      expect(ran).toEqual([false, 'script-src-elem']);
    });
  });
});
