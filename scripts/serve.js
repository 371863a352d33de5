#!/usr/bin/env node
// Serves build/ the way a plain static host does: /en/timeline → en/timeline.html, /ar/ → ar/index.html,
// long caching for hashed files, no caching for pages and the service worker, 404.html for the rest.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL(process.env.SERVE_DIR ?? '../build/', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const files = sirv(root, {
  extensions: ['html'],
  etag: true,
  // The build is precompressed (adapter-static writes .br and .gz beside each file), as CDNs serve it.
  brotli: true,
  gzip: true,
  dev: process.env.SERVE_DEV === '1',
  setHeaders(res, pathname) {
    if (pathname.startsWith('/_app/immutable/'))
      res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    else res.setHeader('Cache-Control', 'no-cache');
    if (pathname.endsWith('.webmanifest')) res.setHeader('Content-Type', 'application/manifest+json');
  },
});

const notFound = existsSync(`${root}/404.html`) ? readFileSync(`${root}/404.html`) : Buffer.from('Not found');

const server = createServer((req, res) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  files(req, res, () => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(notFound);
  });
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.log('Open it in a browser. Press Ctrl+C to stop.');
});

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
