import { describe, expect, it } from 'vitest';
import {
  BUDGET,
  COMPARED,
  MEASURED,
  PAGES,
  bytesBroken,
  comparisonBroken,
  routeBroken,
  timingsBroken,
} from './budgets.js';

const kb = (n: number) => n * 1024;
const page = (route: string, jsKb = 40) => ({
  route,
  html: { raw: 0, gzip: kb(5) },
  js: { files: 1, raw: 0, gzip: kb(jsKb) },
  css: { files: 1, raw: 0, gzip: kb(30) },
  fonts: { files: [], bytes: 0, inline: kb(20), onDemand: { files: [], bytes: 0 } },
});
const precache = (transferKb = 500, found = true) => ({
  fromWorker: true,
  count: 1,
  bytes: kb(transferKb),
  transfer: kb(transferKb),
  files: [{ url: '/x.js', bytes: 1, transfer: 1, found }],
});
const bytes = {
  pages: [page('ar/'), page('en/timeline')],
  precache: precache(),
  words: { raw: 1, gzip: kb(20) },
};

const route = {
  route: '/en/timeline',
  performance: 98,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
  tbtMs: 10,
  failing: [] as string[],
  usableJsKb: 55,
};

const side = (transferKb: number, lcpMs: number, performance = 98) => ({ transferKb, lcpMs, performance });

describe('the routes', () => {
  it('measures every compared route and the map, and checks the bytes of every measured route', () => {
    expect(MEASURED).toContain(COMPARED.en);
    expect(MEASURED).toContain(COMPARED.ar);
    expect(MEASURED).toContain('en/map');
    for (const r of MEASURED) expect(PAGES).toContain(r);
  });
});

describe('bytesBroken', () => {
  it('is empty when every byte budget holds', () => {
    expect(bytesBroken(bytes)).toEqual([]);
  });

  it('names the page whose first-load JS is over, and each other byte budget', () => {
    const broken = bytesBroken({
      pages: [page('ar/', 200), page('en/timeline', BUDGET.firstLoadJsKb + 0.5)],
      precache: precache(BUDGET.precacheKb + 1, false),
      words: { raw: 1, gzip: kb(BUDGET.wordsJsonKb + 1) },
    });
    expect(broken).toEqual([
      `/ar/: first-load JS 200 KB gzip > ${BUDGET.firstLoadJsKb} KB`,
      `/en/timeline: first-load JS ${BUDGET.firstLoadJsKb + 0.5} KB gzip > ${BUDGET.firstLoadJsKb} KB`,
      '/ar/: first-load transfer 235 KB (html+js+css gzip, fonts) > 150 KB',
      'precache lists files that are not in build/: /x.js',
      'precache download 531 KB > 530 KB',
      '/data/words.json: 26 KB gzip > 25 KB',
    ]);
  });

  it('says when the word data is missing', () => {
    expect(bytesBroken({ ...bytes, words: null })).toEqual(['/data/words.json is missing']);
  });
});

describe('routeBroken', () => {
  it('is empty when the route holds every budget', () => {
    expect(routeBroken(route)).toEqual([]);
  });

  it('names the route and each figure over its budget', () => {
    expect(
      routeBroken({
        ...route,
        performance: 94,
        accessibility: 98,
        bestPractices: 96,
        seo: 90,
        cls: 0.01,
        tbtMs: 51,
        failing: ['color-contrast'],
        usableJsKb: 60.1,
      }),
    ).toEqual([
      '/en/timeline: Performance 94 < 95',
      '/en/timeline: Accessibility 98 < 100 (color-contrast)',
      '/en/timeline: Best Practices 96 < 100 (color-contrast)',
      '/en/timeline: SEO 90 < 95',
      '/en/timeline: CLS 0.01 > 0',
      '/en/timeline: TBT 51 ms > 50 ms',
      '/en/timeline: all JS once usable 60.1 KB gzip > 60 KB',
    ]);
  });

  it('breaks when all JS once usable was not measured', () => {
    expect(routeBroken({ ...route, usableJsKb: null })).toEqual([
      '/en/timeline: all JS once usable was not measured',
    ]);
  });
});

describe('comparisonBroken', () => {
  it('holds at exactly 0.8× and 1.0× the TimelineJS transfer, and the same LCP', () => {
    expect(
      comparisonBroken({ timelinejs: side(100, 2000), en: side(80, 2000), ar: side(100, 1500) }),
    ).toEqual([]);
  });

  it('names each broken comparison with both figures', () => {
    expect(
      comparisonBroken({ timelinejs: side(100, 2000, 99), en: side(81, 2001, 98), ar: side(101, 1500) }),
    ).toEqual([
      "/en/timeline: transfer 81 KB is 0.81× TimelineJS's 100 KB > 0.8×",
      "/ar/timeline: transfer 101 KB is 1.01× TimelineJS's 100 KB > 1×",
      "/en/timeline: LCP 2001 ms is later than TimelineJS's 2000 ms",
      "/en/timeline: Performance 98 < TimelineJS's 99",
    ]);
  });

  it('breaks when a side was not measured', () => {
    const none = { transferKb: null, lcpMs: null, performance: null };
    expect(comparisonBroken({ timelinejs: side(100, 2000), en: side(70, 1000), ar: none })).toEqual([
      "/ar/timeline: transfer beside TimelineJS's was not measured",
    ]);
    expect(comparisonBroken({ timelinejs: side(100, 2000), en: none, ar: side(90, 1000) })).toEqual([
      "/en/timeline: transfer beside TimelineJS's was not measured",
      "/en/timeline: LCP beside TimelineJS's was not measured",
    ]);
  });
});

describe('timingsBroken', () => {
  const ok = {
    timeline: { zoomFrameP95Ms: 3 },
    words: { tapToCardMedianMs: 20, vowelsOnMedianMs: 60 },
    scheduler: { cards: 300, phoneAnswerMs: 2 },
  };

  it('is empty when every timing holds', () => {
    expect(timingsBroken(ok)).toEqual([]);
  });

  it('names each timing over its budget, and what was not measured', () => {
    expect(
      timingsBroken({
        timeline: { zoomFrameP95Ms: null },
        words: { tapToCardMedianMs: 51, vowelsOnMedianMs: 101 },
        scheduler: null,
      }),
    ).toEqual([
      'timeline: no zoom-frame measures were recorded',
      'reader: tap to word card 51 ms > 50 ms',
      'reader: vowels on 101 ms > 100 ms',
      'review scheduler: src/lib/review/bench.ts is missing',
    ]);
    expect(
      timingsBroken({
        ...ok,
        timeline: { zoomFrameP95Ms: 4.1 },
        scheduler: { cards: 300, phoneAnswerMs: 6 },
      }),
    ).toEqual([
      'timeline: zoom frame p95 4.1 ms > 4 ms',
      'review scheduler: an answer on a 300-card deck 6 ms on the phone profile > 5 ms',
    ]);
  });
});
