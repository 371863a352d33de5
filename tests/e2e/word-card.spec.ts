import type { Locator, Page } from '@playwright/test';
import { test, expect, PHONE, DESKTOP, expectNoHorizontalScroll } from './fixtures';

/**
 * The reader's words (issue 18): a tap on any Arabic word opens its card (vowels, transliteration,
 * meaning here, parts, grammar, dictionary form, root, other words of its root), the vowels switch shows
 * the whole article vowelled and is remembered, and all of it works from the keyboard.
 */

// Each test goes through several loads and reloads of the reader.
test.describe.configure({ timeout: 60_000 });

/** Vowelled Arabic as the word layer writes it: a shadda before its vowel (typed, it often comes after). */
const v = (s: string) => s.replace(/([\u064B-\u0650\u0652])\u0651/g, '\u0651$1');

/** A word of the reader's Arabic by sentence and position (`data-i`), wherever the page shows it. */
const word = (page: Page, s: string, i: number) =>
  page.locator(`.wz[data-s="${s}"] .w[data-i="${i}"]`).first();

/** Where an element is on the page (not on the screen: the page may have scrolled). */
async function inPage(page: Page, el: Locator) {
  const box = (await el.boundingBox())!;
  const [x, y] = await page.evaluate(() => [scrollX, scrollY]);
  return { ...box, x: box.x + x, y: box.y + y };
}

/** On the English page the Arabic of a sentence shows under it once the sentence is opened. */
async function showArabic(page: Page, lang: 'ar' | 'en', s: string) {
  if (lang === 'ar') return;
  await page.locator(`[id="${s}"]`).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator(`.gloss .wz[data-s="${s}"]`)).toBeVisible();
}

const CARD = {
  ar: {
    meaning: 'يقترع',
    root: 'ص و ت',
    sameRoot: 'كلمات أخرى من الجذر نفسه في المقال',
    vowels: 'اعرض التشكيل',
  },
  en: {
    meaning: 'vote',
    root: 'ص و ت',
    sameRoot: 'Other words from this root in the article',
    vowels: 'Show the vowels in the Arabic',
  },
} as const;

