import { mkdirSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pageWords, pdfPages, words } from './pdf-text';
import { print } from '../../src/lib/i18n/strings/print';
import { teach } from '../../src/lib/i18n/strings/teach';

type Lang = 'ar' | 'en';
const TITLES: Record<Lang, string> = { ar: 'ورقة عمل: خبر القريتين', en: 'Worksheet: al-Qaryatayn' };
const PAPER = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const;
/** The page's margins in the print stylesheet, in mm (@page { margin: 14mm 15mm 16mm }). */
const MARGINS = { block: 14 + 16, inline: 15 + 15 };
const MM = 96 / 25.4;

/** Ten questions of every layout: a long quotation, a claim, dates, numbers, order, true/false, a gap. */
const TEN = [
  'who-said.q-kerry-facts',
  'claim.c-no-evidence',
  'date.palmyra-falls',
  'relative-date.unsc-vote',
  'order.events',
  'number.n-48',
  'place.road',
  'inference.qaryatayn-matters',
  'truefalse.vote-done',
  'fill.yesterday',
];

/** A teacher chooses the ten questions in `lang` and titles the quiz; print() is recorded, not run. */
async function compose(page: Page, lang: Lang) {
  await page.goto(`/${lang}/teach`);
  await page.getByRole('button', { name: teach[lang].clear }).click();
  await page.getByRole('radio', { name: lang === 'ar' ? 'العربية' : 'English', exact: true }).check();
  for (const id of TEN) await page.locator(`[data-question="${id}"]`).check();
  await expect(page.locator('[data-selected-count]')).toHaveAttribute('data-selected-count', '10');
  await page.locator('[data-title]').fill(TITLES[lang]);
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => void w.printed++;
  });
}

async function printNow(page: Page, lang: Lang, what: 'worksheet' | 'key', times: number) {
  await page.getByRole('radio', { name: print[lang][what] }).check();
  await page.locator('[data-print]').click();
  await expect(page.locator(`.printout[data-printout="${what}"]`)).toBeAttached();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
    .toBe(times);
}

/**
 * The words of `text` that a page lacks (as many times as `text` has them): none when `text` is on the
 * page. Word by word, not as one string: right-to-left lines come out of a PDF word by word.
 */
function missing(text: string, page: string[]): string[] {
  const have = new Map<string, number>();
  for (const w of page) have.set(w, (have.get(w) ?? 0) + 1);
  return words(text).filter((w) => {
    const n = have.get(w) ?? 0;
    have.set(w, n - 1);
    return n <= 0;
  });
}

/** The pages of `pages` (their words) that hold all of `text`; its words the nearest page lacks. */
function pagesHolding(text: string, pages: string[][]) {
  const lacks = pages.map((p) => missing(text, p));
  return {
    on: lacks.flatMap((l, i) => (l.length ? [] : [i + 1])),
    lacks: lacks.sort((a, b) => a.length - b.length)[0],
  };
}

/** The text of each question block (or key row) of the printout, as the page lays it out. */
async function blocks(page: Page, selector: string): Promise<{ id: string; text: string }[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((e) => ({
      id: e.getAttribute('data-paper-question') ?? e.getAttribute('data-key-row') ?? '',
      text: (e as HTMLElement).innerText,
    })),
  );
}

/** Prints the page to PDF in Chromium on that paper; writes it under test-results/print/ to look at. */
async function pdf(page: Page, name: string, format: keyof typeof PAPER) {
  const buffer = await page.pdf({ format });
  mkdirSync('test-results/print', { recursive: true });
  writeFileSync(`test-results/print/${name}-${format}.pdf`, buffer);
  return pdfPages(buffer).map(pageWords);
}

