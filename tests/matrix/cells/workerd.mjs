// Cloudflare's workerd (the root devDependency), running a Worker bundled the way wrangler does it:
// esbuild with the `workerd` export condition, `.wasm` imports left external and handed to workerd
// as `wasm` modules, which it compiles itself (it refuses to compile wasm bytes at run time).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { build } from 'esbuild';
import { differences } from '../workload.mjs';
import { root, sh } from '../fixture.mjs';

// The binary itself (the package's postinstall put it there): the node_modules/.bin shim is a shell
// script running workerd as its child, so killing the shim would leave workerd running.
const WORKERD = join(root, 'node_modules', 'workerd', 'bin', 'workerd');
const TIMEOUT_MS = 15_000;

const WORKER = `
import * as crypto from '@org/wasm-crypto';
import * as imaging from '@org/wasm-imaging';
import * as physics from '@org/wasm-physics';
import * as lite from '@org/wasm-crypto/lite/sha256';
import * as liteArgon2 from '@org/wasm-crypto/lite/argon2';
import * as liteScrypt from '@org/wasm-crypto/lite/scrypt';
import { workload } from './workload.mjs';
export default {
  async fetch() {
    try {
      const result = await workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt });
      return Response.json({ ...result, variants: [crypto, imaging, physics].map((lib) => lib.wasmInfo().variant) });
    } catch (error) {
      return new Response(String(error?.stack ?? error), { status: 500 });
    }
  },
};
`;

/** Bundles `entry` for workerd; returns the `.wasm` files it imports, keyed by bundled specifier. */
async function bundle(entry, outfile) {
  const wasm = new Map();
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    plugins: [
      {
        // As wrangler does: resolve each .wasm import, keep it external under a flat name, and
        // upload the file as a module of that name.
        name: 'wasm-modules',
        setup(b) {
          b.onResolve({ filter: /\.wasm$/ }, async ({ path, resolveDir, kind }) => {
            const file = join(resolveDir, path);
            const name = basename(file);
            if (wasm.has(name) && wasm.get(name) !== file) throw new Error(`two .wasm files named ${name}`);
            wasm.set(name, file);
            return { path: `./${name}`, external: true };
          });
        },
      },
    ],
  });
  return wasm;
}

function capnp(dir, wasm) {
  const modules = [
    `(name = "worker.js", esModule = embed "worker.js")`,
    ...[...wasm].map(([name, file]) => `(name = "${name}", wasm = embed "${relative(dir, file)}")`),
  ];
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [(name = "main", worker = .worker)],
  # Port 0: the kernel picks a free port, which workerd reports on --control-fd.
  sockets = [(name = "http", address = "127.0.0.1:0", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [
    ${modules.join(',\n    ')}
  ],
  compatibilityDate = "2026-11-01",
);
`;
}

const running = new Set();

/** Starts `workerd serve` and resolves with its port once it listens (or rejects with its output). */
function serve(dir) {
  const child = spawn(WORKERD, ['serve', 'config.capnp', '--control-fd=3'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  running.add(child);
  child.on('exit', () => running.delete(child));
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const port = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`workerd did not listen within ${TIMEOUT_MS} ms:\n${output}`)), TIMEOUT_MS);
    let control = '';
    child.stdio[3].on('data', (chunk) => {
      // One JSON object per line, e.g. {"event":"listen","socket":"http","port":40231}
      const lines = (control + chunk).split('\n');
      control = lines.pop();
      for (const line of lines) {
        const message = JSON.parse(line);
        if (message.event === 'listen' && message.socket === 'http') {
          clearTimeout(timer);
          resolve(message.port);
        }
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`workerd exited (${code ?? signal}):\n${output}`));
    });
  });
  return { child, port, output: () => output };
}

function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 2000).unref();
  });
}

async function runWorker(app) {
  const dir = join(app, 'workerd');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(app, 'worker-entry.mjs'), WORKER);
  const wasm = await bundle(join(app, 'worker-entry.mjs'), join(dir, 'worker.js'));
  writeFileSync(join(dir, 'config.capnp'), capnp(dir, wasm));
  const server = serve(dir);
  try {
    const port = await server.port;
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    const body = await response.text();
    if (!response.ok) throw new Error(`HTTP ${response.status}:\n${body}\n${server.output()}`);
    const result = JSON.parse(body);
    const wrong = differences(result);
    // Physics must have picked its SIMD build; the others ship only the baseline.
    // crypto's root reports BLAKE3's SIMD build; imaging has none; physics runs its SIMD build.
    if (result.variants.join() !== 'simd,baseline,simd') wrong.push(`variants ${result.variants}, expected simd,baseline,simd`);
    if (wrong.length > 0) throw new Error(wrong.join('\n'));
    return sh(WORKERD, ['--version']).trim();
  } finally {
    await stop(server.child);
  }
}

export async function cells({ app }) {
  return [{ name: 'workerd · Worker (workerd entry)', run: () => runWorker(app) }];
}

export async function dispose() {
  await Promise.all([...running].map(stop));
}
