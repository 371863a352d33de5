// The built site served the way a plain static host does: /en/timeline → en/timeline.html, /ar/ →
// ar/index.html, long caching for hashed files, no caching for pages and the service worker, 404.html
// for the rest. Used by scripts/serve.js and by the cross-engine tests' server (tests/engines/).
import { existsSync, readFileSync } from 'node:fs';
import sirv from 'sirv';

/**
 * A request handler for the built site in `root` (a directory path ending in "/").
 * @param {string} root
 * @param {{ dev?: boolean }} [options] dev: read the files from disk on every request
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void}
 */
export function staticSite(root, { dev = false } = {}) {
  const files = sirv(root, {
    extensions: ['html'],
    etag: true,
    // The build is precompressed (adapter-static writes .br and .gz beside each file), as CDNs serve it.
    brotli: true,
    gzip: true,
    dev,
    setHeaders(res, pathname) {
      if (pathname.startsWith('/_app/immutable/'))
        res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
      if (pathname.endsWith('.webmanifest')) res.setHeader('Content-Type', 'application/manifest+json');
    },
  });
  const notFound = existsSync(`${root}/404.html`)
    ? readFileSync(`${root}/404.html`)
    : Buffer.from('Not found');
  return (req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.setHeader('Cache-Control', 'no-cache');
      res.end(notFound);
    });
  };
}
