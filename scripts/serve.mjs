// `npm start` serves the repository over HTTP on localhost and prints the demo article's address.
// A plain static server with no dependencies; the demo loads the built CDN bundle from dist/.
// It serves the way a CDN or a publisher's server would, so that what `npm run lighthouse` measures
// is the embed and not the server: text compressed (brotli, else gzip, as the browser accepts),
// validators and cache lifetimes per kind of file. And it sends the strict Content Security Policy a
// careful publisher would, so the demo proves the embed needs no eval and no inline script.
import { createServer } from 'node:http';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = resolve('.');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};
/** Types worth compressing: text. (A PNG is compressed already.) */
const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg', '.map']);
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'";

/**
 * How long a browser may reuse a file without asking. The CDN's chunks are named by their content
 * hash (rollup's `[name]-[hash]`), so a name never changes meaning: a year, immutable, as a CDN
 * serves them. Everything else here (the entry `dist/fact-verdict.min.js`, the demo, the examples)
 * keeps its name across rebuilds, like a CDN's unversioned alias, so it is revalidated on each use
 * (a 304 against its ETag when unchanged): a cached old entry would ask for chunks the rebuild
 * deleted. A publisher pinning a version on a real CDN gets the year for the entry too.
 */
function cacheControl(pathname) {
  return /^\/dist\/chunks\/[^/]+-[\w-]{8}\.min\.js(?:\.map)?$/.test(pathname) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * The coding to send for an Accept-Encoding header: br before gzip (smaller, and every browser that
 * sends it decodes it), neither when the client refuses both (`q=0`) or names none.
 */
function pickEncoding(header = '') {
  const accepted = new Map();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const wildcard = accepted.get('*') ?? 0;
  for (const coding of ['br', 'gzip']) if ((accepted.get(coding) ?? wildcard) > 0) return coding;
  return undefined;
}

// Compressed bodies, computed once per file version (path, size, mtime) and coding: brotli at its
// best quality is slow, as a CDN's is, and a CDN pays it once too.
const compressed = new Map();
function body(path, stats, coding) {
  const key = `${path}\0${stats.size}\0${stats.mtimeMs}\0${coding}`;
  let cached = compressed.get(key);
  if (!cached) {
    const raw = readFileSync(path);
    cached =
      coding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
        : gzipSync(raw, { level: 9 });
    compressed.set(key, cached);
  }
  return cached;
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
  res.end(text);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  // The demo's failing `src` example: a server error, on purpose.
  if (url.pathname === '/demo/broken.json') return send(res, 503, 'Service Unavailable (on purpose, for the demo)');
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(url.pathname)));
  } catch {
    return send(res, 400, 'Bad Request');
  }
  if ((path !== root && !path.startsWith(root + sep)) || path.includes('node_modules')) return send(res, 403, 'Forbidden');
  let stats;
  try {
    stats = statSync(path);
    if (stats.isDirectory()) {
      path = join(path, 'index.html');
      stats = statSync(path);
    }
  } catch {
    return send(res, 404, 'Not found');
  }
  const ext = extname(path);
  const coding = compressible.has(ext) ? pickEncoding(req.headers['accept-encoding']) : undefined;
  // One ETag per representation: the gzip and brotli bodies are different bytes.
  const etag = `W/"${stats.size.toString(36)}-${Math.floor(stats.mtimeMs).toString(36)}${coding ? `-${coding}` : ''}"`;
  const headers = {
    'content-type': types[ext] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': cacheControl(url.pathname),
    etag,
    'last-modified': stats.mtime.toUTCString(),
  };
  // Caches between here and the reader must key text on the coding the reader accepts.
  if (compressible.has(ext)) headers.vary = 'Accept-Encoding';
  if (req.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers);
    return res.end();
  }
  if (coding) {
    const bytes = body(path, stats, coding);
    res.writeHead(200, { ...headers, 'content-encoding': coding, 'content-length': bytes.length });
    return res.end(req.method === 'HEAD' ? undefined : bytes);
  }
  res.writeHead(200, { ...headers, 'content-length': stats.size });
  if (req.method === 'HEAD') return res.end();
  createReadStream(path).pipe(res);
});

// PORT picks the port; without it, the first free one from 8000 up (a test run may hold 8000).
const explicit = process.env.PORT !== undefined;
let port = Number(process.env.PORT ?? 8000);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !explicit && port < 8020) {
    port += 1;
    server.listen(port, '127.0.0.1');
    return;
  }
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} is in use; start with another, e.g. PORT=8080 npm start`);
  else console.error(error);
  process.exit(1);
});
server.on('listening', () => {
  console.log(`fact-verdict demo article: http://localhost:${port}/demo/`);
  console.log('Press Ctrl+C to stop.');
});
server.listen(port, '127.0.0.1');
