// WebAssembly memory never shrinks: after one large Argon2 or scrypt, the instance that ran it
// would hold that memory for the life of the process. The password families give it back once
// idle: the calling thread's instance is replaced, and a worker that grew is ended.
import { describe, expect, it } from 'vitest';
import { runHoldingIdleTimers as run } from './idle.js';

describe('memory a large derivation grew is given back when idle', () => {
  it.each(['@org/wasm-crypto', '@org/wasm-crypto/argon2'])('on the calling thread: Argon2 (%s)', (entry) => {
    const result = run(`
      const c = require('${entry}');
      const options = { t: 1, m: 64 * 1024, p: 1 };
      const first = c.argon2id('pw', 'somesaltsomesalt', options);
      c.argon2id('pw', 'somesaltsomesalt', options);
      const grown = c.wasmInfo().memoryBytes;
      const timers = idle.length;
      fireIdle();
      const released = c.wasmInfo().memoryBytes;
      const again = c.argon2id('pw', 'somesaltsomesalt', options);
      console.log(JSON.stringify({ grown: grown > 64 * MiB, timers, released: released < 16 * MiB, same: same(first, again) }));`);
    // One timer however many calls: each call re-arms it.
    expect(result).toEqual({ grown: true, timers: 1, released: true, same: true });
  });

  it('on the calling thread: scrypt, and hashPassword and verifyPassword', () => {
    const result = run(`
      const { scrypt, wasmInfo } = require('@org/wasm-crypto/scrypt');
      const { hashPassword, verifyPassword } = require('@org/wasm-crypto/password');
      const first = scrypt('pw', 'salt', { N: 2 ** 16, r: 8, p: 1 });
      const grown = wasmInfo().memoryBytes;
      fireIdle();
      const released = wasmInfo().memoryBytes;
      const again = scrypt('pw', 'salt', { N: 2 ** 16, r: 8, p: 1 });
      fireIdle();
      const stored = hashPassword('pw', { algorithm: 'scrypt', N: 2 ** 16, r: 8, p: 1 });
      const storageGrew = wasmInfo().memoryBytes > 64 * MiB; // the subpaths share the module
      const armedByStorage = idle.length;
      fireIdle();
      const storageReleased = wasmInfo().memoryBytes < 16 * MiB;
      const verified = verifyPassword(stored, 'pw');
      console.log(JSON.stringify({
        grown: grown > 64 * MiB, released: released < 16 * MiB, same: same(first, again),
        storageGrew, armedByStorage, storageReleased, verified,
      }));`);
    expect(result).toEqual({
      grown: true, released: true, same: true, storageGrew: true, armedByStorage: 1, storageReleased: true, verified: true,
    });
  });

  it('keeps memory in steady use: no timer for derivations that stay small', () => {
    const result = run(`
      const c = require('@org/wasm-crypto');
      c.argon2id('pw', 'somesaltsomesalt', { t: 1, m: 1024, p: 1 });
      c.bcrypt('pw', { cost: 4 });
      c.scrypt('pw', 'salt', { N: 1024, r: 8, p: 1 });
      console.log(JSON.stringify({ timers: idle.length }));`);
    expect(result).toEqual({ timers: 0 });
  });

  it('in a worker thread: the worker ends, its memory is freed, and the next call starts a fresh one', () => {
    const result = run(`
      const c = require('@org/wasm-crypto/argon2');
      const options = { t: 1, m: 128 * 1024, p: 1 };
      const rss = () => process.memoryUsage().rss;
      const sleep = (ms) => new Promise((resolve) => realSetTimeout(resolve, ms));
      (async () => {
        const small = await c.argon2idAsync('pw', 'somesaltsomesalt', { t: 1, m: 64, p: 1 });
        const afterSmall = idle.length; // the worker stays: its memory is small
        const before = rss();
        const first = await c.argon2idAsync('pw', 'somesaltsomesalt', options);
        const grew = rss() - before;
        const armed = idle.length;
        fireIdle();
        await sleep(300); // the worker thread exits
        const freed = grew - (rss() - before);
        const again = await c.argon2idAsync('pw', 'somesaltsomesalt', options);
        console.log(JSON.stringify({
          afterSmall, armed,
          grew: grew > 100 * MiB,
          freed: freed > 100 * MiB,
          same: same(first, again) && same(first, c.argon2id('pw', 'somesaltsomesalt', options)),
          small: same(small, c.argon2id('pw', 'somesaltsomesalt', { t: 1, m: 64, p: 1 })),
        }));
      })();`);
    expect(result).toEqual({ afterSmall: 0, armed: 1, grew: true, freed: true, same: true, small: true });
  });
});
