// One small interface over the three engines the app is tested in, as Debian installs them:
//
// - Chromium, through puppeteer-core (CDP), with the flags scripts/chromium.js lists;
// - Firefox ESR, through puppeteer-core with `browser: 'firefox'` (WebDriver BiDi), headless;
// - WebKitGTK, through selenium-webdriver and WebKitWebDriver, which starts WebKitGTK's MiniBrowser in
//   an Xvfb of its own (MiniBrowser needs a display). A GTK style sheet shrinks MiniBrowser's own
//   toolbar so that its window, and so the page's viewport, can be 390 px wide (it stops at ~447 px).
//
// Every browser runs with Debian's Noto fonts hidden from fontconfig, so that only the app's bundled
// Arabic font answers to its name, as on an iPhone. WebKitWebDriver cannot read a page's console: each
// page served by server.ts carries an error probe (probe.js) that records console errors, uncaught
// errors, rejections, CSP violations and failed loads (a modulepreload link's `error` included); the
// session reads it before each navigation and on `problems()`. Chromium and Firefox report their
// console and uncaught errors natively as well.
//
//   const server = await startServer();
//   const s = await launch('webkit', { viewport: { width: 390, height: 844 }, server });
//   await s.goto(`${server.url}/ar/`);
//   expect(await s.problems()).toEqual([]);
//   await s.close(); await server.stop();
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { Builder, By, type WebDriver } from 'selenium-webdriver';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';
import {
  ENGINE_NAMES,
  findFirefox,
  findMiniBrowser,
  findWebKitDriver,
  findXvfb,
  selectedEngines,
} from '../../scripts/engines.js';
import type { TestServer } from './server';

export { ENGINE_NAMES, selectedEngines };
export { startServer, withProbe, type TestServer } from './server';

export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Viewport {
  width: number;
  height: number;
}

export interface LaunchOptions {
  /** The page's viewport (CSS px). Default 1280 × 800. */
  viewport?: Viewport;
  /** The site's server: `setOffline()` stops and starts it (a real offline, service worker included). */
  server?: TestServer;
  /** Keep Debian's Noto fonts visible (default: hidden, so only the app's font answers). */
  systemNoto?: boolean;
}

export interface Session {
  readonly engine: EngineName;
  /** The engine's name and version, e.g. "Firefox 153.8.0esr", "WebKitGTK 2.50.6". */
  readonly version: string;
  /** Opens `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** The page's URL. */
  url(): Promise<string>;
  /** Sets the page's viewport (innerWidth × innerHeight) to `size`. */
  setViewport(size: Viewport): Promise<void>;
  /**
   * Runs `fn` in the page with `args` (JSON values) and returns its result (a promise is awaited).
   * `fn` is sent as source: it must not use anything from the test's scope.
   */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Polls `fn` in the page until it returns a truthy value, which it returns; fails after `timeout` ms. */
  waitFor<A extends unknown[], R>(
    fn: (...args: A) => R,
    options?: { timeout?: number; interval?: number; message?: string },
    ...args: A
  ): Promise<NonNullable<Awaited<R>>>;
  /** Clicks the first element matching the CSS `selector`, as a person would (the driver's click). */
  click(selector: string): Promise<void>;
  /** A PNG of the viewport; also written to `path` when given. */
  screenshot(path?: string): Promise<Buffer>;
  /**
   * Every problem seen since the last call (console errors, uncaught errors, unhandled rejections,
   * CSP violations, failed loads), and empties the list.
   */
  problems(): Promise<string[]>;
  /** Offline: stops the server given at launch (every request fails, the worker's too); `false` restarts it. */
  setOffline(offline: boolean): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_VIEWPORT: Viewport = { width: 1280, height: 800 };

/** Starts `engine` with a fresh profile (no storage, no service worker). */
export async function launch(engine: EngineName, options: LaunchOptions = {}): Promise<Session> {
  const viewport = options.viewport ?? DEFAULT_VIEWPORT;
  const env = { ...process.env, ...(options.systemNoto ? {} : { FONTCONFIG_FILE: fontconfigWithoutNoto() }) };
  const offline = async (on: boolean) => {
    if (!options.server) throw new Error('setOffline needs the server: launch(engine, { server })');
    await (on ? options.server.stop() : options.server.start());
  };
  if (engine === 'webkit') return launchWebKit(viewport, env, offline);
  return launchPuppeteer(engine, viewport, env, offline);
}

// ---------------------------------------------------------------------------------------------------
// Shared helpers

let fontconfigFile: string | null = null;

/**
 * A fontconfig file that is the system's minus /usr/share/fonts/truetype/noto (Debian's fonts-noto-core),
 * written once per process. What remains for Arabic is the app's web font (and DejaVu Sans as fallback).
 */
export function fontconfigWithoutNoto(): string {
  if (fontconfigFile) return fontconfigFile;
  const dir = mkdtempSync(join(tmpdir(), 'engines-fonts-'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <cachedir>${join(dir, 'cache')}</cachedir>
  <selectfont><rejectfont><glob>/usr/share/fonts/truetype/noto/*</glob></rejectfont></selectfont>
</fontconfig>
`,
  );
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  fontconfigFile = file;
  return file;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((res) => srv.listen(0, '127.0.0.1', res));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((res) => srv.close(() => res()));
  return port;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The probe's list (see probe.js), emptied; null when the page has no probe. */
function takeProbe(): string[] | null {
  const p = (window as unknown as { __engineProbe?: { take(): string[] } }).__engineProbe;
  return p ? p.take() : null;
}

/**
 * In the page: `selector`'s element scrolled into view, and for 200 ms neither it nor the page's scroll
 * position has moved (a smooth scroll would carry a click elsewhere), and nothing covers its middle.
 */
async function isClickable(selector: string): Promise<boolean> {
  const el = document.querySelector(selector);
  if (!el) return false;
  const box = el.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) el.scrollIntoView({ block: 'center' });
  const where = () => {
    const r = el.getBoundingClientRect();
    return `${r.x},${r.y},${r.width},${r.height},${scrollX},${scrollY}`;
  };
  const first = where();
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 50));
    if (where() !== first) return false;
  }
  const r = el.getBoundingClientRect();
  if (!r.width || !r.height) return false;
  const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return at !== null && (at === el || el.contains(at));
}

