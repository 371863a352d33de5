import { describe, expect, it } from 'vitest';
import { keyZoom, mapFilter } from './gestures';

const ev = (type: string, more: Record<string, unknown> = {}) => ({ type, ...more }) as unknown as Event;
const on = (selector: string | null) => ({
  closest: (s: string) => (selector && s.includes(selector) ? {} : null),
});
/** The map frame, with focus inside it or elsewhere. */
const frame = (focused: boolean) => {
  const inside = {};
  return {
    ownerDocument: { activeElement: focused ? inside : {} },
    contains: (el: unknown) => el === inside,
  } as unknown as HTMLElement;
};

describe('mapFilter(event, node)', () => {
  it.each([
    ['a plain wheel, focus elsewhere (the page scrolls)', ev('wheel', {}), false, false],
    ['a plain wheel while the map has focus', ev('wheel', {}), true, true],
    ['Ctrl + wheel, or a trackpad pinch', ev('wheel', { ctrlKey: true }), false, true],
    ['⌘ + wheel', ev('wheel', { metaKey: true }), false, true],
    ['one finger (the page scrolls)', ev('touchstart', { touches: [1] }), false, false],
    ['two fingers', ev('touchstart', { touches: [1, 2] }), false, true],
    ['the main button on the map', ev('mousedown', { button: 0, target: on(null) }), false, true],
    ['the main button on a place', ev('mousedown', { button: 0, target: on('button') }), false, false],
    ['the main button on a link', ev('mousedown', { button: 0, target: on('a') }), false, false],
    ['another button', ev('mousedown', { button: 1, target: on(null) }), false, false],
    ['a double click on the map', ev('dblclick', { button: 0, target: on(null) }), false, true],
    ['a double click on a place', ev('dblclick', { button: 0, target: on('button') }), false, false],
  ])('%s → %s', (_, e, focused, zooms) => {
    expect(mapFilter(e, frame(focused))).toBe(zooms);
  });
});

describe('keyZoom(key)', () => {
  it.each([
    ['+', { by: 2 }],
    ['=', { by: 2 }],
    ['-', { by: 0.5 }],
    ['0', 'reset'],
    ['Enter', null],
    ['ArrowLeft', null],
  ] as const)('%s → %o', (key, act) => {
    expect(keyZoom(key)).toEqual(act);
  });
});
