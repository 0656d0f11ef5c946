// A tiny static server for browser tests: serves one directory on 127.0.0.1 (never any other
// interface), with the MIME types browsers insist on (application/wasm for streaming compilation,
// text/javascript for module scripts), optional extra headers (e.g. a Content-Security-Policy),
// and optionally only some subtrees. Used by tests/browser and tests/matrix/cells/browser.mjs.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves `root` on 127.0.0.1 at a free port. `allow`: URL path prefixes that may be served
 * (everything else is 404); `headers`: added to every response. A directory serves its index.html.
 */
export async function serveDirectory(root, { allow, headers = {} } = {}) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const file = resolveFile(base, new URL(request.url ?? '/', 'http://localhost').pathname, allow);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...headers,
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections?.();
        server.close(() => done());
      }),
  };
}

function resolveFile(base, pathname, allow) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (allow && !allow.some((prefix) => decoded.startsWith(prefix))) return undefined;
  let file = normalize(join(base, decoded));
  if (file !== base && !file.startsWith(base + sep)) return undefined; // no escaping the root with ../
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}
