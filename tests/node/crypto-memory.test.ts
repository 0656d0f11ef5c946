// WebAssembly memory never shrinks: after one large Argon2 or scrypt, the instance that ran it
// holds that memory for good. An async KDF's worker that grew is ended once idle, which frees it.
import { describe, expect, it } from 'vitest';
import { runHoldingIdleTimers as run } from './idle.js';

describe('memory a large async derivation grew is given back when idle', () => {
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

  it("keeps a worker whose memory a 64 MiB derivation grew: servers at OWASP's or RFC 9106's settings do not restart it", () => {
    const result = run(`
      const c = require('@org/wasm-crypto/argon2');
      (async () => {
        await c.argon2idAsync('pw', 'somesaltsomesalt', { t: 1, m: 64 * 1024, p: 1 });
        console.log(JSON.stringify({ armed: idle.length }));
      })();`);
    expect(result).toEqual({ armed: 0 });
  });

  it('keeps a worker in steady use, and ends it only once every call has settled', () => {
    const result = run(`
      const c = require('@org/wasm-crypto/scrypt');
      const options = { N: 2 ** 17, r: 8, p: 1 }; // 128 MiB
      (async () => {
        const armedWhileBusy = [];
        const calls = [1, 2, 3].map((i) => c.scryptAsync('pw', 'salt' + i, options).then((out) => {
          armedWhileBusy.push(idle.length);
          return out;
        }));
        const outs = await Promise.all(calls);
        const same = outs.every((out, i) => same_(out, c.scrypt('pw', 'salt' + (i + 1), options)));
        console.log(JSON.stringify({ armedWhileBusy, armedAtEnd: idle.length, same }));
      })();
      const same_ = same;`);
    // Armed only by the reply that left no call pending.
    expect(result).toEqual({ armedWhileBusy: [0, 0, 1], armedAtEnd: 1, same: true });
  });
});
