// The runtime contract every package shares: panics recover, nothing leaks, init works as documented.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, imagingEntries, physicsEntries, pseudoRandomBytes } from './entries.js';

const require = createRequire(import.meta.url);

const wasmFile = (pkg: string, file: string) => readFileSync(require.resolve(`@org/wasm-${pkg}/wasm/${file}`));

const [{ lib: crypto }] = cryptoEntries as [(typeof cryptoEntries)[0]];
const [{ lib: imaging }] = imagingEntries as [(typeof imagingEntries)[0]];
const [{ lib: physics }] = physicsEntries as [(typeof physicsEntries)[0]];

/** Runs `script` (CommonJS) in a fresh `node` and parses the JSON it prints. */
const nodeJson = <T>(script: string, env: NodeJS.ProcessEnv = process.env): T => JSON.parse(execFileSync(process.execPath, ['-e', script], { env, encoding: 'utf8' })) as T;

/** Script source of `loaded()`: the crypto wasm families a fresh `node` has loaded so far, sorted. */
const LOADED_FAMILIES = `const loaded = () => Object.keys(require.cache).filter((f) => f.includes('wasm_crypto_')).map((f) => f.replace(/.*wasm_crypto_|\\.node\\.cjs$/g, '')).sort();`;

/** Runs `call` n times and returns how much the Rust heap grew (0 when nothing leaks). */
function heapGrowth(info: () => { heapBytes: number }, call: () => void, n = 100_000): number {
  for (let i = 0; i < 100; i++) call(); // warm-up: lazily created statics are not leaks
  const before = info().heapBytes;
  for (let i = 0; i < n; i++) call();
  return info().heapBytes - before;
}

describe('memory stays flat over 100 000 calls of each API (2 000 streams)', () => {
  const image = { data: new Uint8ClampedArray(pseudoRandomBytes(16 * 16 * 4)), width: 16, height: 16 };
  const cases: [string, () => { heapBytes: number }, () => void][] = [
    ['sha256', crypto.wasmInfo, () => crypto.sha256('hello')],
    ['sha256.create…digest', crypto.wasmInfo, () => crypto.sha256.create().update('a').digest()],
    ['Sha256 clone + dispose', crypto.wasmInfo, () => { using h = crypto.sha256.create(); h.clone().dispose(); }],
    ['sha256Batch', crypto.wasmInfo, () => crypto.sha256Batch(['a', 'b'])],
    ['grayscale', imaging.wasmInfo, () => imaging.grayscale(image)],
    ['boxBlur', imaging.wasmInfo, () => imaging.boxBlur(image, 2)],
    ['ParticleWorld lifecycle', physics.wasmInfo, () => { using w = new physics.ParticleWorld(); w.addParticles([1, 2]); w.step(0.01); void w.positions; }],
    ['sha512 one-shot, batch, digestInto, reset', crypto.wasmInfo, () => {
      crypto.sha512('x');
      crypto.sha384.batch(['a', 'b']);
      const h = crypto.sha224.create().update('a');
      h.digestInto(new Uint8Array(28));
      h.reset().dispose();
    }],
    ['hmac one-shot and streamed', crypto.wasmInfo, () => {
      crypto.hmac(crypto.sha256, 'key', 'message');
      const mac = crypto.hmac.create(crypto.sha512, 'key').update('m');
      mac.clone().digest();
      mac.dispose();
    }],
    ['ParticleWorld setGravity, clear, velocities', physics.wasmInfo, () => {
      using w = new physics.ParticleWorld();
      w.addParticles([1, 2, 3, 4]);
      w.setGravity(1, 2);
      void w.velocities;
      w.clear();
    }],
  ];
  it.each(cases)('%s', (_name, info, call) => {
    expect(heapGrowth(info, call)).toBe(0);
  });

  it('hashStream', async () => {
    const stream = () => new Blob([new Uint8Array(3000)]);
    await crypto.hashStream(crypto.sha256, stream());
    const before = crypto.wasmInfo().heapBytes;
    for (let i = 0; i < 2000; i++) await crypto.hashStream(crypto.sha256, stream());
    expect(crypto.wasmInfo().heapBytes).toBe(before);
  });

  it('validation errors leak nothing either', () => {
    expect(heapGrowth(crypto.wasmInfo, () => expect(() => crypto.sha256Batch({ data: new Uint8Array(2), offsets: Uint32Array.of(2, 1) })).toThrow(), 10_000)).toBe(0);
  });
});

