import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// workbox-window, replaced by a stand-in that lets each test fire the lifecycle events a browser would.
type Listener = (event: Record<string, unknown>) => void;
const fake = vi.hoisted(() => ({
  listeners: new Map<string, Listener[]>(),
  registration: null as null | { active: object | null; waiting: object | null; installing: object | null },
}));
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, fn: Listener) {
      fake.listeners.set(type, [...(fake.listeners.get(type) ?? []), fn]);
    }
    async register() {
      return Object.assign(fake.registration!, { update: () => Promise.resolve() });
    }
    messageSkipWaiting() {}
  },
}));

const { registerWorker } = await import('./register');

function fire(type: string, event: Record<string, unknown>) {
  for (const fn of fake.listeners.get(type) ?? []) fn(event);
}

/** Registers as a page would, with `controller` controlling it at load, and returns the events seen. */
async function start(controller: object | null) {
  vi.stubGlobal('navigator', {
    onLine: true,
    serviceWorker: { controller, ready: new Promise(() => {}) },
  });
  vi.stubGlobal('document', { addEventListener() {}, visibilityState: 'visible' });
  const seen = { waiting: 0, activeElsewhere: 0, ready: 0 };
  await registerWorker({
    waiting: () => seen.waiting++,
    activeElsewhere: () => seen.activeElsewhere++,
    ready: () => seen.ready++,
  });
  // The listeners may look at the registration asynchronously.
  await new Promise((r) => setTimeout(r, 0));
  return seen;
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('registerWorker: the update prompt is for updates only', () => {
  beforeEach(() => {
    fake.listeners.clear();
    vi.useFakeTimers({ toFake: ['setInterval'] });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('a first install reported as "waiting" (Firefox, a second page opened during the install) is no update', async () => {
    const first = {};
    // Nothing active yet; the worker the first page started is installed and not yet activating.
    fake.registration = { active: null, waiting: first, installing: null };
    const seen = await start(null);
    fire('waiting', { sw: first, wasWaitingBeforeRegister: true });
    await settle();
    fire('waiting', { sw: first, isExternal: true });
    await settle();
    expect(seen.waiting).toBe(0);
  });

  it('a new version waiting behind the active one is an update, on a controlled page', async () => {
    const v1 = {};
    const v2 = {};
    fake.registration = { active: v1, waiting: null, installing: null };
    const seen = await start(v1);
    fake.registration.waiting = v2;
    fire('waiting', { sw: v2, isUpdate: true });
    await settle();
    expect(seen.waiting).toBe(1);
  });

  it('and on a page that loaded without a controller (a hard reload) while a version is active', async () => {
    const v1 = {};
    const v2 = {};
    fake.registration = { active: v1, waiting: v2, installing: null };
    const seen = await start(null);
    fire('waiting', { sw: v2, wasWaitingBeforeRegister: true });
    await settle();
    expect(seen.waiting).toBe(1);
  });
});
