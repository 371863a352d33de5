import { describe, expect, it } from 'vitest';
import { FALLBACK_URL, hashText, precacheUrl, toPrecacheManifest, urlVariations } from './precache';

describe('precacheUrl(outputPath)', () => {
  it.each([
    ['prerendered/pages/index.html', '/'],
    ['prerendered/pages/ar/index.html', '/ar/'],
    ['prerendered/pages/en/index.html', '/en/'],
    ['prerendered/pages/ar/timeline.html', '/ar/timeline'],
    ['prerendered/pages/en/quiz.html', '/en/quiz'],
    ['prerendered/dependencies/en/__data.json', '/en/__data.json'],
    ['prerendered/pages/data/words.json', '/data/words.json'],
    ['prerendered/pages/ar/words.html', '/ar/words'],
    ['client/_app/immutable/entry/app.B2f4cmht.js', '/_app/immutable/entry/app.B2f4cmht.js'],
    ['client/manifest.webmanifest', '/manifest.webmanifest'],
    ['client/icons/icon-192.png', '/icons/icon-192.png'],
  ])('maps %s to %s, the URL the page or file is requested by', (path, url) => {
    expect(precacheUrl(path)).toBe(url);
  });
});

describe('toPrecacheManifest(entries)', () => {
  const entries = [
    { url: 'client/_app/immutable/entry/app.js', revision: null, size: 10 },
    { url: 'prerendered/pages/ar/index.html', revision: 'r1', size: 20 },
    { url: 'prerendered/pages/en/timeline.html', revision: 'r2', size: 30 },
  ];

  it('maps every entry and adds the fallback page last', () => {
    const { manifest, warnings } = toPrecacheManifest(entries);
    expect(manifest.map((e) => e.url)).toEqual([
      '/_app/immutable/entry/app.js',
      '/ar/',
      '/en/timeline',
      FALLBACK_URL,
    ]);
    expect(manifest[0].revision).toBeNull();
    expect(manifest[1].revision).toBe('r1');
    expect(warnings).toEqual([]);
  });

  it("gives the fallback a revision that changes when any page's does, and only then", () => {
    const rev = (list: typeof entries) => toPrecacheManifest(list).manifest.at(-1)!.revision;
    const changedPage = entries.map((e) => (e.revision === 'r2' ? { ...e, revision: 'r3' } : e));
    const changedScript = entries.map((e) => (e.revision === null ? { ...e, size: 99 } : e));
    expect(rev(changedPage)).not.toBe(rev(entries));
    expect(rev(changedScript)).toBe(rev(entries));
    expect(rev([...entries].reverse())).toBe(rev(entries));
  });

  it('leaves out the Arabic font files when the stylesheet that inlines them is precached, and only then', () => {
    const fonts = [
      { url: 'client/_app/immutable/assets/naskh-400.A1.woff2', revision: null, size: 1 },
      { url: 'client/_app/immutable/assets/naskh-space.B2.woff2', revision: null, size: 1 },
    ];
    const css = { url: 'client/_app/immutable/assets/first-paint.C3.css', revision: null, size: 1 };
    const urls = (list: typeof entries) => toPrecacheManifest(list).manifest.map((e) => e.url);
    expect(urls([...entries, ...fonts, css])).not.toContain('/_app/immutable/assets/naskh-400.A1.woff2');
    expect(urls([...entries, ...fonts, css])).toContain('/_app/immutable/assets/first-paint.C3.css');
    expect(urls([...entries, ...fonts])).toContain('/_app/immutable/assets/naskh-space.B2.woff2');
  });

  it('warns when no page was prerendered', () => {
    expect(toPrecacheManifest([entries[0]]).warnings).toHaveLength(1);
  });
});

describe('urlVariations(url)', () => {
  const variations = (href: string) => urlVariations(new URL(href)).map((u) => u.href);

  it('tries /ar/ for /ar, dropping the fragment and ignored parameters', () => {
    expect(variations('https://x.org/ar')).toEqual(['https://x.org/ar/']);
    expect(variations('https://x.org/en/quiz?utm_source=qr#AAAA')).toEqual(['https://x.org/en/quiz/']);
    expect(variations('https://x.org/en?x-sveltekit-invalidated=01&k=1')).toEqual(['https://x.org/en/?k=1']);
  });

  it('looks up a page’s __data.json without whatever query the page had', () => {
    expect(variations('https://x.org/en/about/__data.json?from=poster&x-sveltekit-invalidated=001')).toEqual([
      'https://x.org/en/about/__data.json',
    ]);
    expect(variations('https://x.org/en/__data.json')).toEqual([]);
  });

  it('adds nothing for directories and files', () => {
    expect(variations('https://x.org/ar/')).toEqual([]);
    expect(variations('https://x.org/')).toEqual([]);
    expect(variations('https://x.org/_app/immutable/entry/app.js')).toEqual([]);
  });
});

describe('hashText(text)', () => {
  it('is stable and tells different texts apart', () => {
    expect(hashText('a')).toBe(hashText('a'));
    expect(hashText('/ar/:r1')).not.toBe(hashText('/ar/:r2'));
    expect(hashText('')).toMatch(/^[0-9a-z]+$/);
  });
});