describe('a panic becomes a WasmPanicError and the next call works', () => {
  it.each([
    ['crypto', crypto, () => hex(crypto.sha256('abc'))],
    ['imaging', imaging, () => imaging.grayscale({ data: new Uint8Array([255, 0, 0, 255]), width: 1, height: 1 }).data.join()],
    ['physics', physics, () => { using w = new physics.ParticleWorld({ gravity: [0, -10] }); w.addParticles([0, 0]); w.step(0.5); return w.positions.join(); }],
  ] as const)('%s', (_name, lib, compute) => {
    const before = compute();
    expect(() => lib.__debugPanic('deliberate')).toThrow(lib.WasmPanicError);
    expect(() => lib.__debugPanic('deliberate')).toThrow(/deliberate/);
    expect(compute()).toBe(before);
  });

  it('objects from before the panic throw StaleHandleError, new ones work', () => {
    const world = new physics.ParticleWorld();
    const hasher = crypto.sha256.create();
    expect(() => physics.__debugPanic('x')).toThrow(physics.WasmPanicError);
    expect(() => crypto.__debugPanic('x')).toThrow(crypto.WasmPanicError);
    expect(() => world.step(0.1)).toThrow(physics.StaleHandleError);
    expect(() => hasher.update('x')).toThrow(crypto.StaleHandleError);
    world.dispose(); // still safe
    using fresh = new physics.ParticleWorld();
    fresh.step(0.1);
  });
});

