// The cross-engine tests' server: the built site exactly as scripts/serve.js serves it, except that
// every HTML page gets the error probe (probe.js) as the first script of its <head>, with the probe's
// hash added to the page's Content-Security-Policy (this server only; the build is untouched). It can
// stop and start again on the same port: a stopped server is a real offline for every engine, the
// service worker's own fetches included.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staticSite } from '../../scripts/static-site.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILD = join(ROOT, 'build/');

const PROBE = readFileSync(fileURLToPath(new URL('./probe.js', import.meta.url)), 'utf8');
const PROBE_HASH = `'sha256-${createHash('sha256').update(PROBE).digest('base64')}'`;

/** `html` with the probe as the first script of <head> and its hash in the CSP's script-src. */
export function withProbe(html: string): string {
  const csp = /(<meta http-equiv="content-security-policy" content="[^"]*?script-src )/i;
  const out = html.replace(csp, `$1${PROBE_HASH} `);
  const head = /<head[^>]*>/i.exec(out);
  if (!head) return out;
  const at = head.index + head[0].length;
  // After <meta charset>, which must stay first.
  const charset = /<meta charset[^>]*>/i.exec(out.slice(at));
  const insertAt = charset && charset.index < 200 ? at + charset.index + charset[0].length : at;
  return `${out.slice(0, insertAt)}<script>${PROBE}</script>${out.slice(insertAt)}`;
}

/** The file under `dir` that `pathname` names, if it is one (never outside `dir`). */
function fileAt(dir: string, pathname: string): string | null {
  let p: string;
  try {
    p = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const f = join(dir, normalize(`/${p}`));
  return f.startsWith(dir) && existsSync(f) && statSync(f).isFile() ? f : null;
}

/** The HTML file a static host answers `pathname` with (as sirv's `extensions: ['html']`), or null. */
function pageFile(dir: string, pathname: string): string | null {
  if (pathname.endsWith('/')) return fileAt(dir, `${pathname}index.html`);
  const exact = fileAt(dir, pathname);
  if (exact) return exact.endsWith('.html') ? exact : null;
  return fileAt(dir, `${pathname}.html`) ?? fileAt(dir, `${pathname}/index.html`);
}

export interface TestServer {
  /** http://127.0.0.1:PORT, no trailing slash. */
  url: string;
  port: number;
  /** Every request path answered since the start (or the last `requests.length = 0`). */
  requests: string[];
  /** Stops answering and drops every open connection: the site is offline. */
  stop(): Promise<void>;
  /** Answers again on the same port. */
  start(): Promise<void>;
  running(): boolean;
  /**
   * Holds back the answers to requests that `match` (their URL, query included) until the function it
   * returns is called, e.g. to keep a service worker's install running while a test opens a page.
   */
  hold(match: (url: URL) => boolean): () => void;
}

/**
 * Serves `dir` (default: this project's build/) on `port` (default: a free one).
 * The server lives in this process; call `stop()` when done.
 */
export async function startServer(options: { dir?: string; port?: number } = {}): Promise<TestServer> {
  const dir = join(options.dir ?? BUILD, '/');
  if (!existsSync(join(dir, 'index.html')))
    throw new Error(`No built site in ${dir}. Run "npx vite build" first.`);
  const site = staticSite(dir);
  const notFound = existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html'), 'utf8') : null;
  const requests: string[] = [];

  const page = (req: IncomingMessage, res: ServerResponse, status: number, html: string) => {
    res.statusCode = status;
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(req.method === 'HEAD' ? undefined : withProbe(html));
  };
  const holds: { match: (url: URL) => boolean; waiting: (() => void)[] }[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const held = holds.find((h) => h.match(url));
    if (held) {
      held.waiting.push(() => answer(req, res));
      return;
    }
    answer(req, res);
  };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    if (res.destroyed) return;
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    requests.push(pathname);
    const html = req.method === 'GET' || req.method === 'HEAD' ? pageFile(dir, pathname) : null;
    if (html) page(req, res, 200, readFileSync(html, 'utf8'));
    else if (fileAt(dir, pathname) || !notFound) site(req, res);
    else page(req, res, 404, notFound);
  };

  let server: Server | null = null;
  let port = options.port ?? 0;
  const sockets = new Set<Socket>();

  const start = async () => {
    if (server) return;
    const s = createServer(handle);
    s.on('connection', (c) => {
      sockets.add(c);
      c.on('close', () => sockets.delete(c));
    });
    await new Promise<void>((resolve, reject) => {
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => resolve());
    });
    port = (s.address() as AddressInfo).port;
    server = s;
  };
  const stop = async () => {
    const s = server;
    if (!s) return;
    server = null;
    const closed = new Promise<void>((resolve) => s.close(() => resolve()));
    s.closeAllConnections();
    for (const c of sockets) c.destroy();
    await closed;
  };

  await start();
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    stop,
    start,
    running: () => server !== null,
    hold(match) {
      const h = { match, waiting: [] as (() => void)[] };
      holds.push(h);
      return () => {
        holds.splice(holds.indexOf(h), 1);
        for (const go of h.waiting.splice(0)) go();
      };
    },
  };
}
