// The async KDF variants under Node run in a worker thread: the event loop keeps running during
// a long derivation, results equal the synchronous ones, errors keep their types, and the idle
// worker never keeps the process alive.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';

/** Runs `work`, counting how often a 5 ms interval fired meanwhile. */
async function ticksDuring<T>(work: () => Promise<T>): Promise<{ result: T; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  try {
    return { result: await work(), ticks };
  } finally {
    clearInterval(timer);
  }
}

describe.each(cryptoEntries)('async KDFs off the main thread ($kind)', ({ lib }) => {
  const salt = 'somesaltsomesalt';

  it('argon2idAsync leaves the event loop running and equals argon2id', async () => {
    const options = { t: 3, m: 32768, p: 1 };
    const progress: number[] = [];
    const { result, ticks } = await ticksDuring(() => lib.argon2idAsync('pw', salt, { ...options, onProgress: (f: number) => progress.push(f) }));
    expect(ticks).toBeGreaterThanOrEqual(3); // a blocking call would allow none until it returned
    expect(progress).toEqual([0, 1]);
    expect(hex(result)).toBe(hex(lib.argon2id('pw', salt, options)));
  });

  it('pbkdf2Async, scryptAsync, bcryptAsync and the password functions run off-thread too', async () => {
    const { result, ticks } = await ticksDuring(() => lib.pbkdf2Async(lib.sha256, 'pw', 'salt', { c: 300_000 }));
    expect(ticks).toBeGreaterThanOrEqual(3);
    expect(hex(result)).toBe(hex(lib.pbkdf2(lib.sha256, 'pw', 'salt', { c: 300_000 })));
    expect(hex(await lib.scryptAsync('password', 'NaCl', { N: 1024, r: 8, p: 16, dkLen: 64 }))).toBe(
      hex(lib.scrypt('password', 'NaCl', { N: 1024, r: 8, p: 16, dkLen: 64 })),
    );
    const bcrypt = await lib.bcryptAsync('pw', { cost: 5 });
    expect(await lib.bcryptVerifyAsync('pw', bcrypt)).toBe(true);
    expect(lib.bcryptVerify('pw', bcrypt)).toBe(true);
    const stored = await lib.hashPasswordAsync('pw', { m: 1024, t: 1 });
    expect(await lib.verifyPasswordAsync(stored, 'pw')).toBe(true);
    expect(await lib.verifyPasswordAsync(stored, 'px')).toBe(false);
    expect(lib.verifyPassword(stored, 'pw')).toBe(true);
  });

  it("pbkdf2Async over each keyed family's hashes runs in that family's worker", async () => {
    type Worker = { run: (...args: unknown[]) => Promise<unknown> };
    const workers = (globalThis as Record<symbol, Record<string, Worker>>)[Symbol.for('@org/wasm-crypto/off-thread')]!;
    const byFamily = { sha2: lib.sha256, sha3: lib.sha3_256, sha3_addons: lib.k12, blake2: lib.blake2b, blake3: lib.blake3, legacy: lib.md5, legacy_extra: lib.whirlpool };
    for (const [family, hash] of Object.entries(byFamily)) {
      const worker = workers[family];
      expect(worker, family).toBeDefined();
      const run = worker!.run;
      let calls = 0;
      worker!.run = (...args) => (calls++, run.apply(worker, args));
      try {
        const derived = await lib.pbkdf2Async(hash, 'pw', 'salt', { c: 3, dkLen: 20 });
        expect(hex(derived), family).toBe(hex(lib.pbkdf2(hash, 'pw', 'salt', { c: 3, dkLen: 20 })));
      } finally {
        worker!.run = run;
      }
      expect(calls, `pbkdf2Async went through the ${family} worker`).toBe(1);
    }
  });

  it('errors from the worker keep their types; concurrent calls all settle', async () => {
    await expect(lib.argon2idAsync('pw', salt, { t: 1, m: 65536, p: 1, maxmem: 1024 })).rejects.toThrow(lib.WasmError);
    await expect(lib.argon2idAsync('pw', salt, { t: 1, m: 65536, p: 1, maxmem: 1024 })).rejects.toThrow(/maxmem/);
    await expect(lib.argon2idAsync('pw', 'short', { t: 1, m: 64, p: 1 })).rejects.toThrow(RangeError); // checked before the worker
    const results = await Promise.all([1, 2, 3, 4].map((t) => lib.argon2idAsync('pw', salt, { t, m: 256, p: 1 })));
    expect(results.map(hex)).toEqual([1, 2, 3, 4].map((t) => hex(lib.argon2id('pw', salt, { t, m: 256, p: 1 }))));
  });

  it('a panic in the worker fails only its own call: the calls queued behind it run in a fresh worker', async () => {
    type Worker = { run: (fn: string, args: unknown[]) => Promise<unknown> };
    const workers = (globalThis as Record<symbol, Record<string, Worker>>)[Symbol.for('@org/wasm-crypto/off-thread')]!;
    const options = { t: 1, m: 256, p: 1 };
    const panicking = workers.argon2!.run('debugPanic', ['a test panic']); // every module's glue has it
    const queued = [1, 2, 3].map((t) => lib.argon2idAsync('pw', salt, { ...options, t }));
    await expect(panicking).rejects.toThrow(lib.WasmPanicError);
    expect((await Promise.all(queued)).map(hex)).toEqual([1, 2, 3].map((t) => hex(lib.argon2id('pw', salt, { ...options, t }))));
    expect(hex(await lib.argon2idAsync('pw', salt, options))).toBe(hex(lib.argon2id('pw', salt, options)));
  });
});

