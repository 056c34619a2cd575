// `npm start` serves the repository over HTTP on localhost and prints the demo article's address.
// A plain static server with no dependencies; the demo loads the built CDN bundle from dist/.
// It sends the strict Content Security Policy a careful publisher would, so the demo proves the
// embed needs no eval and no inline script.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

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
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self'";

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(body);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    res.writeHead(302, { location: '/demo/' });
    return res.end();
  }
  // The demo's failing `src` example: a server error, on purpose.
  if (url.pathname === '/demo/broken.json') return send(res, 503, 'Service Unavailable (on purpose, for the demo)');
  let path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || path.includes('node_modules')) return send(res, 403, 'Forbidden');
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    statSync(path);
  } catch {
    return send(res, 404, 'Not found');
  }
  res.writeHead(200, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': csp,
    'cache-control': 'no-cache',
  });
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
