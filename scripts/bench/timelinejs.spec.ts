import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { events } from '../../src/lib/content/events';
import { buildTimelineJsPage, timelineJsData, timelineJsHtml, TIMELINEJS_VERSION } from './timelinejs.js';

const dir = mkdtempSync(join(tmpdir(), 'tljs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the TimelineJS anchor page', () => {
  it('is TimelineJS 3.9.11 from the npm package', () => {
    expect(TIMELINEJS_VERSION).toBe('3.9.11');
  });

  it('carries every event of the app, with its dates', () => {
    const data = timelineJsData(events);
    expect(data.events).toHaveLength(events.length);
    const one = events.find((e) => e.start !== e.end);
    if (one) {
      const [y, m, d] = one.end.split('-').map(Number);
      expect(data.events[events.indexOf(one)].end_date).toEqual({ year: y, month: m, day: d });
    }
  });

  it('fetches nothing from elsewhere: no web font, its own server for scripts', () => {
    const html = timelineJsHtml(events);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).toContain('"font":null');
    expect(html).toContain('"script_path":"/js/"');
    // The data inline cannot close its <script> element.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  // Brotli at quality 11 takes a few seconds on a busy machine.
  it(
    'is precompressed as our build is: .gz and .br beside text files, fonts as they are',
    { timeout: 30_000 },
    () => {
      const files = buildTimelineJsPage(events, dir);
      const js = files.find((f) => f.path === '/js/timeline.js');
      expect(js?.gzip).toBeGreaterThan(0);
      const raw = readFileSync(join(dir, 'js/timeline.js'));
      expect(gunzipSync(readFileSync(join(dir, 'js/timeline.js.gz')))).toEqual(raw);
      expect(brotliDecompressSync(readFileSync(join(dir, 'js/timeline.js.br')))).toEqual(raw);
      for (const f of ['index.html', 'css/timeline.css', 'favicon.svg'])
        expect(existsSync(join(dir, `${f}.br`)), f).toBe(true);
      expect(existsSync(join(dir, 'css/icons/tl-icons.ttf'))).toBe(true);
      expect(existsSync(join(dir, 'css/icons/tl-icons.ttf.gz'))).toBe(false);
      // The icon font is reached from the CSS as ../js/../css/icons/: /css/icons/ on the server.
      expect(readFileSync(join(dir, 'css/timeline.css'), 'utf8')).toContain(
        'url(../js/../css/icons/tl-icons.ttf)',
      );
    },
  );
});