describe('the worker threads', () => {
  it('never keep the process alive, from the root or from subpaths', () => {
    const script = `
      import { hashPasswordAsync } from '@org/wasm-crypto';
      import { pbkdf2Async } from '@org/wasm-crypto/pbkdf2';
      import { sha256 } from '@org/wasm-crypto/sha2';
      await hashPasswordAsync('pw', { m: 256, t: 1 });
      await pbkdf2Async(sha256, 'pw', 'salt', { c: 10 });
      console.log('done');`;
    // The process must end by itself once the work is done (the timeout fails the test otherwise).
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(out.trim()).toBe('done');
  });
});

describe('a worker that cannot restart after a panic', () => {
  it('leaves the calls queued behind the panic to the calling thread', () => {
    const script = `
      const threads = require('node:worker_threads');
      const c = require('@org/wasm-crypto');
      const options = { t: 1, m: 64, p: 1 };
      (async () => {
        await c.argon2idAsync('pw', 'somesaltsomesalt', options); // the worker is running
        threads.Worker = class { constructor() { throw new Error('no more threads'); } };
        const worker = globalThis[Symbol.for('@org/wasm-crypto/off-thread')].argon2;
        const panicking = worker.run('debugPanic', ['a test panic']).then(() => 'resolved', (error) => error.name);
        const queued = [1, 2].map((t) => c.argon2idAsync('pw', 'somesaltsomesalt', { ...options, t }));
        const same = (await Promise.all(queued)).every((out, i) =>
          Buffer.from(out).equals(Buffer.from(c.argon2id('pw', 'somesaltsomesalt', { ...options, t: i + 1 }))));
        const later = Buffer.from(await c.argon2idAsync('pw', 'somesaltsomesalt', options)).equals(Buffer.from(c.argon2id('pw', 'somesaltsomesalt', options)));
        console.log(JSON.stringify({ panicking: await panicking, same, later }));
      })();`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(JSON.parse(out)).toEqual({ panicking: 'WasmPanicError', same: true, later: true });
  });
});

describe('async KDFs read their inputs at the call, as the synchronous ones do', () => {
  it('a password wiped right after the call does not change the key (worker and fallback paths)', () => {
    // The inline entry alone: under Node it has no Web Worker, so the fallback path runs.
    const script = (entry: string) => `
      const c = await import('${entry}');
      const sync = c.pbkdf2(c.sha256, new Uint8Array([1, 2, 3, 4]), 'salt', { c: 10 });
      const password = new Uint8Array([1, 2, 3, 4]);
      const pending = c.pbkdf2Async(c.sha256, password, 'salt', { c: 10 });
      password.fill(0);
      const argonPassword = new Uint8Array([5, 6, 7, 8]);
      const argon = c.argon2idAsync(argonPassword, 'somesaltsomesalt', { t: 1, m: 64, p: 1 });
      argonPassword.fill(0);
      const same = Buffer.from(await pending).equals(Buffer.from(sync)) &&
        Buffer.from(await argon).equals(Buffer.from(c.argon2id(new Uint8Array([5, 6, 7, 8]), 'somesaltsomesalt', { t: 1, m: 64, p: 1 })));
      console.log(same);`;
    for (const entry of ['@org/wasm-crypto', '@org/wasm-crypto/inline']) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', script(entry)], { encoding: 'utf8', timeout: 20_000 });
      expect(out.trim(), entry).toBe('true');
    }
  });

  it("bcryptAsync encodes the salt as it was at the call, as the hash is computed with it", async () => {
    const { lib } = cryptoEntries[0]!;
    const salt = new Uint8Array(16).fill(1);
    const pending = lib.bcryptAsync('pw', { cost: 4, salt });
    salt.fill(2); // changing the caller's array before the hash is ready
    const encoded = await pending;
    expect(encoded).toBe(lib.bcrypt('pw', { cost: 4, salt: new Uint8Array(16).fill(1) }));
    expect(lib.bcryptVerify('pw', encoded)).toBe(true);
  });

  it('a keyed hasher keeps its own copy of the key', () => {
    const key = new Uint8Array(32).fill(7);
    const hasher = cryptoEntries[0]!.lib.blake3.create({ key });
    const first = hasher.update('abc').digest();
    key.fill(9); // changing the caller's array afterwards
    expect(hex(hasher.reset().update('abc').digest())).toBe(hex(first));
    hasher.destroy(); // noble's name for dispose()
  });
});

describe.each(cryptoEntries)('progress of the synchronous KDFs ($kind)', ({ lib }) => {
  it('argon2id, scrypt, pbkdf2, bcrypt and the password functions report 0 and 1 to onProgress, as noble calls it in sync code too', () => {
    const seen: number[] = [];
    const onProgress = (f: number) => seen.push(f);
    lib.argon2id('pw', 'somesaltsomesalt', { t: 1, m: 64, p: 1, onProgress });
    lib.scrypt('pw', 'salt', { N: 16, r: 1, p: 1, onProgress });
    lib.pbkdf2(lib.sha256, 'pw', 'salt', { c: 2, onProgress });
    lib.bcrypt('pw', { cost: 4, onProgress });
    const stored = lib.hashPassword('pw', { t: 1, m: 64, onProgress });
    lib.verifyPassword(stored, 'pw', { onProgress });
    expect(seen).toEqual([0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1]);
    expect(() => lib.scrypt('pw', 'salt', { N: 16, r: 1, p: 1, onProgress: 5 as never })).toThrow(TypeError);
  });
});