function missing(what: string, how: string): never {
  throw new Error(`${what} not found. Run "node scripts/ensure-engines.js" (as root it installs ${how}).`);
}

/** The parts every session shares: problems from the probe and from the engine, waitFor. */
function common(
  evaluate: Session['evaluate'],
  native: string[],
): Pick<Session, 'problems' | 'waitFor'> & {
  collect(): Promise<void>;
  clickable(selector: string): Promise<void>;
} {
  const kept: string[] = [];
  const collect = async () => {
    try {
      kept.push(...((await evaluate(takeProbe)) ?? []));
    } catch {
      /* no page, or one that is going away: its problems were carried (probe.js) */
    }
  };
  const waitFor: Session['waitFor'] = async (fn, options = {}, ...args) => {
    const { timeout = 15_000, interval = 50 } = options;
    const end = Date.now() + timeout;
    let last: unknown;
    for (;;) {
      try {
        const v = await evaluate(fn, ...args);
        if (v) return v as NonNullable<typeof v>;
      } catch (e) {
        // A navigation in progress destroys the page's context: try again.
        last = e;
      }
      if (Date.now() > end)
        throw new Error(
          `waitFor timed out after ${timeout} ms: ${options.message ?? fn.toString().slice(0, 200)}` +
            (last ? ` (last error: ${String(last)})` : ''),
        );
      await sleep(interval);
    }
  };
  return {
    collect,
    waitFor,
    // As a person would: once the element is in view, has stopped moving and nothing covers its middle.
    clickable: (selector) =>
      waitFor(isClickable, { timeout: 15_000, message: `${selector} clickable` }, selector).then(() => {}),
    async problems() {
      await collect();
      const all = [...kept, ...native];
      kept.length = 0;
      native.length = 0;
      return all;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Chromium and Firefox: puppeteer-core

async function launchPuppeteer(
  engine: 'chromium' | 'firefox',
  viewport: Viewport,
  env: NodeJS.ProcessEnv,
  offline: (on: boolean) => Promise<void>,
): Promise<Session> {
  const executablePath =
    engine === 'chromium'
      ? (findChromium() ?? missing('Chromium', 'chromium'))
      : (findFirefox() ?? missing('Firefox', 'firefox-esr'));
  const profile = engine === 'chromium' ? mkdtempSync(join(tmpdir(), 'engines-chromium-')) : undefined;
  const browser: Browser = await puppeteer.launch({
    browser: engine === 'firefox' ? 'firefox' : 'chrome',
    executablePath,
    headless: true,
    args: engine === 'chromium' ? CHROMIUM_ARGS : [],
    userDataDir: profile,
    env,
    defaultViewport: viewport,
    protocolTimeout: 120_000,
    extraPrefsFirefox: {
      // No first-run pages, telemetry or update checks competing with the page on 2 cores.
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  const page: Page = (await browser.pages())[0] ?? (await browser.newPage());
  await page.setViewport(viewport);
  const native: string[] = [];
  // What the engine reports while a navigation runs cannot be told apart between the page being left
  // (its cancelled loads and imports fail) and the page coming: it is left to the probe, which can.
  let navigating = false;
  const report = (text: string) => {
    if (!navigating) native.push(`${text} (${page.url()})`);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') report(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => report(`uncaught: ${e instanceof Error ? e.message : String(e)}`));

  const raw = await browser.version();
  const version =
    engine === 'firefox'
      ? `Firefox ${raw.replace(/^firefox\//i, '')}`
      : `Chromium ${raw.replace(/^(Headless)?Chrome\//, '')}`;

  const evaluate: Session['evaluate'] = (fn, ...args) =>
    page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as Promise<never>;
  const c = common(evaluate, native);
  const timeout = 60_000;
  // Before leaving a page: its problems, and a moment without requests, so that the navigation cancels
  // nothing the page was still loading (Firefox reports a cancelled load that a service worker was
  // answering as an error, and cannot say which page it belonged to).
  const navigation = async (go: () => Promise<unknown>) => {
    navigating = true;
    try {
      await go();
    } finally {
      navigating = false;
    }
  };
  const quiet = async () => {
    await c.collect();
    if (page.url().startsWith('http'))
      await page.waitForNetworkIdle({ idleTime: 250, timeout: 5000 }).catch(() => {});
  };

  return {
    engine,
    version,
    async goto(url) {
      await quiet();
      await navigation(() => page.goto(url, { waitUntil: 'load', timeout }));
    },
    async reload() {
      await quiet();
      await navigation(() => page.reload({ waitUntil: 'load', timeout }));
    },
    async url() {
      return page.url();
    },
    async setViewport(size) {
      await page.setViewport(size);
    },
    evaluate,
    waitFor: c.waitFor,
    async click(selector) {
      await c.clickable(selector);
      const el = await page.waitForSelector(selector, { timeout });
      await el!.click();
      await el!.dispose();
    },
    async screenshot(path) {
      const png = Buffer.from(await page.screenshot({ type: 'png' }));
      if (path) save(path, png);
      return png;
    },
    problems: c.problems,
    setOffline: offline,
    async close() {
      await browser.close().catch(() => browser.process()?.kill('SIGKILL'));
      if (profile) rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// WebKitGTK: selenium-webdriver + WebKitWebDriver + MiniBrowser in Xvfb

/** GTK CSS that makes MiniBrowser's toolbar a few pixels tall and wide (the page's area is untouched). */
const TINY_CHROME = `window * { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0;
  border-width: 0; -gtk-icon-transform: scale(0.1); }
`;

/** Starts Xvfb on a free display (it picks the number itself) and returns it. */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const path = findXvfb() ?? missing('Xvfb (the virtual display WebKit draws into)', 'xvfb');
  const child = spawn(path, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start in 10 s: ${stderr}`)), 10_000);
    child.stdio[3]!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
  return { display, process: child };
}

async function waitForDriver(url: string, driver: ChildProcess, log: () => string): Promise<void> {
  const end = Date.now() + 15_000;
  while (Date.now() < end) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode}): ${log()}`);
    const ok = await fetch(`${url}/status`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(100);
  }
  throw new Error(`WebKitWebDriver did not answer in 15 s: ${log()}`);
}

async function launchWebKit(
  viewport: Viewport,
  env: NodeJS.ProcessEnv,
  offline: (on: boolean) => Promise<void>,
): Promise<Session> {
  const driverPath = findWebKitDriver() ?? missing('WebKitWebDriver', 'webkit2gtk-driver');
  const miniBrowser = findMiniBrowser() ?? missing('WebKitGTK’s MiniBrowser', 'webkit2gtk-driver');
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    mkdirSync(join(home, 'config', gtk), { recursive: true });
    writeFileSync(join(home, 'config', gtk, 'gtk.css'), TINY_CHROME);
  }
  const children: ChildProcess[] = [];
  const cleanup = async () => {
    // The driver first (it ends MiniBrowser and its web processes), then the display.
    for (const c of children.reverse()) {
      if (c.exitCode !== null || c.signalCode !== null) continue;
      const exited = new Promise((r) => c.once('exit', r));
      c.kill('SIGTERM');
      await Promise.race([exited, sleep(3000)]);
      if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    }
    // WebKit's processes, orphaned when the driver goes, may still be writing there for a moment: retry
    // (ENOTEMPTY), and at worst leave the directory to the system's tmp cleaning, not fail the test.
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (e) {
      console.warn(`could not remove WebKit's profile ${home}: ${String(e)}`);
    }
  };
  try {
    const x = await startXvfb();
    children.push(x.process);
    const port = await freePort();
    let log = '';
    const driverProcess = spawn(driverPath, [`--port=${port}`], {
      env: {
        ...env,
        DISPLAY: x.display,
        HOME: home,
        XDG_CONFIG_HOME: join(home, 'config'),
        XDG_DATA_HOME: join(home, 'data'),
        XDG_CACHE_HOME: join(home, 'cache'),
        // No accessibility bus or session bus to look for in a test.
        NO_AT_BRIDGE: '1',
        // Mesa's shader cache is written into the profile as the processes exit, racing its removal.
        MESA_SHADER_CACHE_DISABLE: 'true',
        GTK_A11Y: 'none',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(driverProcess);
    const keep = (d: Buffer) => (log = (log + d).slice(-4000));
    driverProcess.stdout!.on('data', keep);
    driverProcess.stderr!.on('data', keep);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, driverProcess, () => log);

    const driver: WebDriver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ pageLoad: 60_000, script: 60_000 });
    const caps = await driver.getCapabilities();
    const version = `WebKitGTK ${caps.get('browserVersion')}`;

    const evaluate: Session['evaluate'] = (fn, ...args) =>
      driver.executeScript(`return (${fn.toString()}).apply(null, arguments);`, ...args) as Promise<never>;
    const c = common(evaluate, []);

    const measure = async () =>
      (await driver.executeScript('return [innerWidth, innerHeight, outerWidth, outerHeight]')) as number[];
    const setViewport = async (size: Viewport) => {
      // The window is the viewport plus MiniBrowser's (shrunken) toolbar: size it, measure, correct.
      let [iw, ih, ow, oh] = await measure();
      for (let i = 0; i < 8; i++) {
        if (iw === size.width && ih === size.height) return;
        await driver
          .manage()
          .window()
          .setRect({ width: size.width + ow - iw, height: size.height + oh - ih });
        // The page learns its new size a moment after the window has it.
        await sleep(100 * (i + 1));
        [iw, ih, ow, oh] = await measure();
      }
      throw new Error(`WebKit's viewport is ${iw} × ${ih}, not ${size.width} × ${size.height}`);
    };
    await driver.get('about:blank');
    await setViewport(viewport);

    return {
      engine: 'webkit',
      version,
      async goto(target) {
        await c.collect();
        await driver.get(target);
      },
      async reload() {
        await c.collect();
        await driver.navigate().refresh();
      },
      url: () => driver.getCurrentUrl(),
      setViewport,
      evaluate,
      waitFor: c.waitFor,
      async click(selector) {
        await c.clickable(selector);
        const el = await driver.findElement(By.css(selector));
        try {
          await el.click();
        } catch (e) {
          // Say what covers it (WebKitWebDriver's message is empty).
          const cover = await driver.executeScript(
            `const r = arguments[0].getBoundingClientRect();
             const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
             return at ? at.outerHTML.slice(0, 200) + ' at ' + JSON.stringify(r) + ' in ' + innerWidth + 'x' + innerHeight : 'nothing';`,
            el,
          );
          throw new Error(`${(e as Error).name}: cannot click ${selector}: covered by ${cover}`);
        }
      },
      async screenshot(path) {
        const png = Buffer.from(await driver.takeScreenshot(), 'base64');
        if (path) save(path, png);
        return png;
      },
      problems: c.problems,
      setOffline: offline,
      async close() {
        await driver.quit().catch(() => {});
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}

function save(path: string, png: Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, png);
}