describe('loading', () => {
  it('the Node entry is ready at import and picks the SIMD build where there is one', () => {
    expect(crypto.wasmInfo()).toMatchObject({ ready: true, variant: 'simd' }); // BLAKE3's family has a SIMD build
    expect(imaging.wasmInfo()).toMatchObject({ ready: true, variant: 'baseline' });
    expect(physics.wasmInfo()).toMatchObject({ ready: true, variant: 'simd' });
  });

  it('the crypto root compiles a family only when it is first used', () => {
    const script = `${LOADED_FAMILIES}
      const crypto = require('@org/wasm-crypto');
      const before = loaded();
      crypto.sha256('abc');
      const afterSha256 = loaded();
      crypto.blake3('abc');
      console.log(JSON.stringify({ before, afterSha256, afterBlake3: loaded() }));`;
    expect(nodeJson(script)).toEqual({ before: [], afterSha256: ['sha2'], afterBlake3: ['blake3', 'sha2'] });
  });

  it('init() and wasmInfo() on the root compile no module: each family still compiles at its first use', () => {
    const script = `${LOADED_FAMILIES}
      const crypto = require('@org/wasm-crypto');
      crypto.init().then(() => {
        crypto.initSync();
        const before = { loaded: loaded(), info: crypto.wasmInfo() };
        crypto.sha256('abc');
        console.log(JSON.stringify({ before, loaded: loaded(), info: crypto.wasmInfo() }));
      });`;
    type Info = { ready: boolean; variant?: string; heapBytes: number; memoryBytes: number };
    const { before, loaded, info } = nodeJson<{ before: { loaded: string[]; info: Info }; loaded: string[]; info: Info }>(script);
    expect(before).toEqual({ loaded: [], info: { ready: true, heapBytes: 0, memoryBytes: 0 } }); // variant: not known yet
    expect(loaded).toEqual(['sha2']);
    expect(info.ready).toBe(true);
    expect(['simd', 'baseline']).toContain(info.variant);
    expect(info.memoryBytes).toBeGreaterThan(0);
    // A used family's variant shows even when the first family of the entry is unused.
    const md5Only = nodeJson<Info>(`const c = require('@org/wasm-crypto'); c.md5('x'); console.log(JSON.stringify(c.wasmInfo()));`, { ...process.env, ORG_WASM_SIMD: '0' });
    expect(md5Only.variant).toBe('baseline');
  });

  it('a split family subpath loads its own module only', () => {
    // One fresh process per subpath, so that a module another subpath loaded cannot hide one.
    const loadedBy = (subpath: string, call: string): string[] =>
      nodeJson(`${LOADED_FAMILIES}
        const api = require('@org/wasm-crypto/${subpath}');
        ${call};
        console.log(JSON.stringify(loaded()));`);
    expect(loadedBy('sha3', "api.sha3_256('abc')")).toEqual(['sha3']);
    expect(loadedBy('sha3-addons', "api.kmac128('key', 'abc')")).toEqual(['sha3_addons']);
    expect(loadedBy('legacy', "api.md5('abc')")).toEqual(['legacy']);
    expect(loadedBy('legacy-extra', "api.whirlpool('abc')")).toEqual(['legacy_extra']);
    expect(loadedBy('checksum', "api.crc32('abc')")).toEqual(['checksum']);
    expect(loadedBy('xxhash', "api.xxhash64('abc')")).toEqual(['xxhash']);
  });

  it('ORG_WASM_SIMD=0 forces the baseline build, with identical results', () => {
    const script = `
      const { boxBlur, wasmInfo } = require('@org/wasm-imaging');
      const { ParticleWorld, wasmInfo: physicsInfo } = require('@org/wasm-physics');
      const data = new Uint8ClampedArray(64 * 64 * 4).map((_, i) => (i * 2654435761) >>> 24);
      const blurred = boxBlur({ data, width: 64, height: 64 }, 5).data;
      const world = new ParticleWorld({ gravity: [0.3, -9.8] });
      world.addParticles(Float32Array.from({ length: 2000 }, (_, i) => Math.sin(i) * 100));
      for (let i = 0; i < 100; i++) world.step(1 / 60);
      const hash = require('node:crypto').createHash('sha256');
      hash.update(blurred); hash.update(new Uint8Array(world.positions.buffer, world.positions.byteOffset, world.positions.byteLength));
      console.log(JSON.stringify({ variants: [wasmInfo().variant, physicsInfo().variant], digest: hash.digest('hex') }));`;
    const run = (simd: string) => nodeJson<{ variants: string[]; digest: string }>(script, { ...process.env, ORG_WASM_SIMD: simd });
    const simd = run('1');
    const baseline = run('0');
    expect(simd.variants).toEqual(['baseline', 'simd']); // imaging has no SIMD build (yet)
    expect(baseline.variants).toEqual(['baseline', 'baseline']);
    expect(baseline.digest).toBe(simd.digest);
  });

  it('the web entry asks for init() first, then loads from bytes; concurrent inits share one load', async () => {
    // A family subpath's web entry (the root's loads several modules, so it takes no source).
    const root = (await import('@org/wasm-crypto/web')) as typeof import('@org/wasm-crypto');
    await expect(root.init(new Uint8Array([1]))).rejects.toThrow(/several wasm modules/);
    const web = (await import(new URL('../../packages/crypto/dist/sha2.web.js', import.meta.url).href)) as typeof import('@org/wasm-crypto/sha2');
    expect(web.wasmInfo().ready).toBe(false);
    expect(() => web.sha256('abc')).toThrow(web.NotInitializedError);
    expect(() => web.sha256('abc')).toThrow(/await init\(\)/);
    await expect(web.init(new Uint8Array([1, 2, 3]))).rejects.toThrow(); // not wasm: fails, may retry
    await expect(web.init(new Response('missing', { status: 404 }))).rejects.toThrow(/HTTP 404/);
    const bytes = wasmFile('crypto', 'wasm_crypto_sha2_bg.wasm');
    const first = web.init(bytes);
    const second = web.init(new URL('file:///never/fetched.wasm'));
    await Promise.all([first, second]);
    expect(web.wasmInfo()).toMatchObject({ ready: true, variant: 'custom' });
    expect(hex(web.sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    await web.init(); // idempotent
  });

  it('the web entry falls back to its embedded copy when the .wasm URL cannot be fetched', async () => {
    // Node's fetch has no file: URLs, just as a Rollup or esbuild bundle has no emitted .wasm.
    const web = (await import('@org/wasm-imaging/web')) as typeof import('@org/wasm-imaging');
    await web.init();
    expect(web.wasmInfo()).toMatchObject({ ready: true, variant: 'baseline' });
    expect([...web.grayscale({ data: new Uint8Array([255, 0, 0, 255]), width: 1, height: 1 }).data]).toEqual([54, 54, 54, 255]);
  });

  it('init accepts a promised Response, compiled by streaming', async () => {
    const entry = (await import('@org/wasm-imaging/inline')) as unknown as typeof import('@org/wasm-imaging');
    const response = new Response(wasmFile('imaging', 'wasm_imaging_bg.wasm'), { headers: { 'Content-Type': 'application/wasm' } });
    await entry.init(Promise.resolve(response));
    expect(entry.wasmInfo()).toMatchObject({ ready: true, variant: 'custom' });
    expect(entry.boxBlur({ data: new Uint8Array(4).fill(9), width: 1, height: 1 }, 3).data[0]).toBe(9);
    await expect(entry.init(new Response('not found', { status: 404 }))).resolves.toBeUndefined(); // already loaded
  });

  it('initSync accepts a compiled WebAssembly.Module', async () => {
    const web = (await import('@org/wasm-physics/web')) as typeof import('@org/wasm-physics');
    web.initSync(new WebAssembly.Module(wasmFile('physics', 'wasm_physics_bg.wasm')));
    using world = new web.ParticleWorld({ gravity: [0, -10] });
    world.addParticles([0, 0]);
    world.step(0.5);
    expect(world.positions[1]).toBeCloseTo(-2.5);
  });

  it('the inline entry loads itself on first use', async () => {
    const inline = (await import('@org/wasm-physics/inline')) as unknown as typeof import('@org/wasm-physics');
    expect(inline.wasmInfo().ready).toBe(false);
    const world = new inline.ParticleWorld({ gravity: [0, -10] });
    world.addParticles([0, 0]);
    world.step(0.5);
    expect([...world.positions]).toEqual([0, -2.5]);
    world.dispose();
    expect(inline.wasmInfo()).toMatchObject({ ready: true, variant: 'simd' });
  });

  it('the baseline .wasm files contain no SIMD instruction; the SIMD ones do', () => {
    const dis = (pkg: string, file: string) => execFileSync('wasm-dis', [require.resolve(`@org/wasm-${pkg}/wasm/${file}`)], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const simdOp = /\bv128\b|\b[if](8x16|16x8|32x4|64x2)\./;
    for (const pkg of ['imaging', 'physics']) expect(dis(pkg, `wasm_${pkg}_bg.wasm`)).not.toMatch(simdOp);
    const cryptoWasm = readdirSync(join(dirname(require.resolve('@org/wasm-crypto/package.json')), 'wasm'));
    const baselines = cryptoWasm.filter((file) => file.endsWith('_bg.wasm') && !file.includes('_simd'));
    expect(baselines).toHaveLength(12); // one module per family
    for (const file of baselines) expect(dis('crypto', file)).not.toMatch(simdOp);
    expect(dis('physics', 'wasm_physics_simd_bg.wasm')).toMatch(simdOp);
    expect(dis('crypto', 'wasm_crypto_blake3_simd_bg.wasm')).toMatch(simdOp);
  });
});

describe('edge cases', () => {
  const [esmCrypto, cjsCrypto] = cryptoEntries.map((e) => e.lib) as [typeof crypto, typeof crypto];

  it('ESM and CJS entries share the glue, and agree on which handles a panic made stale', () => {
    const fromCjs = [cjsCrypto.sha256.create().update('a'), cjsCrypto.sha256.create()];
    expect(() => esmCrypto.__debugPanic('via ESM')).toThrow(esmCrypto.WasmPanicError);
    const heap = esmCrypto.wasmInfo().heapBytes;
    for (const hasher of fromCjs) {
      expect(() => hasher.update('b')).toThrow(esmCrypto.StaleHandleError);
      hasher.dispose(); // must not free a pointer into the new instance
    }
    expect(esmCrypto.wasmInfo().heapBytes).toBe(heap);
    expect(hex(cjsCrypto.sha256.create().update('abc').digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('error classes match across packages and entries', () => {
    let caught: unknown;
    try {
      imaging.__debugPanic('x');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(crypto.WasmPanicError);
    expect(caught).toBeInstanceOf(Error);
    expect(caught).not.toBeInstanceOf(crypto.WasmError);
    expect(new Error('x')).not.toBeInstanceOf(crypto.WasmPanicError);
  });

  it('an API used while init() is in flight gets the same instance init() ends with', async () => {
    const inline = (await import('@org/wasm-crypto/inline')) as unknown as typeof import('@org/wasm-crypto');
    const loading = inline.init();
    const hasher = inline.sha256.create().update('ab'); // loads synchronously on first use
    await loading;
    expect(hex(hasher.update('c').digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('positions can be fed back into addParticles even when that grows the memory', () => {
    using world = new physics.ParticleWorld({ gravity: [0, 0] });
    for (let i = 0; i < 16; i++) world.addParticles(new Float32Array(2 * 40_000).fill(i));
    const heap = physics.wasmInfo().heapBytes;
    world.addParticles(world.positions);
    expect(world.count).toBe(2 * 16 * 40_000);
    expect(world.positions[world.positions.length - 1]).toBe(15);
    expect(physics.wasmInfo().heapBytes - heap).toBe(16 * 40_000 * 2 * 4 * 2); // exactly the new particles
  });

  it('a batch with more digests than one call returns goes in several calls, and keeps wasm memory small', () => {
    const hasher = crypto.sha256.create();
    const count = 1_000_000; // 32 MB of digests: three calls of at most 16 MiB of offsets and digests
    const digests = crypto.sha256Batch({ data: new Uint8Array(0), offsets: new Uint32Array(count + 1) });
    expect(digests.length).toBe(count * 32);
    const empty = Buffer.from(crypto.sha256('')).toString('hex');
    for (const i of [0, 466_000, count - 1]) expect(Buffer.from(digests.subarray(32 * i, 32 * i + 32)).toString('hex')).toBe(empty);
    expect(crypto.wasmInfo().memoryBytes).toBeLessThan(256 * 1024 * 1024);
    hasher.update('still alive').dispose();
  });

  it('a time step that rounds to 0 as a 32-bit float is a RangeError', () => {
    using world = new physics.ParticleWorld();
    expect(() => world.step(1e-50)).toThrow(RangeError);
  });

  it('a disposed hasher throws StaleHandleError, also on reset(); a digested one can reset', () => {
    const hasher = crypto.sha256.create();
    hasher.dispose();
    expect(() => hasher.update('x')).toThrow(crypto.StaleHandleError);
    expect(() => hasher.reset()).toThrow(crypto.StaleHandleError);
    const digested = crypto.sha256.create();
    digested.digest();
    expect(() => digested.digest()).toThrow(/already called/);
    expect(hex(digested.reset().update('abc').digest())).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
