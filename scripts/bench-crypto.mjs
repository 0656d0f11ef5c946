// The @org/wasm-crypto part of `pnpm bench` (imported by scripts/bench.mjs): hashes at five sizes,
// HMAC, the KDFs and password hashes, cold start and the first big call in a fresh process, each
// against hash-wasm, @noble/hashes and node:crypto. A peer that is missing gets a "not installed"
// cell, one that throws or returns a wrong result an "error: …" cell; neither stops the bench.
// Every peer's output is checked against ours once before it is timed.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as ours from '@org/wasm-crypto';
import * as liteSha256 from '@org/wasm-crypto/lite/sha256';
import * as liteSha3 from '@org/wasm-crypto/lite/sha3';
import * as liteBlake3 from '@org/wasm-crypto/lite/blake3';
import * as liteMd5 from '@org/wasm-crypto/lite/md5';
import * as liteArgon2 from '@org/wasm-crypto/lite/argon2';
import * as liteScrypt from '@org/wasm-crypto/lite/scrypt';
import * as liteBcrypt from '@org/wasm-crypto/lite/bcrypt';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);

/** Runs `run` until ~0.5 s has passed after a ~150 ms warm-up; MB/s of `bytesPerRun`. */
export function measure(run, bytesPerRun) {
  for (const end = performance.now() + 150; performance.now() < end; ) run(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    run();
    runs++;
  }
  const seconds = (performance.now() - start) / 1000;
  return (runs * bytesPerRun) / seconds / 1e6;
}

/**
 * For calls of 64 MiB, right after the 1 MiB row has warmed the same code up: 1 to 3 timed calls,
 * stopping after ~1 s (so a slow peer costs one call, not minutes); MB/s.
 */
function measureBig(run, bytesPerRun) {
  let runs = 0;
  const start = performance.now();
  do {
    run();
    runs++;
  } while (runs < 3 && performance.now() - start < 1000);
  return (runs * bytesPerRun) / ((performance.now() - start) / 1000) / 1e6;
}