for (const [size, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)
  for (const lang of ['ar', 'en'] as const)
    test.describe(`${lang}, ${size}`, () => {
      test.use({ viewport });
      const t = CARD[lang];

      test('a tap on a word opens its card; a word of the same root is a tap away', async ({ page }) => {
        await page.goto(`/${lang}/`);
        await showArabic(page, lang, 'p3.s1');
        // «يصوت» (p3.s1, word 3): "vote", form II, root ص و ت.
        const tapped = word(page, 'p3.s1', 3);
        await tapped.scrollIntoViewIfNeeded();
        const before = await inPage(page, tapped);
        await tapped.click();
        const card = page.locator('dialog#word');
        await expect(card).toBeVisible();
        await expect(card.locator('.word')).toHaveText(v('يُصَوِّتَ'));
        await expect(card).toContainText('yuṣawwita');
        await expect(card).toContainText(t.meaning);
        if (lang === 'ar') await expect(card.locator('.sense-en')).toHaveText('vote');
        await expect(card.locator('.root')).toHaveText(t.root);
        await expect(card).toContainText(lang === 'ar' ? 'فعل مضارع' : 'form II verb');
        // The reader behind the card did not move (the page may scroll the word above the card, in
        // sight); the word is marked.
        await expect.poll(() => inPage(page, tapped)).toEqual(before);
        await expect
          .poll(async () => (await tapped.boundingBox())!.y + 12 < (await card.boundingBox())!.y)
          .toBe(true);
        await expect(tapped).toHaveClass(/\bon\b/);
        await expectNoHorizontalScroll(page);

        // «التصويت» (p2.s1, word 24) shares the root: the card shows it, the reader brings it into view.
        const others = card.getByRole('region', { name: t.sameRoot });
        await others.getByRole('button', { name: new RegExp(v('التَّصْوِيتُ')) }).click();
        await expect(card.locator('.word')).toHaveText(v('التَّصْوِيتُ'));
        await expect(card.locator('.word')).toBeFocused();
        const target = word(page, 'p2.s1', 24);
        await expect(target).toHaveClass(/\bon\b/);
        await expect(target).toBeInViewport();
        await page.keyboard.press('Escape');
        await expect(card).toBeHidden();
        await expect(target).not.toHaveClass(/\bon\b/);
      });

      test('with a card open, a tap on the next word shows it; a tap beside the card closes it', async ({
        page,
      }) => {
        await page.goto(`/${lang}/`);
        await showArabic(page, lang, 'h1.s1');
        const card = page.locator('dialog#word');
        const first = word(page, 'h1.s1', 0);
        await first.scrollIntoViewIfNeeded();
        await first.click();
        await expect(card).toBeVisible();
        // The card leaves the article above it in sight (it is not modal: the page stays live).
        const sheet = (await card.boundingBox())!;
        expect(sheet.y).toBeGreaterThan(viewport.height * 0.35);
        const next = word(page, 'h1.s1', 1); // «51»
        expect((await next.boundingBox())!.y).toBeLessThan(sheet.y);
        await next.click();
        await expect(card).toBeVisible();
        await expect(card.locator('.read')).toContainText('وَاحِدٍ وَخَمْسِينَ');
        await expect(next).toHaveClass(/\bon\b/);
        await expect(first).not.toHaveClass(/\bon\b/);
        // Anywhere else on the page: the card closes, and the click does what it does there.
        await page.mouse.click(4, sheet.y - 8);
        await expect(card).toBeHidden();
        await expect(next).not.toHaveClass(/\bon\b/);
      });

      test('an uncertain reading says so; a number says how it is read; a name opens its card', async ({
        page,
      }) => {
        await page.goto(`/${lang}/`);
        const card = page.locator('dialog#word');
        await showArabic(page, lang, 'p2.s1');
        await showArabic(page, lang, 'h1.s1');
        await word(page, 'p2.s1', 30).click(); // «تنشأ»: passive or form I
        await expect(card.locator('.note.uncertain')).toContainText(
          lang === 'ar' ? 'القراءة غير مؤكدة' : 'Reading uncertain',
        );
        await expect(card.locator('.note')).toContainText('form I');
        await page.keyboard.press('Escape');

        await word(page, 'h1.s1', 1).click(); // «51»
        await expect(card.locator('.read')).toContainText('وَاحِدٍ وَخَمْسِينَ');
        await page.keyboard.press('Escape');

        await word(page, 'p2.s1', 2).click(); // «كيري»
        await expect(card.locator('.word')).toHaveText('كِيرِي');
        await card.getByRole('button', { name: lang === 'ar' ? /المزيد عن/ : /More about/ }).click();
        await expect(card).toBeHidden();
        await expect(page.locator('dialog#entity')).toBeVisible();
      });

      test('the vowels switch vowels every word, keeps the text, and is remembered', async ({ page }) => {
        const toolbar = page.locator('.reader .toolbar');
        await page.goto(`/${lang}/`);
        await showArabic(page, lang, 'p1.s1');
        const zone = page.locator('.wz[data-s="p1.s1"]').first();
        const plain = await zone.textContent();
        await toolbar.getByLabel(t.vowels).check();
        await expect(zone).toContainText(v('أَفَادَ وَزِيرُ الْخَارِجِيَّةِ'));
        // Bare of its marks, the vowelled sentence is the article's, letter for letter.
        const vowelled = await zone.textContent();
        expect(vowelled!.replace(/[\u064B-\u0652\u0670]/g, '')).toBe(plain);
        await expectNoHorizontalScroll(page);

        await page.reload();
        await expect(toolbar.getByLabel(t.vowels)).toBeChecked();
        await showArabic(page, lang, 'p1.s1');
        await expect(zone).toContainText('أَفَادَ');
        // Also in the settings.
        await page.getByRole('button', { name: lang === 'ar' ? 'الإعدادات' : 'Settings' }).click();
        await page.locator('dialog#settings').getByLabel(t.vowels).uncheck();
        await page.keyboard.press('Escape');
        await expect(toolbar.getByLabel(t.vowels)).not.toBeChecked();
        await expect(zone).toHaveText(plain!);
        await page.reload();
        await expect(toolbar.getByLabel(t.vowels)).not.toBeChecked();
      });

      test('keyboard only: into a sentence, along its words, a card, back', async ({ page }) => {
        await page.goto(`/${lang}/`);
        await showArabic(page, lang, 'p3.s1');
        const zone = page.locator('.wz[data-s="p3.s1"]').first();
        // The sentence is one stop of the tab order, described for screen readers.
        await zone.focus();
        await expect(zone).toHaveAttribute('aria-describedby', 'word-keys');
        await page.keyboard.press('Enter');
        const first = zone.locator('.w[data-i="0"]');
        await expect(first).toBeFocused();
        await expect(first).toHaveAttribute('role', 'button');
        // ← is the next word (Arabic reads right to left), End the last, Home the first.
        for (let k = 0; k < 3; k++) await page.keyboard.press('ArrowLeft');
        const yusawwit = zone.locator('.w[data-i="3"]');
        await expect(yusawwit).toBeFocused();
        await expect(zone.locator('.w[tabindex="0"]')).toHaveCount(1);
        await page.keyboard.press('Enter');
        const card = page.locator('dialog#word');
        await expect(card.locator('.word')).toHaveText(v('يُصَوِّتَ'));
        await page.keyboard.press('Escape');
        await expect(card).toBeHidden();
        await expect(yusawwit).toBeFocused();
        // Escape leaves the words: they are text again, the sentence has the focus.
        await page.keyboard.press('Escape');
        await expect(zone).toBeFocused();
        await expect(zone.locator('[role="button"]')).toHaveCount(0);
        // The vowels switch from the keyboard.
        await page.locator('.reader .toolbar').getByLabel(t.vowels).focus();
        await page.keyboard.press('Space');
        await expect(zone).toContainText(v('يُصَوِّتَ'));
      });
    });

test('a word link opens the reader at the word, its card open', async ({ page }) => {
  await page.goto('/ar/#p3.s1.w3');
  await expect(page.locator('dialog#word .word')).toHaveText(v('يُصَوِّتَ'));
  await expect(page.locator('[id="p3.s1"]')).toHaveClass(/highlighted/);
});

test('the sentence keeps its text: every word is an element, the words and spaces are the article’s', async ({
  page,
}) => {
  await page.goto('/ar/');
  const s = page.locator('[id="p1.s1"]');
  await expect(s).toHaveText(/^أفاد وزير الخارجية الأميركي، جون كيري، أمس،/);
  const words = await s.locator('.w').allTextContents();
  expect(words.slice(0, 4)).toEqual(['أفاد', 'وزير', 'الخارجية', 'الأميركي']);
  // A named thing is marked on whole words: «بحمص» in the headline, all of it.
  await expect(page.locator('[id="h1.s2"] [data-entity="homs"]')).toHaveText('بحمص');
});

for (const lang of ['ar', 'en'] as const)
  test(`${lang}: the card's Arabic is in the app's font, its Latin in the UI's, even where the English quotes Arabic`, async ({
    page,
  }) => {
    // The fonts Chromium drew each element's own text in (CDP). A note quotes «مَفْعَل» inside English; a
    // grammar row names the verb «قَتَلَ»; on the Arabic page the gloss and transliteration are Latin.
    await page.goto(`/${lang}/`);
    await showArabic(page, lang, 'h1.s1');
    await word(page, 'h1.s1', 0).click();
    await expect(page.locator('dialog#word .note')).toContainText('مَفْعَل');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    type Node = {
      nodeId: number;
      nodeType: number;
      nodeValue: string;
      attributes?: string[];
      children?: Node[];
    };
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: Node };
    // Each element of the card with its own text (its text children: what the fonts are reported for).
    const elements: { nodeId: number; own: string }[] = [];
    const walk = (n: Node, inCard: boolean) => {
      const card = inCard || (n.attributes?.join(' ').includes('id word') ?? false);
      const own = (n.children ?? [])
        .filter((c) => c.nodeType === 3)
        .map((c) => c.nodeValue)
        .join('');
      if (card && own.trim()) elements.push({ nodeId: n.nodeId, own });
      for (const c of n.children ?? []) walk(c, card);
    };
    walk(root, false);
    expect(elements.length).toBeGreaterThan(20);
    const wrong: string[] = [];
    for (const { nodeId, own } of elements) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const names = fonts.map((f) => f.familyName).join(', ');
      if (!names) continue; // not drawn (hidden)
      // Arabic letters with none of them in the app's font, or Latin in a serif fallback (no ṣ ẓ ʿ).
      if (/[\u0621-\u064A]/.test(own) && !/Noto Naskh Arabic/.test(names)) wrong.push(`${names}: ${own}`);
      if (/[a-z]/.test(own) && /Serif/.test(names)) wrong.push(`${names}: ${own}`);
    }
    expect(wrong).toEqual([]);
  });
