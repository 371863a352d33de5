import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { README_END, README_START, markdown, table, writeReadme } from './report.js';

const dir = mkdtempSync(join(tmpdir(), 'report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const route = (name: string, over = {}) => ({
  route: name,
  performance: 99,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  fcpMs: 1500.4,
  lcpMs: 1800.6,
  tbtMs: 12.2,
  cls: 0,
  benchmarkIndex: 1000,
  firstLoadJsKb: 44,
  usableJsKb: 58.5,
  firstLoadCssKb: 20,
  fontKb: 0,
  transferKb: 70,
  ...over,
});
const side = { transferKb: 70, usableJsKb: 58.5, lcpMs: 1800.6, tbtMs: 12.2, performance: 99 };
const results = {
  date: '2026-12-07',
  runs: 3,
  chromium: '156.0',
  routes: [route('/en/timeline'), route('/ar/timeline', { usableJsKb: null })],
  comparison: {
    anchor: { route: 'TimelineJS 3.9.11' },
    timelinejs: { transferKb: 92.5, usableJsKb: 63.1, lcpMs: 2500, tbtMs: 300, performance: 80 },
    en: side,
    ar: { ...side, usableJsKb: null },
    enVsTimelineJs: { transferKb: 0.76, usableJsKb: 0.93, lcpMs: 0.72, tbtMs: 0.04, performance: 1.24 },
    arVsTimelineJs: { transferKb: 0.76, usableJsKb: null, lcpMs: 0.72, tbtMs: 0.04, performance: 1.24 },
  },
  timeline: {
    firstRenderMs: 90,
    zoomFrames: 100,
    zoomFrameMedianMs: 1,
    zoomFrameP95Ms: 2,
    zoomFrameMaxMs: 3,
  },
  quiz: { answers: 5, tapToFeedbackMedianMs: 10 },
  words: {
    cpuSlowdown: 4,
    taps: 7,
    tapToCardMedianMs: 20,
    tapToCardMaxMs: 30,
    vowelsOnMedianMs: 50,
    vowelsOnMaxMs: 60,
    vowelsOffMedianMs: 40,
  },
  codec: null,
  scheduler: null,
  arFirstLoadKb: 100,
  wordsJson: { rawKb: 75, gzipKb: 20.7 },
  precache: { files: 158, downloadKb: 523.8, storedKb: 1602 },
  broken: [] as string[],
};

describe('table', () => {
  it('pads the columns and shows a missing cell as –', () => {
    expect(table([{ a: 1, b: null }], ['a', 'b'])).toBe('| a | b |\n|---|---|\n| 1 | – |');
  });
});

describe('markdown', () => {
  it('shows each route, and ours beside TimelineJS with ours ÷ theirs', () => {
    const md = markdown(results);
    expect(md).toContain('median of 3 rounds');
    expect(md).toMatch(/\| \/en\/timeline \| 99 +\| 100 .*\| 1500 +\| 1801 +\| 12 /);
    expect(md).toMatch(/\| Lighthouse transfer, KB +\| 92\.5 +\| 70 \(0\.76×\) +\| 70 \(0\.76×\)/);
    expect(md).toMatch(/\| all JS once usable, KB gzip \| 63\.1 +\| 58\.5 \(0\.93×\) +\| – /);
    expect(md).toContain('TimelineJS 3.9.11');
    expect(md).toContain('- Every budget holds.');
  });

  it('lists the broken budgets', () => {
    expect(markdown({ ...results, broken: ['a > b', 'c > d'] })).toContain(
      '- **Budgets broken:** a > b; c > d',
    );
  });
});

describe('writeReadme', () => {
  it('replaces only what is between the marks, keeping $ signs as written', async () => {
    const file = join(dir, 'README.md');
    writeFileSync(file, `# Title\n\nBefore.\n\n${README_START}\n\nold\n\n${README_END}\n\nAfter.\n`);
    expect(await writeReadme(file, 'new $& text')).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith(`# Title\n\nBefore.\n\n${README_START}\n`)).toBe(true);
    expect(text).toContain('new $& text');
    expect(text).not.toContain('old');
    expect(text.endsWith(`${README_END}\n\nAfter.\n`)).toBe(true);
  });

  it('leaves a README without the marks alone', async () => {
    const file = join(dir, 'OTHER.md');
    writeFileSync(file, '# Other\n');
    expect(await writeReadme(file, 'x')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('# Other\n');
  });
});
