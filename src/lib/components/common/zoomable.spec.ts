import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { zoomable, type Gestures, type ZoomOptions } from './zoomable';

let idle: (() => void) | null;
beforeEach(() => {
  idle = null;
  vi.stubGlobal('window', {
    requestIdleCallback: (f: () => void) => ((idle = f), 7),
    cancelIdleCallback: (id: number) => id === 7 && (idle = null),
  });
});
afterEach(() => vi.unstubAllGlobals());

const node = {} as HTMLElement;
const flush = () => new Promise((r) => setTimeout(r));

function setUp() {
  const attached: ZoomOptions[] = [];
  const detached = vi.fn();
  const module: Gestures<ZoomOptions> = {
    attachGestures: (_, o) => {
      attached.push(o);
      return detached;
    },
  };
  const onready = vi.fn();
  let k = 1;
  const options = (): ZoomOptions => ({
    width: 100,
    height: 50,
    kMax: 8,
    start: { k, x: 0, y: 0 },
    onzoom: () => {},
    onready,
  });
  const load = vi.fn(async () => module);
  return {
    attach: zoomable(options, load),
    attached,
    detached,
    onready,
    load,
    zoomTo: (n: number) => (k = n),
  };
}

describe('zoomable(options, load)', () => {
  it('loads d3-zoom only once the browser is idle, and reads the options then', async () => {
    const t = setUp();
    t.attach(node);
    await flush();
    expect(t.load).not.toHaveBeenCalled();
    t.zoomTo(2);
    idle!();
    await flush();
    expect(t.attached.map((o) => o.start.k)).toEqual([2]);
  });

  it('taken off before the browser is idle, it loads and attaches nothing', async () => {
    const t = setUp();
    const off = t.attach(node) as () => void;
    off();
    expect(idle).toBeNull();
    expect(t.load).not.toHaveBeenCalled();
    expect(t.onready).not.toHaveBeenCalled();
  });

  it('taken off while d3-zoom is on its way, it never attaches', async () => {
    const t = setUp();
    const off = t.attach(node) as () => void;
    idle!();
    off();
    await flush();
    expect(t.attached).toEqual([]);
  });

  it('taken off once attached, it removes the listeners and withdraws the zoomer', async () => {
    const t = setUp();
    const off = t.attach(node) as () => void;
    idle!();
    await flush();
    off();
    expect(t.detached).toHaveBeenCalledTimes(1);
    expect(t.onready).toHaveBeenLastCalledWith(null);
  });
});
