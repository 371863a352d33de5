// What a zoomable view (the timeline's chart, the map) shows, read from the page's geometry as a person
// sees it, never from d3-zoom's state: where its marks are, which labels and texts are in sight and
// where, the words it says about itself, and whether the page has grown wider than the screen. The
// engine suite (suite.ts) compares these before and after pressing the views' own zoom buttons.
import { expect } from 'vitest';
import type { Session } from './browsers';

/** Where to find a view's parts in its page (CSS selectors). */
export interface ViewParts {
  /** The view's box: every position is read relative to it, and "in sight" means inside it. */
  view: string;
  /** The marks (dots, bars): their centres, all of them, in sight or not. */
  marks: string;
  /** The labels that must never overlap each other (data-id or data-place names them). */
  labels: string;
  /** Other texts over the view (the timeline's axis, the map's country names). */
  texts: string;
  /** An element saying in words what is in view, if the view has one. */
  words?: string;
  /** An element present only when the view runs down the page instead of across. */
  vertical?: string;
  /** Buttons drawn over the view, which no label or text may be under. */
  controls?: string;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A view as seen, in CSS px relative to its box, rounded to 0.1 px. */
export interface Seen {
  w: number;
  h: number;
  vertical: boolean;
  marks: { id: string; x: number; y: number }[];
  labels: (Box & { id: string })[];
  texts: (Box & { text: string })[];
  /** The buttons over the view, in sight. */
  controls: Box[];
  words: string;
  /** How much wider than the window the page is (0 or less: no horizontal scroll). */
  overflow: number;
}

/** In the page (sent as source: nothing from outside it). */
function seeView(p: ViewParts): Seen | null {
  const view = document.querySelector(p.view);
  if (!view) return null;
  const v = view.getBoundingClientRect();
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const box = (e: Element) => {
    const b = e.getBoundingClientRect();
    return { x: r1(b.left - v.left), y: r1(b.top - v.top), w: r1(b.width), h: r1(b.height) };
  };
  const inSight = (e: Element, b: { x: number; y: number; w: number; h: number }) =>
    b.w > 0 &&
    b.h > 0 &&
    b.x < v.width &&
    b.x + b.w > 0 &&
    b.y < v.height &&
    b.y + b.h > 0 &&
    getComputedStyle(e).visibility !== 'hidden';
  const all = (selector: string) => Array.from(document.querySelectorAll(selector));
  const page = document.scrollingElement ?? document.documentElement;
  return {
    w: r1(v.width),
    h: r1(v.height),
    vertical: p.vertical ? document.querySelector(p.vertical) !== null : false,
    marks: all(p.marks).map((e, i) => {
      const b = box(e);
      return { id: e.getAttribute('data-id') ?? String(i), x: r1(b.x + b.w / 2), y: r1(b.y + b.h / 2) };
    }),
    labels: all(p.labels).flatMap((e) => {
      const b = box(e);
      const id = e.getAttribute('data-id') ?? e.getAttribute('data-place') ?? '';
      return inSight(e, b) ? [{ id, ...b }] : [];
    }),
    texts: all(p.texts).flatMap((e) => {
      const b = box(e);
      return inSight(e, b) ? [{ text: (e.textContent ?? '').trim(), ...b }] : [];
    }),
    controls: p.controls
      ? all(p.controls).flatMap((e) => {
          const b = box(e);
          return inSight(e, b) ? [b] : [];
        })
      : [],
    words: p.words ? (document.querySelector(p.words)?.textContent ?? '').trim() : '',
    overflow: page.scrollWidth - innerWidth,
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The view once it has stopped moving (two looks 300 ms apart agree) and differs from `unlike` (what it
 * showed before a button was pressed). After `timeout` ms it returns what it shows then: the test's
 * assertions say what is wrong (a zoom that did nothing, a view that never settles).
 */
export async function settled(s: Session, parts: ViewParts, unlike?: Seen, timeout = 30_000): Promise<Seen> {
  const end = Date.now() + timeout;
  const before = unlike && JSON.stringify(unlike);
  let last = JSON.stringify(await s.evaluate(seeView, parts));
  for (;;) {
    await sleep(300);
    const now = await s.evaluate(seeView, parts);
    const json = JSON.stringify(now);
    if ((now && json === last && json !== before) || Date.now() > end) {
      if (!now) throw new Error(`${parts.view} is not in the page`);
      return now;
    }
    last = json;
  }
}

/** Waits until the button `selector` can be pressed (the zoom buttons wait for the view's code). */
export async function enabled(s: Session, selector: string): Promise<void> {
  await s.waitFor(
    (sel: string) => {
      const b = document.querySelector<HTMLButtonElement>(sel);
      return b !== null && !b.disabled;
    },
    { timeout: 30_000, message: `${selector} enabled` },
    selector,
  );
}

/** Whether two boxes overlap by more than half a pixel each way. */
export function overlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

/** The pairs of `boxes` that overlap, named by `name`, for a failure's message. */
export function overlapping<T extends Box>(boxes: T[], name: (b: T) => string, others: Box[] = []): string[] {
  const out: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) if (overlap(a, b)) out.push(`${name(a)} × ${name(b)}`);
    for (const o of others) if (overlap(a, o)) out.push(`${name(a)} × ${JSON.stringify(o)}`);
  });
  return out;
}

