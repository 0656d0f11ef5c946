// A tiny static server for the browser test: serves the built packages and this folder from the
// repo root on 127.0.0.1, with the MIME types browsers insist on (application/wasm for streaming
// compilation, text/javascript for module scripts).
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
};

// Only these trees are reachable; everything else (node_modules, .git, ...) is 404.
const ALLOWED = ['/packages/', '/tests/browser/'];

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveRepo(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const file = resolveFile(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(response);
  });
  await listen(server);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function resolveFile(root: string, pathname: string): string | undefined {
  const decoded = decodeURIComponent(pathname);
  if (!ALLOWED.some((prefix) => decoded.startsWith(prefix))) return undefined;
  const file = normalize(join(root, decoded));
  if (!file.startsWith(root + sep)) return undefined; // no escaping the root with ../
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function listen(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
}
