// Headless Chromium loading the packed packages as a user's web app would: through an import map
// with no bundler, through the zero-config output of Vite 8, webpack 5, Rollup 4 and esbuild, in a
// module Web Worker, and under a strict Content-Security-Policy (wasm-unsafe-eval, no unsafe-eval).
// Every page is served from 127.0.0.1, runs tests/matrix/workload.mjs and leaves its result on
// `window.__matrix`, which is checked with `differences()`. Each bundler cell also reports whether
// the page fetched the `.wasm` the bundler emitted ("wasm asset fetched") or, the fetch having failed,
// loaded the embedded base64 chunk ("embedded fallback").
//
// Nothing here skips: no Chromium (or a bundler that fails to build) fails the cell with the reason.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { launchChromium } from '../../shared/chromium.mjs';
import { serveDirectory } from '../../shared/server.mjs';
import { differences } from '../workload.mjs';

const PAGE_TIMEOUT = 30_000;
const CSP_BASE = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const IMPORTS = {
  '@org/wasm-crypto': '/node_modules/@org/wasm-crypto/dist/index.web.js',
  '@org/wasm-imaging': '/node_modules/@org/wasm-imaging/dist/web.js',
  '@org/wasm-physics': '/node_modules/@org/wasm-physics/dist/web.js',
  '@org/wasm-crypto/lite/sha256': '/node_modules/@org/wasm-crypto/dist/lite/sha256.web.js',
  '@org/wasm-crypto/lite/argon2': '/node_modules/@org/wasm-crypto/dist/lite/argon2.web.js',
  '@org/wasm-crypto/lite/scrypt': '/node_modules/@org/wasm-crypto/dist/lite/scrypt.web.js',
};

/** Reports the workload's outcome on `window.__matrix` (pages) or with postMessage (workers). */
const REPORT_ON_WINDOW = `.then(
  (result) => { window.__matrix = { result }; },
  (error) => { window.__matrix = { error: String((error && error.stack) || error) }; },
);`;

const PAGE_MAIN = (libs, workloadPath) => `
import * as crypto from '${libs[0]}';
import * as imaging from '${libs[1]}';
import * as physics from '${libs[2]}';
import * as lite from '${libs[3]}';
import * as liteArgon2 from '${libs[4]}';
import * as liteScrypt from '${libs[5]}';
import { workload } from '${workloadPath}';
workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt })${REPORT_ON_WINDOW}
`;

const WORKER_MAIN = (libs, workloadPath) => `
import * as crypto from '${libs[0]}';
import * as imaging from '${libs[1]}';
import * as physics from '${libs[2]}';
import * as lite from '${libs[3]}';
import * as liteArgon2 from '${libs[4]}';
import * as liteScrypt from '${libs[5]}';
import { workload } from '${workloadPath}';
workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt }).then(
  (result) => postMessage({ result }),
  (error) => postMessage({ error: String((error && error.stack) || error) }),
);
`;