/** For KDFs (sync or async): `warmups` calls, then timed calls until ~`budget` ms or `maxRuns`; median ms per call. */
async function measureMs(run, { warmups = 1, maxRuns = 5, budget = 1500 } = {}) {
  for (let i = 0; i < warmups; i++) await run();
  const times = [];
  const start = performance.now();
  do {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  } while (times.length < maxRuns && performance.now() - start < budget);
  return median(times);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export const bytes = (n) => new Uint8Array(n).map((_, i) => (i * 2654435761) >>> 24);

const NOT_INSTALLED = 'not installed';
const NA = '—';

/** A cell: the number `body` resolves to, or "error: …" if it throws. */
async function cell(body) {
  try {
    return await body();
  } catch (error) {
    if (error?.notInstalled) return NOT_INSTALLED;
    return `error: ${String(error?.message ?? error).split('\n')[0].slice(0, 48)}`;
  }
}

function notInstalled() {
  return Object.assign(new Error(NOT_INSTALLED), { notInstalled: true });
}

/** A peer module: imported lazily so a broken or absent peer only fails its own cells. */
function lazyImport(specifier) {
  let promise;
  return () => (promise ??= import(specifier).catch((error) => {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' || error?.code === 'MODULE_NOT_FOUND') throw notInstalled();
    throw error;
  }));
}

/** A peer loaded on demand; a "not installed" cell if it cannot be resolved. */
function optionalRequire(name) {
  let resolved;
  try {
    resolved = require.resolve(name);
  } catch {
    return () => Promise.reject(notInstalled());
  }
  return async () => {
    try {
      return require(resolved);
    } catch {
      return (await import(resolved)).default;
    }
  };
}

const hashWasm = lazyImport('hash-wasm');

let argon2Browser;
/**
 * argon2-browser with its SIMD build. Its Emscripten loader fetches the .wasm by path, which
 * Node's fetch refuses, so it gets the bytes through `self.Module.wasmBinary` (the only place it
 * reads overrides from); it also installs process-wide `uncaughtException`/`unhandledRejection`
 * handlers that abort, which are removed again here.
 */
async function loadArgon2Browser() {
  if (argon2Browser) return argon2Browser;
  const wasm = require.resolve('argon2-browser/dist/argon2-simd.wasm');
  const handlers = ['uncaughtException', 'unhandledRejection'].map((event) => [event, process.listeners(event)]);
  const hadSelf = 'self' in globalThis;
  globalThis.self = globalThis;
  globalThis.Module = { wasmBinary: readFileSync(wasm) };
  try {
    const argon2 = require('argon2-browser');
    // The first hash waits for the runtime to be ready.
    await argon2.hash({ pass: 'x', salt: 'saltsalt', time: 1, mem: 8, type: argon2.ArgonType.Argon2id });
    argon2Browser = argon2;
  } finally {
    if (!hadSelf) delete globalThis.self;
    delete globalThis.Module;
    for (const [event, before] of handlers) {
      for (const listener of process.listeners(event)) if (!before.includes(listener)) process.off(event, listener);
    }
  }
  return argon2Browser;
}
const nodeCrypto = lazyImport('node:crypto');
const noble = {
  sha2: lazyImport('@noble/hashes/sha2.js'),
  sha3: lazyImport('@noble/hashes/sha3.js'),
  blake2: lazyImport('@noble/hashes/blake2.js'),
  blake3: lazyImport('@noble/hashes/blake3.js'),
  legacy: lazyImport('@noble/hashes/legacy.js'),
  hmac: lazyImport('@noble/hashes/hmac.js'),
  argon2: lazyImport('@noble/hashes/argon2.js'),
  scrypt: lazyImport('@noble/hashes/scrypt.js'),
  pbkdf2: lazyImport('@noble/hashes/pbkdf2.js'),
};

const equal = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Wraps `hash` so that its first call at each message length is checked against ours (`expected(message)`). */
function checked(hash, expected) {
  const verified = new Set(); // message lengths already checked
  return (message) => {
    const out = hash(message);
    if (!verified.has(message.length)) {
      if (!equal(new Uint8Array(out.buffer, out.byteOffset, out.byteLength), expected(message))) throw new Error('output differs from ours');
      verified.add(message.length);
    }
    return out;
  };
}

const HMAC_KEY = bytes(32).reverse();

/**
 * Each hash: ours one-shot, ours for many 64-byte messages at once (`.batch`, or a cloned keyed
 * hasher for HMAC, which has no batch), and each peer as a factory of its fastest sync
 * one-message function (hash-wasm: one reused hasher, init/update/digest per message).
 */
const hashes = [
  {
    name: 'SHA-256',
    ours: ours.sha256,
    oursMany: (packed) => ours.sha256.batch(packed),
    'hash-wasm': async () => reuse(await (await hashWasm()).createSHA256()),
    noble: async () => (await noble.sha2()).sha256,
    'node:crypto': async () => viaNode('sha256'),
  },
  {
    name: 'SHA-512',
    ours: ours.sha512,
    oursMany: (packed) => ours.sha512.batch(packed),
    'hash-wasm': async () => reuse(await (await hashWasm()).createSHA512()),
    noble: async () => (await noble.sha2()).sha512,
    'node:crypto': async () => viaNode('sha512'),
  },
  {
    name: 'SHA3-256',
    ours: ours.sha3_256,
    oursMany: (packed) => ours.sha3_256.batch(packed),
    'hash-wasm': async () => reuse(await (await hashWasm()).createSHA3(256)),
    noble: async () => (await noble.sha3()).sha3_256,
    'node:crypto': async () => viaNode('sha3-256'),
  },
  {
    name: 'BLAKE2b-512',
    ours: ours.blake2b,
    oursMany: (packed) => ours.blake2b.batch(packed),
    'hash-wasm': async () => reuse(await (await hashWasm()).createBLAKE2b(512)),
    noble: async () => (await noble.blake2()).blake2b,
    'node:crypto': async () => viaNode('blake2b512'),
  },
  {
    name: 'BLAKE3',
    ours: ours.blake3,
    oursMany: (packed) => ours.blake3.batch(packed),
    'hash-wasm': async () => reuse(await (await hashWasm()).createBLAKE3(256)),
    noble: async () => (await noble.blake3()).blake3,
    'node:crypto': null,
  },
  {
    name: 'HMAC-SHA256',
    ours: (message) => ours.hmac(ours.sha256, HMAC_KEY, message),
    oursMany: (packed) => ours.hmac.batch(ours.sha256, HMAC_KEY, packed),
    'hash-wasm': async () => {
      const { createHMAC, createSHA256 } = await hashWasm();
      return reuse(await createHMAC(createSHA256(), HMAC_KEY));
    },
    noble: async () => {
      const [{ hmac }, { sha256 }] = await Promise.all([noble.hmac(), noble.sha2()]);
      return (message) => hmac(sha256, HMAC_KEY, message);
    },
    'node:crypto': async () => {
      const { createHmac } = await nodeCrypto();
      return (message) => createHmac('sha256', HMAC_KEY).update(message).digest();
    },
  },
];

// The size-first `/lite/*` entries (no batch API), against the same peers.
hashes.push(
  {
    name: 'SHA-256 (lite)',
    ours: liteSha256.sha256,
    'hash-wasm': async () => reuse(await (await hashWasm()).createSHA256()),
    noble: async () => (await noble.sha2()).sha256,
    'node:crypto': async () => viaNode('sha256'),
  },
  {
    name: 'SHA3-256 (lite)',
    ours: liteSha3.sha3_256,
    'hash-wasm': async () => reuse(await (await hashWasm()).createSHA3(256)),
    noble: async () => (await noble.sha3()).sha3_256,
    'node:crypto': async () => viaNode('sha3-256'),
  },
  {
    name: 'BLAKE3 (lite)',
    ours: liteBlake3.blake3,
    'hash-wasm': async () => reuse(await (await hashWasm()).createBLAKE3(256)),
    noble: async () => (await noble.blake3()).blake3,
    'node:crypto': null,
  },
  {
    name: 'MD5 (lite)',
    ours: liteMd5.md5,
    'hash-wasm': async () => reuse(await (await hashWasm()).createMD5()),
    noble: async () => (await noble.legacy()).md5,
    'node:crypto': async () => viaNode('md5'),
  },
);

function reuse(hasher) {
  return (message) => hasher.init().update(message).digest('binary');
}

async function viaNode(algorithm) {
  const { createHash } = await nodeCrypto();
  return (message) => createHash(algorithm).update(message).digest();
}

const PEERS = ['hash-wasm', 'noble', 'node:crypto'];
const COUNT = 20_000;

/**
 * Rows of MB/s for every hash: 64 B × 20 000 one call each, the same batched, 4 KiB, 1 MiB,
 * 64 MiB. Each hash runs in its own child process (this file, `--hash NAME`): JIT state shared
 * across hashes skews pure-JS peers (noble's BLAKE2b ran ~50× slower after SHA-512 and SHA3 in
 * the same process, as their shared 64-bit helpers got deoptimized).
 */
export async function hashRows(log = () => {}) {
  const rows = [];
  for (const hash of hashes) {
    if (process.env.BENCH_HASHES && !process.env.BENCH_HASHES.split(',').includes(hash.name)) continue;
    log(hash.name);
    const result = spawnSync(process.execPath, [new URL(import.meta.url).pathname, '--hash', hash.name], { cwd: root, encoding: 'utf8', timeout: 600_000, maxBuffer: 1 << 24 });
    try {
      if (result.error) throw result.error;
      if (result.status !== 0) throw new Error((result.stderr || `exit ${result.status}`).trim().split('\n').find((l) => /Error/.test(l)) ?? `exit ${result.status}`);
      rows.push(...JSON.parse(result.stdout.trim().split('\n').pop()));
    } catch (error) {
      const text = `error: ${String(error?.message ?? error).slice(0, 48)}`;
      rows.push({ name: `${hash.name} (all sizes)`, unit: 'MB/s', ours: text, ...Object.fromEntries(PEERS.map((p) => [p, text])) });
    }
  }
  return rows;
}

/** The rows of one hash, in this process. */
async function oneHashRows(hash) {
  const rows = [];
  const packed = bytes(64 * COUNT);
  const offsets = Uint32Array.from({ length: COUNT + 1 }, (_, i) => i * 64);
  const messages = Array.from({ length: COUNT }, (_, i) => packed.subarray(64 * i, 64 * i + 64));
  const big = { 4096: bytes(4096), [1 << 20]: bytes(1 << 20), [64 << 20]: new Uint8Array(64 << 20) };
  for (let at = 0; at < 64 << 20; at += 1 << 20) big[64 << 20].set(big[1 << 20], at); // 64 × the 1 MiB pattern
  {
    const expected = (message) => hash.ours(message);
    const peers = {};
    for (const peer of PEERS) {
      peers[peer] = hash[peer] ? await cell(async () => checked(await hash[peer](), expected)) : NA;
    }
    const peerCell = (peer, body) => (typeof peers[peer] === 'function' ? cell(() => body(peers[peer])) : peers[peer]);

    const one = { name: `${hash.name} 64 B × 20k, one call each`, unit: 'MB/s' };
    one.ours = await cell(() => measure(() => messages.forEach((m) => hash.ours(m)), packed.length));
    for (const peer of PEERS) one[peer] = await peerCell(peer, (f) => measure(() => messages.forEach((m) => f(m)), packed.length));
    rows.push(one);

    // The same peer loops are the baseline: hash-wasm's best is one reused hasher per message.
    // (The lite entries have no batch API.)
    if (hash.oursMany) {
      const many = { name: `${hash.name} 64 B × 20k, ours batched`, unit: 'MB/s' };
      many.ours = await cell(() => {
        const oursMany = hash.oursMany;
        const first = oursMany({ data: packed, offsets }).subarray(0, hash.ours.outputLen ?? 32);
        if (!equal(first, hash.ours(messages[0]))) throw new Error('batch output differs from one-shot');
        return measure(() => oursMany({ data: packed, offsets }), packed.length);
      });
      for (const peer of PEERS) many[peer] = one[peer];
      rows.push(many);
    }

    for (const size of [4096, 1 << 20, 64 << 20]) {
      const data = big[size];
      const timer = size === 64 << 20 ? measureBig : measure;
      const row = { name: `${hash.name} ${size === 4096 ? '4 KiB' : size === 1 << 20 ? '1 MiB' : '64 MiB, one call'}`, unit: 'MB/s' };
      row.ours = await cell(() => timer(() => hash.ours(data), size));
      for (const peer of PEERS) row[peer] = await peerCell(peer, (f) => timer(() => f(data), size));
      rows.push(row);
    }
  }
  return rows;
}

const PASSWORD = new TextEncoder().encode('correct horse battery staple');
const SALT = bytes(16);

/** Rows of ms per call for Argon2id, scrypt, PBKDF2 and bcrypt; the slow pure-JS ones run once. */
export async function kdfRows(log = () => {}) {
  const rows = [];
  const hex = (b) => Buffer.from(b).toString('hex');
  const checkedRun = async (run, reference) => {
    const out = await run();
    if (reference !== undefined && (typeof out === 'string' ? out : hex(out)) !== reference) throw new Error('output differs from ours');
    return out;
  };
  /** A timed cell for one implementation; `reference` is our output (hex or string), checked first. */
  const kdfCell = (run, reference, options) => cell(async () => {
    await checkedRun(run, reference);
    return measureMs(run, options);
  });
  const slow = { warmups: 0, maxRuns: 1 };

  log('Argon2id');
  // The full entry against every peer; the size-first `/lite/argon2` against hash-wasm.
  for (const [name, argon2id, allPeers] of [['Argon2id', ours.argon2id, true], ['Argon2id (lite)', liteArgon2.argon2id, false]]) {
    const [t, m, p, dkLen] = [3, 65536, 1, 32];
    const run = () => argon2id(PASSWORD, SALT, { t, m, p, dkLen });
    const reference = hex(run());
    const peer = (cellOf) => (allPeers ? cellOf() : NA);
    rows.push({
      name: `${name} m=64 MiB, t=3, p=1`,
      unit: 'ms',
      ours: await kdfCell(run, undefined, { maxRuns: 3 }),
      'hash-wasm': await kdfCell(async () => (await hashWasm()).argon2id({ password: PASSWORD, salt: SALT, parallelism: p, iterations: t, memorySize: m, hashLength: dkLen, outputType: 'binary' }), reference, { maxRuns: 3 }),
      noble: await peer(() => kdfCell(async () => (await noble.argon2()).argon2id(PASSWORD, SALT, { t, m, p, dkLen }), reference, slow)),
      'node:crypto': NA,
      'argon2 (native)': await peer(() => kdfCell(async () => {
        const argon2 = await optionalRequire('argon2')();
        return argon2.hash(Buffer.from(PASSWORD), { type: argon2.argon2id, timeCost: t, memoryCost: m, parallelism: p, hashLength: dkLen, salt: Buffer.from(SALT), raw: true });
      }, reference, { maxRuns: 3 })),
      'argon2-browser': await peer(() => kdfCell(async () => {
        const argon2 = await loadArgon2Browser();
        return (await argon2.hash({ pass: PASSWORD, salt: SALT, time: t, mem: m, parallelism: p, hashLen: dkLen, type: argon2.ArgonType.Argon2id })).hash;
      }, reference, { maxRuns: 3 })),
    });
  }

  log('scrypt');
  for (const [name, scrypt, allPeers] of [['scrypt', ours.scrypt, true], ['scrypt (lite)', liteScrypt.scrypt, false]]) {
    const [N, r, p, dkLen] = [2 ** 17, 8, 1, 32];
    const run = () => scrypt(PASSWORD, SALT, { N, r, p, dkLen });
    const reference = hex(run());
    const peer = (cellOf) => (allPeers ? cellOf() : NA);
    rows.push({
      name: `${name} N=2^17, r=8, p=1`,
      unit: 'ms',
      ours: await kdfCell(run, undefined, { maxRuns: 3 }),
      'hash-wasm': await kdfCell(async () => (await hashWasm()).scrypt({ password: PASSWORD, salt: SALT, costFactor: N, blockSize: r, parallelism: p, hashLength: dkLen, outputType: 'binary' }), reference, { maxRuns: 3 }),
      noble: await peer(() => kdfCell(async () => (await noble.scrypt()).scrypt(PASSWORD, SALT, { N, r, p, dkLen }), reference, slow)),
      'node:crypto': await peer(() => kdfCell(async () => (await nodeCrypto()).scryptSync(PASSWORD, SALT, dkLen, { N, r, p, maxmem: 256 * 1024 * 1024 }), reference, { maxRuns: 3 })),
    });
  }

  log('PBKDF2');
  {
    const [c, dkLen] = [100_000, 32];
    const run = () => ours.pbkdf2(ours.sha256, PASSWORD, SALT, { c, dkLen });
    const reference = hex(run());
    rows.push({
      name: 'PBKDF2-HMAC-SHA256, 100 000 iterations',
      unit: 'ms',
      ours: await kdfCell(run),
      'hash-wasm': await kdfCell(async () => {
        const { pbkdf2, createSHA256 } = await hashWasm();
        return pbkdf2({ password: PASSWORD, salt: SALT, iterations: c, hashLength: dkLen, hashFunction: createSHA256(), outputType: 'binary' });
      }, reference),
      noble: await kdfCell(async () => {
        const [{ pbkdf2 }, { sha256 }] = await Promise.all([noble.pbkdf2(), noble.sha2()]);
        return pbkdf2(sha256, PASSWORD, SALT, { c, dkLen });
      }, reference, { maxRuns: 3 }),
      'node:crypto': await kdfCell(async () => (await nodeCrypto()).pbkdf2Sync(PASSWORD, SALT, c, dkLen, 'sha256'), reference),
    });
  }

  log('bcrypt');
  for (const [name, bcrypt, allPeers] of [['bcrypt', ours.bcrypt, true], ['bcrypt (lite)', liteBcrypt.bcrypt, false]]) {
    const cost = 10;
    // The string after "$2x$": hash-wasm writes "$2a$", we write "$2b$"; the rest must agree.
    const tail = (encoded) => encoded.slice(4);
    const run = () => tail(bcrypt(PASSWORD, { cost, salt: SALT }));
    const reference = run();
    rows.push({
      name: `${name} cost 10`,
      unit: 'ms',
      ours: await kdfCell(run),
      'hash-wasm': await kdfCell(async () => tail(await (await hashWasm()).bcrypt({ password: PASSWORD, salt: SALT, costFactor: cost, outputType: 'encoded' })), reference),
      noble: NA,
      'node:crypto': NA,
      bcryptjs: allPeers
        ? await kdfCell(async () => {
            const bcryptjs = await optionalRequire('bcryptjs')();
            return bcryptjs.hashSync(Buffer.from(PASSWORD).toString('latin1'), cost); // its own random salt: not compared
          })
        : NA,
    });
  }
  return rows;
}

/** Runs `script` (ESM) in a fresh `node` from the repo root; the number it prints last. */
function child(script) {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    const lines = (result.stderr || '').trim().split('\n').filter((l) => /Error|error/.test(l));
    throw new Error(lines[0] ?? `exit ${result.status}`);
  }
  const value = Number(result.stdout.trim().split('\n').pop());
  if (!Number.isFinite(value)) throw new Error(`bad output: ${result.stdout.trim().slice(0, 40)}`);
  return value;
}

