import { describe, expect, it } from 'vitest';
import { chartFilter, chartWheelDelta } from './gestures';

/** An event as d3-zoom hands it to the filter: only what the filter reads. */
const ev = (type: string, more: Record<string, unknown> = {}) => ({ type, ...more }) as unknown as Event;
const target = (inButton: boolean) => ({ closest: (s: string) => (s === 'button' && inButton ? {} : null) });

describe('chartFilter(event)', () => {
  it.each([
    ['a plain wheel (the page scrolls)', ev('wheel', { ctrlKey: false, metaKey: false }), false],
    ['Ctrl + wheel, or a trackpad pinch', ev('wheel', { ctrlKey: true, metaKey: false }), true],
    ['⌘ + wheel', ev('wheel', { ctrlKey: false, metaKey: true }), true],
    ['one finger (the page scrolls)', ev('touchstart', { touches: [1] }), false],
    ['two fingers', ev('touchstart', { touches: [1, 2] }), true],
    ['the main mouse button', ev('mousedown', { button: 0 }), true],
    ['another mouse button', ev('mousedown', { button: 2 }), false],
    ['a double click on the chart', ev('dblclick', { target: target(false) }), true],
    ['a double click on a label', ev('dblclick', { target: target(true) }), false],
    ['anything else', ev('pointerdown'), false],
  ])('%s → %s', (_, e, zooms) => {
    expect(chartFilter(e)).toBe(zooms);
  });
});

describe('chartWheelDelta(event)', () => {
  it.each([
    [0, -100, 0.5],
    [0, 40, -0.2],
    [1, -3, 0.375],
    [2, -1, 2.5],
  ])('deltaMode %i, deltaY %i zooms by 2^%d, Ctrl or not', (deltaMode, deltaY, power) => {
    for (const ctrlKey of [false, true])
      expect(chartWheelDelta({ deltaMode, deltaY, ctrlKey } as WheelEvent)).toBeCloseTo(power, 12);
  });
});
