import { describe, expect, it } from 'vitest';
import { arabicShown, firstPaintBroken, links } from './first-paint-fonts.js';

const head = (links = '') =>
  `<!doctype html><html><head><meta name="apple-mobile-web-app-title" content="القريتين" />${links}<link href="/_app/immutable/assets/shell.X.css" rel="stylesheet"></head>`;
const LINK = '<link rel="stylesheet" href="/_app/immutable/assets/first-paint.DxxqA7jw.css">';
const LABEL_LINK = '<link href="/_app/immutable/assets/label.Q1w2E3r4.css" rel="stylesheet">';
const SWITCH =
  '<a class="btn lang-switch lang-name svelte-11yu8dz" href="/ar/timeline" lang="ar" aria-label="التبديل إلى العربية">العربية</a>';
const page = (links: string, body: string) => `${head(links)}<body><div>${body}</div></body></html>`;

describe('arabicShown(html)', () => {
  it('finds Arabic in the text of the body only, not in attributes, scripts, styles or comments', () => {
    const html = page(
      '',
      `<p title="عنوان">Timeline</p><script>var s = "عربي";</script><style>.x::after{content:"ب"}</style><!-- تعليق --><img alt="صورة">`,
    );
    expect(arabicShown(html)).toEqual({ runs: [], switches: [] });
    expect(arabicShown(page('', '<p>It says «أمس» (yesterday).</p>')).runs).toEqual([
      'It says «أمس» (yesterday).',
    ]);
  });

  it('sets the language switch apart', () => {
    expect(arabicShown(page('', `<header>${SWITCH}</header><p>Quiz</p>`))).toEqual({
      runs: [],
      switches: ['العربية'],
    });
  });
});

describe('links(html, name)', () => {
  it('is true only for a stylesheet link to first-paint.<hash>.css in the head', () => {
    expect(links(page(LINK, ''))).toBe(true);
    expect(links(page('', ''))).toBe(false);
    expect(links(page(LINK.replace('stylesheet', 'preload'), ''))).toBe(false);
    expect(links(page('', LINK))).toBe(false);
    expect(links(page(LABEL_LINK, ''), 'label')).toBe(true);
    expect(links(page(LABEL_LINK, ''))).toBe(false);
  });
});

describe('firstPaintBroken(pages)', () => {
  it('passes a page with only the switch, and a page with Arabic and the stylesheet', () => {
    expect(
      firstPaintBroken([
        { route: 'en/timeline', html: page(LABEL_LINK, `${SWITCH}<h1>Timeline</h1>`) },
        { route: 'en/', html: page(LINK, `${SWITCH}<p lang="ar">مقتل 51 داعشياً</p>`) },
      ]),
    ).toEqual([]);
  });

  it('names a page that shows Arabic without the stylesheet', () => {
    expect(
      firstPaintBroken([
        { route: 'en/map', html: page('', `<blockquote>«وتحظى مدينة القريتين»</blockquote>`) },
      ]),
    ).toEqual([
      '/en/map: shows Arabic at first paint without first-paint.css (src/lib/fonts/first-paint.ts): ««وتحظى مدينة القريتين»»',
    ]);
  });

  it('names a language switch without its face, or with letters the face lacks', () => {
    const other = SWITCH.replace('>العربية<', '>اللغة العربية<');
    expect(firstPaintBroken([{ route: 'en/quiz', html: page('', SWITCH) }])).toEqual([
      '/en/quiz: the language switch «العربية» without first-paint.css or label.css',
    ]);
    expect(firstPaintBroken([{ route: 'en/quiz', html: page(LABEL_LINK, other) }])).toEqual([
      '/en/quiz: the language switch «اللغة العربية» has letters its face lacks (scripts/subset-fonts.js, LABEL)',
    ]);
  });
});
