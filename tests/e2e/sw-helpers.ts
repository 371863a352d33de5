// Helpers for the service-worker tests: waiting out Chromium's activation race, watching pages that
// live outside the default fixtures, building a second "deployment" and serving it from a directory
// that can be swapped under a running page.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Waits until the page's worker is activated and controls it, and until navigations are really answered
 * by it: Chromium 156 still sends navigations to the network for up to a second after activation, so
 * going offline any earlier would break a page for the wrong reason.
 */
export async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    null,
    { timeout: 20_000, polling: 100 },
  );
  await expect
    .poll(async () => (await page.reload())?.fromServiceWorker() ?? false, {
      // Each reload is a whole page load: on a loaded CI host (two test workers on two cores) a few of
      // them take 15 s, so the wait is long; a page the worker never answers still fails.
      timeout: 40_000,
      intervals: [250],
    })
    .toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * The fixtures' guard, for pages in contexts a test makes itself: collects page errors, console errors
 * (except those matching `allow`) and requests to any origin but `origin`.
 */
export function watch(page: Page, origin: string, allow?: RegExp): string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !allow?.test(m.text())) problems.push(`console.error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))
      problems.push(`request to another origin: ${u}`);
  });
  return problems;
}

/**
 * Builds the app from the current sources with `APP_VERSION=version` in a scratch copy of the project
 * (so the build that the other tests are being served from is left alone) and returns its `build/`.
 */
export function buildVersion(version: string, workDir: string): string {
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const skip = new Set([
    'node_modules',
    'build',
    '.svelte-kit',
    'test-results',
    'playwright-report',
    '.git',
    'tmp',
  ]);
  for (const f of readdirSync(ROOT))
    if (!skip.has(f)) cpSync(join(ROOT, f), join(workDir, f), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
    cwd: workDir,
    env: { ...process.env, APP_VERSION: version },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build of ${version} failed:\n${r.stdout}\n${r.stderr}`);
  const out = join(workDir, 'build');
  if (!existsSync(join(out, 'service-worker.js'))) throw new Error(`build of ${version} has no worker`);
  return out;
}

async function freePort(): Promise<number> {
  const srv = createServer();
  await new Promise<void>((res) => srv.listen(0, '127.0.0.1', res));
  const { port } = srv.address() as AddressInfo;
  await new Promise<void>((res) => srv.close(() => res()));
  return port;
}

/** scripts/serve.js on a free port, reading `dir` from disk on every request, so `dir` can be swapped. */
export async function serveSwappable(dir: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'scripts/serve.js')], {
    env: { ...process.env, PORT: String(port), SERVE_DIR: dir, SERVE_DEV: '1' },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}`;
  await expect
    .poll(
      () =>
        fetch(`${url}/robots.txt`).then(
          (r) => r.ok,
          () => false,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
  return { url, stop: () => child.kill() };
}

/** Replaces what `live` holds with a copy of `from`: a new deployment, as a static host would see it. */
export function deploy(from: string, live: string): void {
  rmSync(live, { recursive: true, force: true });
  cpSync(from, live, { recursive: true });
}