/**
 * How far apart the marks drew between two looks: for each pair of marks that `after` shows in sight
 * and that were at least `min` px apart in `before`, their distance after over before. Along one axis
 * (`'x'`, `'y'`: the timeline, whose marks only move along its time axis) or in the plane (the map).
 */
export function spread(before: Seen, after: Seen, along: 'x' | 'y' | 'xy', min = 20): number[] {
  const was = new Map(before.marks.map((m) => [m.id, m]));
  const inSight = after.marks.filter((m) => m.x >= 0 && m.x <= after.w && m.y >= 0 && m.y <= after.h);
  const dist = (a: { x: number; y: number }, b: { x: number; y: number }) =>
    along === 'xy' ? Math.hypot(a.x - b.x, a.y - b.y) : Math.abs(a[along] - b[along]);
  const ratios: number[] = [];
  inSight.forEach((a, i) => {
    for (const b of inSight.slice(i + 1)) {
      const a0 = was.get(a.id);
      const b0 = was.get(b.id);
      if (!a0 || !b0 || dist(a0, b0) < min) continue;
      ratios.push(dist(a, b) / dist(a0, b0));
    }
  });
  return ratios;
}

/** Fails unless `now` shows what `first` did: the same marks within a pixel, the same labels and texts. */
export function expectSameView(now: Seen, first: Seen, what: string): void {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  const marks = (v: Seen) => v.marks.map((m) => m.id);
  expect(marks(now), `${what}: the marks`).toEqual(marks(first));
  const moved = now.marks.filter((m, i) => !near(m.x, first.marks[i].x) || !near(m.y, first.marks[i].y));
  expect(moved, `${what}: marks not where they first were`).toEqual([]);
  expect(
    now.labels.map((l) => l.id),
    `${what}: the labels in sight`,
  ).toEqual(first.labels.map((l) => l.id));
  const shifted = now.labels.filter((l, i) => !near(l.x, first.labels[i].x) || !near(l.y, first.labels[i].y));
  expect(shifted, `${what}: labels not where they first were`).toEqual([]);
  expect(
    now.texts.map((t) => t.text),
    `${what}: the texts in sight`,
  ).toEqual(first.texts.map((t) => t.text));
  expect(now.words, `${what}: what the view says it shows`).toBe(first.words);
}

/**
 * Fails when the view's labels overlap each other, its texts overlap each other or a label, a label or
 * a text is under one of the buttons over the view, fewer than `least` labels are in sight, or the page
 * scrolls sideways.
 */
export function expectLegible(v: Seen, what: string, least = 2): void {
  expect(v.labels.length, `${what}: labels in sight`).toBeGreaterThanOrEqual(least);
  expect(
    overlapping(v.labels, (l) => l.id),
    `${what}: labels overlapping`,
  ).toEqual([]);
  expect(
    overlapping(v.texts, (t) => t.text, v.labels),
    `${what}: texts overlapping`,
  ).toEqual([]);
  const under = [
    ...v.labels.map((l) => ({ ...l, name: l.id })),
    ...v.texts.map((t) => ({ ...t, name: t.text })),
  ]
    .filter((b) => v.controls.some((c) => overlap(b, c)))
    .map((b) => b.name);
  expect(under, `${what}: under a button over the view`).toEqual([]);
  expect(v.overflow, `${what}: horizontal overflow in px`).toBeLessThanOrEqual(0);
}
