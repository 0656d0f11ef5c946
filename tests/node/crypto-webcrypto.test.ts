// `@org/wasm-crypto/webcrypto` against @noble/hashes/webcrypto.js and node:crypto: on the
// platform's WebCrypto, and on the wasm fallback used where `crypto.subtle` is missing.
import { createHash, createHmac, hkdfSync, pbkdf2Sync } from 'node:crypto';
import { createRequire } from 'node:module';
import * as noble from '@noble/hashes/webcrypto.js';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { hex } from './entries.js';

type Web = typeof import('@org/wasm-crypto/webcrypto');

const require = createRequire(import.meta.url);
const entries: { kind: string; lib: Web }[] = [
  { kind: 'esm', lib: (await import('@org/wasm-crypto/webcrypto')) as Web },
  { kind: 'cjs', lib: require('@org/wasm-crypto/webcrypto') as Web },
];
const NAMES = ['sha256', 'sha384', 'sha512'] as const;

/** Runs `body` with `crypto.subtle` hidden, as on a page served over plain HTTP. */
async function withoutSubtle(body: () => Promise<void>): Promise<void> {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto') as PropertyDescriptor;
  Object.defineProperty(globalThis, 'crypto', { value: {}, configurable: true });
  try {
    expect(globalThis.crypto.subtle).toBeUndefined();
    await body();
  } finally {
    Object.defineProperty(globalThis, 'crypto', original);
  }
}

