// A small static server for dist/, for the end-to-end tests and the benchmark. Unknown paths
// without a file extension get index.html, as Trunk's server does, so deep links work.
// With `compress`, text and .wasm go out as the build's Brotli copies (name.br) to browsers that
// accept them, else gzipped, as a well-set-up host sends them (the audit measures loading as
// families get it). With `html`, every HTML page is passed through it before it is sent (the
// other engines' journeys add one same-origin script to watch the page from its start).
// With `base` (`/calm-together/`), dist/ is served under that sub-path only, as GitHub Pages or
// a clinic's site would host it; every request outside it is a 404 and listed in `outside`.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { COMPRESSIBLE } from './files.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
};

/** Serves `dir` on 127.0.0.1 (a free port unless given); resolves to { url, close }. */
export async function serveDist({ dir = 'dist', port = 0, compress = false, html = null, base = '/' } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  // Paths served with other text instead of their file, for tests of a new version.
  const replaced = new Map();
  const outside = [];
  const server = createServer(async (request, response) => {
    const address = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (address !== base.slice(0, -1) && !address.startsWith(base)) {
      outside.push(address);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = `/${address.slice(base.length)}`;
    if (replaced.has(address)) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'text/plain', 'cache-control': 'no-cache' });
      response.end(replaced.get(address));
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(path) === '') file = join(root, 'index.html');
    }
    try {
      let body = await readFile(file);
      if (html && extname(file) === '.html') body = Buffer.from(html(body.toString('utf8')));
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      if (compress && COMPRESSIBLE.has(extname(file)) && !(html && extname(file) === '.html')) {
        headers.vary = 'accept-encoding';
        const accepted = request.headers['accept-encoding'] ?? '';
        const brotli = /\bbr\b/.test(accepted) ? await readFile(`${file}.br`).catch(() => null) : null;
        if (brotli) {
          body = brotli;
          headers['content-encoding'] = 'br';
        } else if (/\bgzip\b/.test(accepted)) {
          if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
          body = gzipped.get(file);
          headers['content-encoding'] = 'gzip';
        }
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const url = `http://127.0.0.1:${server.address().port}`;
  return {
    url,
    /** Serves `body` at `path` from now on (a test's "new version"). */
    replace: (path, body) => replaced.set(path, body),
    /** The addresses asked for outside `base`, in order. */
    outside,
    close: () => new Promise((done) => server.close(done)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'dist', port = '8080', base = '/'] = process.argv.slice(2);
  const { url } = await serveDist({ dir, port: Number(port), base });
  console.log(`serving ${dir} at ${url}${base}`);
}
