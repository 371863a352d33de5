// Builds the comparison page: the same events in Knight Lab's TimelineJS, self-hosted from the npm
// package (no CDN, its Google fonts turned off), into bench/tmp/timelinejs/. The bench serves it beside
// our build and runs the same measurements on both.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
export const TIMELINEJS_DIR = join(ROOT, 'bench/tmp/timelinejs');

/** @param {string} day `YYYY-MM-DD` */
function tlDate(day) {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  return { year, month, day: dayOfMonth };
}

/** @param {string} s */
function escapeHtml(s) {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/**
 * Writes the page. `events` are the app's own timeline events (src/lib/content/events.ts), passed in by
 * the bench so both timelines show exactly the same data.
 * @param {{ title: { en: string }, description: { en: string }, start: string, end: string }[]} events
 */
export function buildTimelineJsPage(events) {
  rmSync(TIMELINEJS_DIR, { recursive: true, force: true });
  mkdirSync(TIMELINEJS_DIR, { recursive: true });
  const dist = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
  cpSync(join(dist, 'js'), join(TIMELINEJS_DIR, 'js'), { recursive: true });
  cpSync(join(dist, 'css'), join(TIMELINEJS_DIR, 'css'), { recursive: true });
  const data = {
    title: { text: { headline: 'Al-Qaryatayn, August 2015', text: 'The events of one news article.' } },
    events: events.map((e) => ({
      start_date: tlDate(e.start),
      ...(e.end !== e.start ? { end_date: tlDate(e.end) } : {}),
      text: { headline: e.title.en, text: e.description.en },
    })),
  };
  writeFileSync(join(TIMELINEJS_DIR, 'events.js'), `window.TIMELINE_DATA = ${JSON.stringify(data)};\n`);
  writeFileSync(
    join(TIMELINEJS_DIR, 'start.js'),
    "window.timeline = new TL.Timeline('timeline', window.TIMELINE_DATA, { script_path: '/js/', font: null, language: 'en' });\n",
  );
  writeFileSync(
    join(TIMELINEJS_DIR, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml('The events of one news article in TimelineJS.')}">
<title>TimelineJS comparison</title>
<link rel="stylesheet" href="/css/timeline.css">
<style>html,body{height:100%;margin:0;font-family:system-ui,sans-serif}#timeline{height:100%}</style>
</head>
<body>
<main id="timeline"></main>
<script src="/js/timeline.js"></script>
<script src="/events.js"></script>
<script src="/start.js"></script>
</body>
</html>
`,
  );
  writeFileSync(join(TIMELINEJS_DIR, 'robots.txt'), 'User-agent: *\nAllow: /\n');
  return TIMELINEJS_DIR;
}
