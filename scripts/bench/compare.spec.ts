import { describe, expect, it } from 'vitest';
import { ANCHOR, inRounds, roundOrder, routeRows, sideBySide } from './compare.js';
import { FIGURES } from './lighthouse.js';
import { MEASURED } from './budgets.js';

describe('roundOrder', () => {
  it('puts the TimelineJS page right after /en/timeline, every route once', () => {
    const order = roundOrder(MEASURED);
    expect(order.indexOf(ANCHOR)).toBe(order.indexOf('en/timeline') + 1);
    expect(order.filter((t) => t !== ANCHOR)).toEqual(MEASURED);
  });

  it('refuses a list without /en/timeline', () => {
    expect(() => roundOrder(['ar/'])).toThrow('/en/timeline');
  });
});

describe('inRounds', () => {
  it('measures one target at a time, ours and theirs alternating across rounds', async () => {
    let running = 0;
    const { byTarget, sequence } = await inRounds(['en/timeline', ANCHOR], 3, async (t, r) => {
      running++;
      expect(running).toBe(1);
      await new Promise((done) => setTimeout(done, 1));
      running--;
      return `${t}#${r}`;
    });
    expect(sequence).toEqual(['en/timeline', ANCHOR, 'en/timeline', ANCHOR, 'en/timeline', ANCHOR]);
    expect(byTarget.get(ANCHOR)).toEqual([`${ANCHOR}#0`, `${ANCHOR}#1`, `${ANCHOR}#2`]);
  });
});

describe('sideBySide', () => {
  const anchor = { transferKb: 92.5, usableJsKb: 63.1, lcpMs: 2000, tbtMs: 400, performance: 80 };

  it('gives each side its figures and ours over theirs', () => {
    const s = sideBySide(
      anchor,
      { transferKb: 74, usableJsKb: 50, lcpMs: 1800, tbtMs: 10, performance: 99, other: 1 },
      { transferKb: 92.5, usableJsKb: 63.1, lcpMs: 2200, tbtMs: 0, performance: 96 },
    );
    expect(s.timelinejs).toEqual(anchor);
    expect(s.en).toEqual({ transferKb: 74, usableJsKb: 50, lcpMs: 1800, tbtMs: 10, performance: 99 });
    expect(s.enVsTimelineJs).toEqual({
      transferKb: 0.8,
      usableJsKb: 0.79,
      lcpMs: 0.9,
      tbtMs: 0.03,
      performance: 1.24,
    });
    expect(s.arVsTimelineJs.transferKb).toBe(1);
  });

  it('leaves a route that was not measured as nulls', () => {
    const s = sideBySide(anchor, undefined, undefined);
    expect(s.en.transferKb).toBeNull();
    expect(s.enVsTimelineJs.lcpMs).toBeNull();
  });
});

describe('routeRows', () => {
  const run = (n: number) => ({
    ...Object.fromEntries(FIGURES.map((k) => [k, n])),
    failing: [],
    usableJsKb: n,
    usableJsWireKb: n / 2,
    usableDataKb: 0,
    usableJsFiles: n,
    files: [`/${n}.js`],
  });

  it('gives each target the medians of its rounds, our routes their first-load figures too', () => {
    const byTarget = new Map([
      ['en/timeline', [run(3), run(1), run(2)]],
      [ANCHOR, [run(10), run(30), run(20)]],
    ]);
    const [ours, theirs] = routeRows(['en/timeline', ANCHOR], byTarget, {
      anchorName: 'TimelineJS 3.9.11',
      extra: (t) => ({ firstLoadJsKb: t.length }),
    });
    expect(ours).toMatchObject({ route: '/en/timeline', lcpMs: 2, usableJsKb: 2, firstLoadJsKb: 11 });
    expect(ours.usableJsPaths).toEqual(['/2.js']);
    expect(ours.perRun.map((r) => r.usableJsKb)).toEqual([3, 1, 2]);
    expect(theirs).toMatchObject({ route: 'TimelineJS 3.9.11', performance: 20, usableJsWireKb: 10 });
    expect(theirs).not.toHaveProperty('firstLoadJsKb');
  });
});