const BARE = Object.keys(IMPORTS);
const html = (title, head, body = '') =>
  `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${title}</title>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
const importMap = (nonce) => `<script type="importmap"${nonce ? ` nonce="${nonce}"` : ''}>\n${JSON.stringify({ imports: IMPORTS }, null, 2)}\n</script>`;

/** The worker page: runs each worker in turn and reports what each posted back. */
const WORKER_PAGE = `
function runWorker(url) {
  return new Promise((resolve) => {
    const worker = new Worker(url, { type: 'module' });
    const timer = setTimeout(() => { worker.terminate(); resolve({ error: 'worker ' + url + ' posted nothing within 20 s' }); }, 20000);
    const done = (value) => { clearTimeout(timer); worker.terminate(); resolve(value); };
    worker.onmessage = (event) => done(event.data);
    worker.onerror = (event) => done({ error: 'worker ' + url + ' failed to load or threw: ' + (event.message || '(no message: module load error)') + (event.filename ? ' at ' + event.filename + ':' + event.lineno : '') });
  });
}
(async () => {
  const unbundled = await runWorker('/worker-unbundled.js');
  const bundled = await runWorker('/dist-worker/worker.js');
  window.__matrix = { result: { unbundled, bundled } };
})().catch((error) => { window.__matrix = { error: String((error && error.stack) || error) }; });
`;

/** Added to the CSP page after its result is in: proves the policy really forbids eval. */
const CSP_PROBE = `try { new Function('return 1')(); window.__evalBlocked = false; } catch (error) { window.__evalBlocked = error instanceof EvalError; }\n`;

// ---------------------------------------------------------------------------------------------
// Browser and servers, started on first use and stopped by dispose().

let browserPromise;
const servers = [];

function browser() {
  browserPromise ??= launchChromium();
  return browserPromise;
}

async function serve(root, options) {
  const server = await serveDirectory(root, options);
  servers.push(server);
  return server;
}

export async function dispose() {
  const launched = browserPromise;
  browserPromise = undefined;
  await launched?.then((b) => b.close()).catch(() => {});
  await Promise.all(servers.splice(0).map((server) => server.close()));
}

/** Runs `make` once; later calls share its promise (each app is built once per run). */
function once(make) {
  let promise;
  return () => (promise ??= make());
}

// ---------------------------------------------------------------------------------------------
// Loading a page and reading what it computed.

/**
 * Loads `url` in a fresh page and waits for `window.__matrix`. Returns the page's outcome, every
 * response (url, status; its workers' included), page errors and failed requests (`problems`),
 * console errors, HTTP errors, the document's response headers, and the CSP violations seen by a
 * `securitypolicyviolation` listener installed before any page script. `probeEval`: then checks
 * that a page script may not eval (`evalBlocked`).
 */
async function loadPage(url, { probeEval = false } = {}) {
  const { context } = await browser();
  const page = await context.newPage();
  const responses = [];
  const problems = [];
  const consoleErrors = [];
  const httpErrors = [];
  page.on('response', (response) => {
    responses.push({ url: response.url(), status: response.status() });
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) httpErrors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // Chromium asks for /favicon.ico by itself; its 404 says nothing about the page.
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) {
      consoleErrors.push(`${message.text()}${message.location().url ? ` (${message.location().url})` : ''}`);
    }
  });
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`(worker ${worker.url()}) ${message.text()}`);
    });
  });
  await page.addInitScript(() => {
    const seen = (window.__violations = []);
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}${event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : ''}${event.sample ? `: ${event.sample}` : ''}`);
    });
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT });
    const headers = response ? await response.allHeaders() : {};
    // Polled with evaluate (not waitForFunction, which needs eval under a strict CSP).
    const deadline = Date.now() + PAGE_TIMEOUT;
    let outcome;
    while ((outcome = await page.evaluate(() => window.__matrix)) === undefined) {
      if (Date.now() > deadline) {
        throw new Error(`${url} never reported a result within ${PAGE_TIMEOUT / 1000} s\n${describeProblems(problems, consoleErrors, httpErrors)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const violations = await page.evaluate(() => window.__violations);
    // Copies: the eval probe below adds a violation and a console error of its own.
    const seen = { problems: [...problems], consoleErrors: [...consoleErrors], httpErrors: [...httpErrors] };
    let evalBlocked;
    if (probeEval) {
      // From a page script: DevTools' own evaluate is exempt from the page's CSP.
      await page.addScriptTag({ url: '/csp-probe.js' });
      evalBlocked = await page.evaluate(() => window.__evalBlocked);
    }
    return { outcome, responses: [...responses], ...seen, violations, headers, evalBlocked };
  } finally {
    await page.close();
  }
}

function describeProblems(problems, consoleErrors, httpErrors = []) {
  const lines = [...problems, ...httpErrors, ...consoleErrors.map((text) => `console.error: ${text}`)];
  return lines.length > 0 ? lines.join('\n') : '(no page errors, console errors or failed requests)';
}

/** The workload result from a page outcome, or a clear error. */
function checkOutcome(label, outcome, loaded) {
  if (outcome.error !== undefined) throw new Error(`${label}: the workload threw: ${outcome.error}\n${describeProblems(loaded.problems, loaded.consoleErrors, loaded.httpErrors)}`);
  const wrong = differences(outcome.result);
  if (wrong.length > 0) throw new Error(`${label}: wrong result:\n${wrong.join('\n')}`);
}

/**
 * How the page got its wasm: a `.wasm` fetched with 200 (the package's own file, or the asset a
 * bundler emitted), or `.wasm` requests that failed so the embedded chunk was loaded instead.
 * `filter` limits the responses looked at (e.g. to one worker's paths).
 */
function wasmSource(responses, filter = () => true) {
  const wasm = responses.filter((r) => new URL(r.url).pathname.endsWith('.wasm') && filter(r));
  const fetched = wasm.filter((r) => r.status === 200);
  const missing = wasm.filter((r) => r.status !== 200);
  const names = (list) => list.map((r) => `${new URL(r.url).pathname} → ${r.status}`).join(', ');
  if (fetched.length > 0 && missing.length === 0) return { kind: 'asset', detail: `wasm asset fetched (${fetched.length} × .wasm)`, list: names(fetched) };
  if (wasm.length === 0) return { kind: 'fallback', detail: 'embedded fallback (no .wasm requested)', list: '(none)' };
  if (fetched.length === 0) return { kind: 'fallback', detail: `embedded fallback (${missing.length} × .wasm ${[...new Set(missing.map((r) => r.status))].join('/')})`, list: names(missing) };
  return { kind: 'mixed', detail: `mixed: ${fetched.length} .wasm fetched, ${missing.length} failed (${names(missing)})`, list: names(wasm) };
}

/**
 * What went wrong on a page besides the result: page errors, failed requests, HTTP errors and
 * console errors. With `allowWasm404`, a 404 for a `.wasm` (and Chromium's console line about it)
 * is expected: that is how the package finds out it must use the embedded fallback.
 */
function unexpected(loaded, { allowWasm404 = false } = {}) {
  const wasm404 = (text) => allowWasm404 && /404/.test(text) && /\.wasm\b/.test(text);
  return [
    ...loaded.problems,
    ...loaded.httpErrors.filter((text) => !wasm404(text)),
    ...loaded.consoleErrors.filter((text) => !wasm404(text)).map((text) => `console.error: ${text}`),
  ];
}

// ---------------------------------------------------------------------------------------------
// The app sources and builds.

function writeSources(app) {
  mkdirSync(join(app, 'src'), { recursive: true });
  // The one app every bundler builds, and the worker esbuild bundles.
  writeFileSync(join(app, 'src', 'main.js'), PAGE_MAIN(BARE, '../workload.mjs'));
  writeFileSync(join(app, 'src', 'worker.js'), WORKER_MAIN(BARE, '../workload.mjs'));
  // Vite's entry.
  writeFileSync(join(app, 'index.html'), html('matrix · Vite', '<script type="module" src="/src/main.js"></script>'));
  // No bundler: an import map, and the page's module script inline.
  writeFileSync(join(app, 'importmap.html'), html('matrix · import map', importMap(), `<script type="module">${PAGE_MAIN(BARE, '/workload.mjs')}</script>`));
  // A module worker that loads the packages by relative path (import maps do not reach workers).
  const relative = ['crypto', 'imaging', 'physics'].map((name) => `./node_modules/@org/wasm-${name}/dist/${name === 'crypto' ? 'index.web' : 'web'}.js`);
  relative.push(...['sha256', 'argon2', 'scrypt'].map((name) => `./node_modules/@org/wasm-crypto/dist/lite/${name}.web.js`));
  writeFileSync(join(app, 'worker-unbundled.js'), WORKER_MAIN(relative, './workload.mjs'));
  writeFileSync(join(app, 'worker-page.js'), WORKER_PAGE);
  writeFileSync(join(app, 'worker.html'), html('matrix · module worker', '<script type="module" src="/worker-page.js"></script>'));
  // The import map page under CSP: the map inline with a nonce, the module script external.
  writeFileSync(join(app, 'importmap-main.js'), PAGE_MAIN(BARE, '/workload.mjs'));
  writeFileSync(join(app, 'csp-probe.js'), CSP_PROBE);
}

const modulePage = (title) => html(title, '<script type="module" src="./main.js"></script>');

/** Times `body` and turns any build failure into one clear error. */
async function timed(label, body) {
  const start = Date.now();
  try {
    await body();
  } catch (error) {
    throw new Error(`${label} build failed: ${error?.message ?? error}`, { cause: error });
  }
  return Date.now() - start;
}

function builders(app) {
  const out = (name) => join(app, name);
  return {
    vite: once(() =>
      timed('Vite', async () => {
        const { build } = await import('vite');
        await build({ root: app, configFile: false, logLevel: 'silent', build: { outDir: out('dist-vite'), emptyOutDir: true } });
      }),
    ),
    webpack: once(() =>
      timed('webpack', async () => {
        const { default: webpack } = await import('webpack');
        const compiler = webpack({ mode: 'production', context: app, entry: './src/main.js', target: 'web', output: { path: out('dist-webpack'), clean: true } });
        const stats = await new Promise((resolve, reject) => compiler.run((error, result) => (error ? reject(error) : resolve(result))));
        await new Promise((resolve) => compiler.close(resolve));
        if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true, errorDetails: true }));
        // webpack's output is a classic script that finds its chunks and assets from its own src.
        writeFileSync(out('dist-webpack/index.html'), html('matrix · webpack', '<script src="./main.js"></script>'));
      }),
    ),
    rollup: once(() =>
      timed('Rollup', async () => {
        const { rollup } = await import('rollup');
        const { nodeResolve } = await import('@rollup/plugin-node-resolve');
        rmSync(out('dist-rollup'), { recursive: true, force: true });
        const bundle = await rollup({ input: join(app, 'src', 'main.js'), plugins: [nodeResolve({ browser: true })], onwarn: () => {} });
        try {
          await bundle.write({ dir: out('dist-rollup'), format: 'es' });
        } finally {
          await bundle.close();
        }
        writeFileSync(out('dist-rollup/index.html'), modulePage('matrix · Rollup'));
      }),
    ),
    esbuild: once(() =>
      timed('esbuild', async () => {
        const esbuild = await import('esbuild');
        rmSync(out('dist-esbuild'), { recursive: true, force: true });
        await esbuild.build({ entryPoints: [join(app, 'src', 'main.js')], bundle: true, format: 'esm', splitting: true, platform: 'browser', outdir: out('dist-esbuild'), logLevel: 'silent' });
        writeFileSync(out('dist-esbuild/index.html'), modulePage('matrix · esbuild'));
      }),
    ),
    worker: once(() =>
      timed('esbuild (worker)', async () => {
        const esbuild = await import('esbuild');
        rmSync(out('dist-worker'), { recursive: true, force: true });
        await esbuild.build({ entryPoints: [join(app, 'src', 'worker.js')], bundle: true, format: 'esm', splitting: true, platform: 'browser', outdir: out('dist-worker'), logLevel: 'silent' });
      }),
    ),
  };
}

// ---------------------------------------------------------------------------------------------
// The cells.

export async function cells({ app }) {
  writeSources(app);
  const build = builders(app);

  /**
   * Loads a bundler's output, served at the root of its own server, and checks it. `expected` is
   * how the wasm must arrive: 'asset' where the bundler emits `new URL(…)` assets (a regression
   * there would silently cost users the larger fallback download), 'fallback' where it cannot.
   */
  const bundlerCell = (label, key, outDir, expected) => async () => {
    const ms = await build[key]();
    const server = await serve(join(app, outDir));
    const loaded = await loadPage(`${server.origin}/`);
    checkOutcome(label, loaded.outcome, loaded);
    const extra = unexpected(loaded, { allowWasm404: expected === 'fallback' });
    if (extra.length > 0) throw new Error(`${label}: right result, but the page reported:\n${extra.join('\n')}`);
    const source = wasmSource(loaded.responses);
    if (source.kind !== expected) throw new Error(`${label}: expected the wasm as ${expected}, got ${source.detail}: ${source.list}`);
    return `${source.detail} · build ${(ms / 1000).toFixed(1)} s`;
  };

  let appServer;
  const appOrigin = async () => (appServer ??= await serve(app)).origin;

  return [
    {
      name: 'chromium · import map, no bundler',
      run: async () => {
        const loaded = await loadPage(`${await appOrigin()}/importmap.html`);
        checkOutcome('import map page', loaded.outcome, loaded);
        const source = wasmSource(loaded.responses);
        if (source.kind !== 'asset') throw new Error(`import map page: the packages' own .wasm should load, got ${source.detail}: ${source.list}`);
        const extra = unexpected(loaded);
        if (extra.length > 0) throw new Error(`import map page: right result, but:\n${extra.join('\n')}`);
        return source.detail;
      },
    },
    { name: 'chromium · Vite 8 build', run: bundlerCell('Vite 8 build', 'vite', 'dist-vite', 'asset') },
    { name: 'chromium · webpack 5 build', run: bundlerCell('webpack 5 build', 'webpack', 'dist-webpack', 'asset') },
    { name: 'chromium · Rollup 4 build', run: bundlerCell('Rollup 4 build', 'rollup', 'dist-rollup', 'fallback') },
    { name: 'chromium · esbuild build', run: bundlerCell('esbuild build', 'esbuild', 'dist-esbuild', 'fallback') },
    {
      name: 'chromium · module Web Worker',
      run: async () => {
        await build.worker();
        const loaded = await loadPage(`${await appOrigin()}/worker.html`);
        if (loaded.outcome.error !== undefined) throw new Error(`worker page failed: ${loaded.outcome.error}\n${describeProblems(loaded.problems, loaded.consoleErrors, loaded.httpErrors)}`);
        const { unbundled, bundled } = loaded.outcome.result;
        checkOutcome('module worker importing node_modules/@org/*/dist/web.js', unbundled, loaded);
        checkOutcome('module worker bundled by esbuild', bundled, loaded);
        const extra = unexpected(loaded, { allowWasm404: true });
        if (extra.length > 0) throw new Error(`module workers: right results, but:\n${extra.join('\n')}`);
        const own = wasmSource(loaded.responses, (r) => new URL(r.url).pathname.startsWith('/node_modules/'));
        const esb = wasmSource(loaded.responses, (r) => !new URL(r.url).pathname.startsWith('/node_modules/'));
        if (own.kind !== 'asset') throw new Error(`unbundled module worker: the packages' own .wasm should load, got ${own.detail}: ${own.list}`);
        return `unbundled: ${own.detail}; esbuild-bundled: ${esb.detail}`;
      },
    },
    {
      name: "chromium · strict CSP (wasm-unsafe-eval, no unsafe-eval)",
      run: async () => {
        // The import map must be inline (Chromium has no external import maps): allowed by a nonce.
        const nonce = randomBytes(16).toString('base64');
        const policy = `${CSP_BASE} 'nonce-${nonce}'`;
        writeFileSync(join(app, 'importmap-csp.html'), html('matrix · import map under CSP', importMap(nonce), '<script type="module" src="/importmap-main.js"></script>'));
        const server = await serve(app, { headers: { 'content-security-policy': policy } });
        const loaded = await loadPage(`${server.origin}/importmap-csp.html`, { probeEval: true });
        if (loaded.headers['content-security-policy'] !== policy) throw new Error(`the page was not served with the policy: got ${loaded.headers['content-security-policy']}`);
        const report = [];
        if (loaded.violations.length > 0) report.push(`CSP violations:\n  ${loaded.violations.join('\n  ')}`);
        if (loaded.outcome.error !== undefined) report.push(`the workload threw: ${loaded.outcome.error}`);
        else {
          const wrong = differences(loaded.outcome.result);
          if (wrong.length > 0) report.push(`wrong result:\n${wrong.join('\n')}`);
        }
        const extra = unexpected(loaded);
        if (extra.length > 0) report.push(extra.join('\n'));
        if (report.length > 0) throw new Error(`import map page under \`${policy.replace(nonce, '…')}\`:\n${report.join('\n')}`);
        // Make sure the policy was really enforced: eval must have been refused.
        if (loaded.evalBlocked !== true) throw new Error('the policy did not block eval: the check proves nothing');
        const source = wasmSource(loaded.responses);
        if (source.kind !== 'asset') throw new Error(`import map page under CSP: the packages' own .wasm should load, got ${source.detail}: ${source.list}`);
        return `0 violations, eval blocked, ${source.detail}`;
      },
    },
  ];
}
