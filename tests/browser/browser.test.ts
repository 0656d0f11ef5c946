// The web builds in a real browser: a page served from 127.0.0.1 loads the packages' dist/web.js
// through an import map (no bundler), runs a fixed workload once with the default (SIMD) builds
// and once forced to baseline, and must agree bit for bit with the Node builds.
import { createHash, createHmac, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../shared/chromium.mjs';
import { serveDirectory, type StaticServer } from '../shared/server.mjs';
import { pseudoRandomBytes, runWorkload, type WorkloadResult } from './workload.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

interface PageResult extends WorkloadResult {
  notInitialized: { threw: boolean; name?: string; message?: string; isClass?: boolean };
  /** Timer ticks during `argon2idAsync`, and whether the async results equal the sync ones. */
  asyncKdf: { ticks: number; same: boolean; passwordRoundTrip: boolean };
  /**
   * `@org/wasm-crypto/webcrypto`'s results with `crypto` hidden before any `init()` (the wasm
   * fallback, loading its module itself), then on WebCrypto, and the WebCrypto calls of each.
   */
  webcrypto: { onWasm: string[]; onPlatform: string[]; subtleCallsOnWasm: number; subtleCallsOnPlatform: number };
}

/** What page.html leaves on `window` when it is done. */
interface PageGlobals {
  __result?: PageResult;
  __error?: string;
}

let server: StaticServer | undefined;
let browser: LaunchedBrowser | undefined;

beforeAll(async () => {
  // Only the built packages and this folder are reachable; everything else (node_modules, .git, ...) is 404.
  server = await serveDirectory(ROOT, { allow: ['/packages/', '/tests/browser/', '/tests/shared/hold-idle-timers.mjs'] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads page.html in a fresh page (fresh module instances) and returns what it computed. */
async function runPage<R = PageResult>(query: string, file = 'page.html'): Promise<R> {
  if (!browser || !server) throw new Error('browser or server did not start');
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  try {
    await page.goto(`${server.origin}/tests/browser/${file}${query}`);
    const done = () => {
      const globals = window as unknown as PageGlobals;
      return globals.__result !== undefined || globals.__error !== undefined;
    };
    await page.waitForFunction(done, undefined, { timeout: 60_000 }).catch((error: unknown) => {
      throw new Error(`page never finished: ${String(error)}\n${problems.join('\n')}`);
    });
    const { __result, __error } = await page.evaluate(() => {
      const globals = window as unknown as PageGlobals;
      return { __result: globals.__result, __error: globals.__error };
    });
    if (__error !== undefined || !__result) throw new Error(`page failed: ${__error}\n${problems.join('\n')}`);
    return __result as R;
  } finally {
    await page.close();
  }
}

// Each page runs once and is shared by the tests below; memoised so test order does not matter.
const once = <T>(make: () => Promise<T>): (() => Promise<T>) => {
  let promise: Promise<T> | undefined;
  return () => (promise ??= make());
};
const simdPage = once(() => runPage(''));
const baselinePage = once(() => runPage('?simd=0'));

async function nodeResult(): Promise<WorkloadResult> {
  const [crypto, imaging, physics] = await Promise.all([
    import('@org/wasm-crypto'),
    import('@org/wasm-imaging'),
    import('@org/wasm-physics'),
  ]);
  // The Node build is ready at import; a web build here would mean the exports map misrouted us.
  expect(crypto.wasmInfo().ready).toBe(true);
  return runWorkload({ crypto, imaging, physics });
}
const nodePage = once(nodeResult);

/** The computed values only: the build variant legitimately differs between runs. */
function values(result: WorkloadResult): Omit<WorkloadResult, 'variants'> {
  const { sha256, imaging, positions } = result;
  return { sha256, imaging, positions };
}

describe('web build in Chromium', () => {
  it('the Node reference results are themselves right', async () => {
    const node = await nodePage();
    expect(node.sha256.abc).toBe(ABC);
    expect(node.sha256.oneMiB).toBe(createHash('sha256').update(pseudoRandomBytes(1 << 20, 7)).digest('hex'));
    expect(node.imaging.grayscale).toHaveLength(16 * 16 * 4);
    expect(node.positions.every(Number.isFinite)).toBe(true);
  });

  it('default init() picks the SIMD builds and matches Node exactly', async () => {
    const page = await simdPage();
    expect(page.variants).toEqual({ crypto: 'simd', imaging: 'baseline', physics: 'simd' });
    expect(values(page)).toEqual(values(await nodePage()));
  });

  it('init(undefined, { simd: false }) picks the baseline builds and matches Node exactly', async () => {
    const page = await baselinePage();
    expect(page.variants).toEqual({ crypto: 'baseline', imaging: 'baseline', physics: 'baseline' });
    expect(values(page)).toEqual(values(await nodePage()));
  });

  it('SIMD and baseline builds give identical results', async () => {
    expect(values(await simdPage())).toEqual(values(await baselinePage()));
  });

  it('async KDFs run in a Web Worker: the page keeps running, results equal the synchronous ones', async () => {
    const page = await simdPage();
    expect(page.asyncKdf).toMatchObject({ same: true, passwordRoundTrip: true });
    expect(page.asyncKdf.ticks).toBeGreaterThanOrEqual(3); // a blocking derivation would allow none
  });

  it.each(['inline-first', 'mixed'])('an async KDF runs in a Web Worker whichever entry registered it (%s)', async (scenario) => {
    const result = await runPage<{ ticks: number; same: boolean }>(`?scenario=${scenario}`, 'worker-choice.html');
    expect(result.same).toBe(true);
    expect(result.ticks).toBeGreaterThanOrEqual(3); // on the page thread, no timer could fire
  });

  it('a Web Worker that a large Argon2 grew is ended once idle, and the next call starts a fresh one', async () => {
    const result = await runPage<Record<string, unknown>>('', 'worker-idle.html');
    expect(result).toEqual({
      smallSame: true,
      afterSmall: 0, // a worker whose memory stayed small is kept
      armed: 1,
      endedByIdle: 1,
      sameAfterRestart: true,
      offThread: true,
    });
  });

  it('@org/wasm-crypto/webcrypto gives node:crypto’s results on WebCrypto and on its wasm fallback', async () => {
    const expected = [
      createHash('sha256').update('abc').digest('hex'),
      createHmac('sha384', 'key').update('msg').digest('hex'),
      Buffer.from(hkdfSync('sha256', 'ikm', 'salt', 'info', 42)).toString('hex'),
      pbkdf2Sync('pw', 'salt', 10, 20, 'sha512').toString('hex'),
    ];
    const page = await simdPage();
    expect(page.webcrypto).toEqual({ onWasm: expected, onPlatform: expected, subtleCallsOnWasm: 0, subtleCallsOnPlatform: 4 }); // digest, sign, deriveBits × 2
  });

  it('using the web build before init() throws NotInitializedError', async () => {
    for (const page of [await simdPage(), await baselinePage()]) {
      expect(page.notInitialized).toMatchObject({ threw: true, name: 'NotInitializedError', isClass: true });
    }
  });
});
