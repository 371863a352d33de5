#!/usr/bin/env node
// Serves build/ the way a plain static host does (see static-site.js).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { staticSite } from './static-site.js';

const root = fileURLToPath(new URL(process.env.SERVE_DIR ?? '../build/', import.meta.url));
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(`${root}/index.html`)) {
  console.error(`No built site in ${root}. Run "npm run build" first (or "npm start", which builds).`);
  process.exit(1);
}

const server = createServer(staticSite(root, { dev: process.env.SERVE_DEV === '1' }));

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
  console.log('Open it in a browser. Press Ctrl+C to stop.');
});

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