for (const lang of ['ar', 'en'] as const) {
  test(`/${lang}/teach → Print: the worksheet and its key on A4 and Letter, every question on one page`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    // The teach page has the Arabic font inlined (first-paint.css): the printout uses that copy.
    const fontFiles: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.endsWith('.woff2')) fontFiles.push(r.url());
    });
    await compose(page, lang);
    await printNow(page, lang, 'worksheet', 1);
    expect(fontFiles, 'no font file fetched for the printout').toEqual([]);

    // On screen nothing changed; printing shows the printout alone, black on white even in dark mode.
    await expect(page.locator('.printout')).toBeHidden();
    const chrome = [page.locator('nav').first(), page.locator('main')];
    for (const el of chrome) await expect(el).toBeVisible();
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const sheet = page.locator('.printout');
    await expect(sheet).toBeVisible();
    await expect(sheet).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    for (const el of chrome) await expect(el).toBeHidden();
    expect(
      await page.evaluate(() => [
        getComputedStyle(document.body).backgroundColor,
        getComputedStyle(document.querySelector('.printout')!).color,
      ]),
    ).toEqual(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
    expect(
      await sheet
        .locator('.ar')
        .first()
        .evaluate((e) => getComputedStyle(e).fontFamily),
    ).toMatch(/^"?Noto Naskh Arabic/);

    const questions = await blocks(page, '[data-paper-question]');
    expect(questions.map((q) => q.id).sort()).toEqual([...TEN].sort());
    // The paragraphs, numbered.
    await expect(sheet.locator('.block.paragraph .label')).toHaveText([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ]);

    for (const format of ['A4', 'Letter'] as const) {
      const pages = await pdf(page, `${lang}-worksheet`, format);
      expect(pages.length, `${format} worksheet pages`).toBeGreaterThanOrEqual(2);
      expect(pages.length, `${format} worksheet pages`).toBeLessThanOrEqual(4);
      for (const q of questions) {
        const { on, lacks } = pagesHolding(q.text, pages);
        expect(
          on.length,
          `question ${q.id} whole on a ${format} page; lacks ${lacks.join(' ')}`,
        ).toBeGreaterThan(0);
      }
      // The blocks are shorter than a page, so none needs splitting.
      // Laid out as wide as the paper's printable width, no block is taller than its printable height.
      await page.setViewportSize({
        width: Math.floor((PAPER[format].width - MARGINS.inline) * MM),
        height: 800,
      });
      const room = (PAPER[format].height - MARGINS.block) * MM;
      for (const h of await sheet
        .locator('[data-paper-question], .block')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
        expect(h).toBeLessThan(room);
    }

    // With the English after each paragraph: every block has it, and the sheets are still few.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.getByRole('checkbox', { name: print[lang].translation }).check();
    await printNow(page, lang, 'worksheet', 2);
    await page.emulateMedia({ media: 'print' });
    await expect(sheet.locator('.block p.en')).toHaveCount(await sheet.locator('.block').count());
    const english = await sheet.locator('.block.paragraph p.en').allInnerTexts();
    const translated = await pdf(page, `${lang}-worksheet-en`, 'A4');
    expect(translated.length).toBeLessThanOrEqual(5);
    for (const text of english)
      expect(pagesHolding(text, translated).on.length, `translation “${text.slice(0, 40)}…”`).toBeGreaterThan(
        0,
      );

    // Vowelled: the Arabic of the article printed with its marks, the same letters, still a few sheets.
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.getByRole('checkbox', { name: print[lang].translation }).uncheck();
    await page.getByRole('checkbox', { name: print[lang].vowelled }).check();
    const plainArabic = await sheet.locator('.block p.ar').allTextContents();
    await printNow(page, lang, 'worksheet', 3);
    await page.emulateMedia({ media: 'print' });
    await expect(sheet).toHaveClass(/vowelled/);
    const vowelledArabic = await sheet.locator('.block p.ar').allTextContents();
    const marks = /[\u064B-\u0652\u0670]/g;
    expect(vowelledArabic.map((t) => t.replace(marks, ''))).toEqual(
      plainArabic.map((t) => t.replace(marks, '')),
    );
    expect(vowelledArabic.every((t) => /[\u064B-\u0652]/.test(t))).toBe(true);
    expect((await pdf(page, `${lang}-worksheet-vowelled`, 'A4')).length).toBeLessThanOrEqual(4);
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.getByRole('checkbox', { name: print[lang].vowelled }).uncheck();
    await printNow(page, lang, 'key', 4);
    await page.emulateMedia({ media: 'print' });
    const rows = await blocks(page, '[data-key-row]');
    expect(rows.map((r) => r.id)).toEqual(questions.map((q) => q.id));
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await pdf(page, `${lang}-key`, format);
      expect(pages.length, `${format} key pages`).toBeGreaterThanOrEqual(1);
      expect(pages.length, `${format} key pages`).toBeLessThanOrEqual(3);
      for (const r of rows) {
        const { on, lacks } = pagesHolding(r.text, pages);
        expect(
          on.length,
          `key row ${r.id} whole on a ${format} page; lacks ${lacks.join(' ')}`,
        ).toBeGreaterThan(0);
      }
    }
  });
}