describe.each(entries)('@org/wasm-crypto/webcrypto ($kind)', ({ lib }) => {
  const bytes = (max: number) => fc.uint8Array({ maxLength: max, size: 'max' });
  const name = fc.constantFrom(...NAMES);

  /** Compares with node:crypto, and with noble's webcrypto.js where it can run (it needs crypto.subtle). */
  const agrees = async (withNoble: boolean): Promise<void> => {
    await fc.assert(
      fc.asyncProperty(name, bytes(300), bytes(200), async (n, msg, key) => {
        const digest = hex(await lib[n](msg));
        if (digest !== createHash(n).update(msg).digest('hex') || (withNoble && digest !== hex(await noble[n](msg)))) return false;
        // WebCrypto refuses empty HMAC keys: noble throws, ours computes RFC 2104's answer.
        const tag = hex(await lib.hmac(lib[n], key, msg));
        if (tag !== createHmac(n, key).update(msg).digest('hex')) return false;
        return !withNoble || key.length === 0 || tag === hex(await noble.hmac(noble[n], key, msg));
      }),
      { numRuns: 40 },
    );
    await fc.assert(
      fc.asyncProperty(name, bytes(64), bytes(64), bytes(64), fc.integer({ min: 1, max: 255 }), async (n, ikm, salt, info, length) => {
        const ours = hex(await lib.hkdf(lib[n], ikm, salt, info, length));
        if (ours !== Buffer.from(hkdfSync(n, ikm, salt, info, length)).toString('hex')) return false;
        return !withNoble || ikm.length === 0 || ours === hex(await noble.hkdf(noble[n], ikm, salt, info, length));
      }),
      { numRuns: 30 },
    );
    await fc.assert(
      fc.asyncProperty(name, bytes(40), bytes(40), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 100 }), async (n, password, salt, c, dkLen) => {
        const ours = hex(await lib.pbkdf2(lib[n], password, salt, { c, dkLen }));
        return ours === pbkdf2Sync(password, salt, c, dkLen, n).toString('hex');
      }),
      { numRuns: 30 },
    );
  };

  it('SHA-2, HMAC, HKDF and PBKDF2 on WebCrypto agree with noble and node:crypto', async () => {
    const subtle = globalThis.crypto.subtle;
    const spies = [vi.spyOn(subtle, 'digest'), vi.spyOn(subtle, 'sign'), vi.spyOn(subtle, 'deriveBits')];
    try {
      await agrees(true);
      for (const spy of spies) expect(spy).toHaveBeenCalled(); // the platform did the work
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('without crypto.subtle they run on the wasm, with the same results', async () => {
    const subtle = globalThis.crypto.subtle;
    const spies = [vi.spyOn(subtle, 'digest'), vi.spyOn(subtle, 'sign'), vi.spyOn(subtle, 'deriveBits')];
    try {
      await withoutSubtle(() => agrees(false));
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });

  it('reads its inputs at the call: the caller may reuse its buffers at once (both paths)', async () => {
    const check = async (): Promise<void> => {
      const key = new Uint8Array(32).fill(1);
      const msg = new Uint8Array(100).fill(2);
      const salt = new Uint8Array(16).fill(3);
      const pending = [lib.sha256(msg), lib.hmac(lib.sha256, key, msg), lib.hkdf(lib.sha256, key, salt, msg, 42), lib.pbkdf2(lib.sha256, key, salt, { c: 3 })];
      for (const buffer of [key, msg, salt]) buffer.fill(0xee);
      const [digest, tag, okm, dk] = await Promise.all(pending);
      const [k, m, sa] = [Buffer.alloc(32, 1), Buffer.alloc(100, 2), Buffer.alloc(16, 3)];
      expect(hex(digest as Uint8Array)).toBe(createHash('sha256').update(m).digest('hex'));
      expect(hex(tag as Uint8Array)).toBe(createHmac('sha256', k).update(m).digest('hex'));
      expect(hex(okm as Uint8Array)).toBe(Buffer.from(hkdfSync('sha256', k, sa, m, 42)).toString('hex'));
      expect(hex(dk as Uint8Array)).toBe(pbkdf2Sync(k, sa, 3, 32, 'sha256').toString('hex'));
    };
    await check();
    await withoutSubtle(check);
  });

  it('never changes the caller’s Node Buffers, whose slice() shares their memory (both paths)', async () => {
    const check = async (): Promise<void> => {
      const [key, msg, salt] = [Buffer.from('a key'), Buffer.from('a message'), Buffer.from('some salt')];
      const before = [key, msg, salt].map((b) => b.toString('hex'));
      const pending = [lib.sha256(msg), lib.hmac(lib.sha256, key, msg), lib.hkdf(lib.sha256, key, salt, msg, 42), lib.pbkdf2(lib.sha256, key, salt, { c: 3 })];
      await Promise.all(pending);
      expect([key, msg, salt].map((b) => b.toString('hex'))).toEqual(before);
      // …and a Buffer changed during the call does not change the result.
      const pendingTag = lib.hmac(lib.sha256, key, msg);
      msg.fill(0);
      expect(hex(await pendingTag)).toBe(createHmac('sha256', 'a key').update('a message').digest('hex'));
    };
    await check();
    await withoutSubtle(check);
  });

  it('takes strings, empty outputs, noble’s and the other bundle’s hash objects', async () => {
    const other = entries.find((entry) => entry.lib !== lib)?.lib as Web;
    const expected = createHmac('sha384', 'key').update('msg').digest('hex');
    expect(hex(await lib.hmac(lib.sha384, 'key', 'msg'))).toBe(expected);
    expect(hex(await lib.hmac(other.sha384, 'key', 'msg'))).toBe(expected);
    expect(hex(await lib.hmac(noble.sha384 as never, 'key', 'msg'))).toBe(expected);
    expect(await lib.hkdf(lib.sha256, 'ikm', undefined, undefined, 0)).toHaveLength(0);
    expect(hex(await lib.hmac(lib.sha256, new Uint8Array(0), 'msg'))).toBe(createHmac('sha256', Buffer.alloc(0)).update('msg').digest('hex'));
  });

  it('has noble’s properties and refuses what it cannot do', async () => {
    for (const n of NAMES) {
      expect([lib[n].webCryptoName, lib[n].outputLen, lib[n].blockLen]).toEqual([noble[n].webCryptoName, noble[n].outputLen, noble[n].blockLen]);
      expect(() => lib[n].create()).toThrow(TypeError);
    }
    expect(hex(await lib.sha256('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'); // strings are UTF-8
    expect(() => lib.hmac.create(lib.sha256, 'key')).toThrow(TypeError);
    const { sha256: syncSha256 } = await import('@org/wasm-crypto/sha2');
    await expect(lib.hmac(syncSha256 as never, 'key', 'msg')).rejects.toThrow(TypeError);
    await expect(lib.pbkdf2(lib.sha256, 'pw', 'salt', { c: 0 })).rejects.toThrow(RangeError);
    // The wasm fallback's limits hold on the WebCrypto path too, so no call depends on the path.
    await expect(lib.pbkdf2(lib.sha256, 'pw', 'salt', { c: 100_000_001 })).rejects.toThrow(RangeError);
    await expect(lib.pbkdf2(lib.sha256, 'pw', 'salt', { c: 1, dkLen: 2 ** 20 + 1 })).rejects.toThrow(RangeError);
    await expect(lib.hkdf(lib.sha256, 'ikm', undefined, undefined, 255 * 32 + 1)).rejects.toThrow(RangeError);
    await expect(lib.hkdf(lib.sha256, 'ikm', null as never, undefined, 32)).rejects.toThrow(TypeError); // as noble
  });
});
