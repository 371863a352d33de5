import { describe, expect, it } from 'vitest';
import { core } from '$lib/i18n/strings/core';
import { NAV, activePath, href, iconHtml, navLinksHtml } from './nav';

describe('navLinksHtml', () => {
  it('writes one link per item, to the page in the given language, marking only the current page', () => {
    const html = navLinksHtml(NAV, 'ar', 'timeline', core.ar);
    const links = [...html.matchAll(/<li><a href="([^"]+)"( aria-current="page")?>([^<]*)<\/a><\/li>/g)];
    expect(links.map((m) => m[1])).toEqual(NAV.map((n) => href('ar', n.path)));
    expect(links.map((m) => m[3])).toEqual(NAV.map((n) => core.ar[n.label]));
    expect(links.filter((m) => m[2]).map((m) => m[1])).toEqual(['/ar/timeline']);
    expect(links.map((m) => m[0]).join('')).toBe(html);
  });

  it('marks the reader on /en/ and nothing on a page outside the list', () => {
    expect(navLinksHtml(NAV, 'en', activePath('/en/'), core.en)).toContain(
      '<a href="/en/" aria-current="page">',
    );
    expect(navLinksHtml(NAV, 'en', 'nowhere', core.en)).not.toContain('aria-current');
  });

  it('puts the icon and a label element in each tab for the tab bar', () => {
    const tabs = NAV.filter((n) => n.phone === 'tab');
    const html = navLinksHtml(tabs, 'en', '', core.en, true);
    for (const t of tabs) expect(html).toContain(`${iconHtml(t.icon)}<span>${core.en[t.label]}</span>`);
    expect(html.match(/<li>/g)).toHaveLength(tabs.length);
  });

  it('adds a badge to a tab when asked: a number shown, a sentence said', () => {
    const tabs = NAV.filter((n) => n.phone === 'tab');
    const html = navLinksHtml(tabs, 'en', '', core.en, true, {
      quiz: { shown: '3', said: 'To review today: 3' },
    });
    expect(html).toContain(
      '<span>Quiz</span><span class="due-badge" aria-hidden="true">3</span><span class="visually-hidden">To review today: 3</span></a>',
    );
    expect(html.match(/class="due-badge"/g)).toHaveLength(1);
  });

  it('keeps four tabs on a phone and puts the words page in "More", after the review', () => {
    expect(NAV.filter((n) => n.phone === 'tab').map((n) => n.path)).toEqual(['', 'timeline', 'map', 'quiz']);
    expect(NAV.filter((n) => n.phone === 'more').map((n) => n.path)).toEqual([
      'review',
      'words',
      'teach',
      'results',
      'about',
    ]);
    expect(navLinksHtml(NAV, 'ar', 'words', core.ar)).toContain(
      `<a href="/ar/words" aria-current="page">${core.ar.navWords}</a>`,
    );
  });

  it('escapes what it writes', () => {
    const labels = { ...core.en, navReader: '<b>"x"</b> & y' };
    const html = navLinksHtml([NAV[0]], 'en', '', labels);
    expect(html).toContain('&lt;b&gt;&quot;x&quot;&lt;/b&gt; &amp; y');
    expect(iconHtml('M0 0"><script>')).toContain('d="M0 0&quot;&gt;&lt;script&gt;"');
  });
});