const medianOf = (runs, body) => median(Array.from({ length: runs }, body));

/** How each library is loaded and asked for SHA-256 in a child (inside `async` code, `data` given). */
const sha256In = {
  ours: { load: `const { sha256 } = await import('@org/wasm-crypto');`, hash: `sha256(data)` },
  'hash-wasm': { load: `const { sha256 } = await import('hash-wasm');`, hash: `await sha256(data)` },
  noble: { load: `const { sha256 } = await import('@noble/hashes/sha2.js');`, hash: `sha256(data)` },
  'node:crypto': { load: `const { createHash } = await import('node:crypto');`, hash: `createHash('sha256').update(data).digest()` },
};

const hexOf = `(d) => typeof d === 'string' ? d : Buffer.from(d).toString('hex')`;

/**
 * Fresh processes: (1) time from before the import to after the first SHA-256 of "abc" (median of
 * 5 processes); (2) MB/s of the very first 64 MiB SHA-256 call after the import (median of 3).
 */
export async function freshProcessRows(log = () => {}) {
  const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
  const cold = { name: 'cold start: import + first SHA-256("abc")', unit: 'ms' };
  const first = { name: 'first 64 MiB SHA-256 call in a fresh process', unit: 'MB/s' };
  for (const [library, { load, hash }] of Object.entries(sha256In)) {
    log(library);
    cold[library] = await cell(() => medianOf(5, () => child(`
      const t0 = performance.now();
      ${load}
      const data = new TextEncoder().encode('abc');
      const digest = ${hash};
      const ms = performance.now() - t0;
      if ((${hexOf})(digest) !== '${ABC}') throw new Error('wrong digest');
      console.log(ms);`)));
    first[library] = await cell(() => medianOf(3, () => child(`
      const data = new Uint8Array(64 << 20).fill(97);
      ${load}
      const t0 = performance.now();
      const digest = ${hash};
      const ms = performance.now() - t0;
      if ((${hexOf})(digest).length !== 64) throw new Error('wrong digest');
      console.log(data.length / (ms / 1000) / 1e6);`)));
  }
  return [cold, first];
}

// `node scripts/bench-crypto.mjs --hash NAME`: one hash's rows as JSON (see hashRows).
if (process.argv[1] === new URL(import.meta.url).pathname && process.argv[2] === '--hash') {
  const hash = hashes.find((h) => h.name === process.argv[3]);
  if (!hash) throw new Error(`no hash ${process.argv[3]}`);
  console.log(JSON.stringify(await oneHashRows(hash)));
}
