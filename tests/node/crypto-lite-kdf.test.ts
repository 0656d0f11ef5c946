// The size-first password hashes (`/lite/argon2`, `/lite/scrypt`, `/lite/bcrypt`), loaded as Node
// users load them (ESM and CommonJS, the Node and the inline entries), checked against official
// vectors (RFC 9106, RFC 7914, OpenBSD/Openwall bcrypt), @noble/hashes, hash-wasm and the full
// entries, with random parameters; then their errors, async variants, loading and wiping.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { argon2d as nArgon2d, argon2i as nArgon2i, argon2id as nArgon2id } from '@noble/hashes/argon2.js';
import { scrypt as nScrypt } from '@noble/hashes/scrypt.js';
import fc from 'fast-check';
import * as hashWasm from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, liteEntries } from './entries.js';

type Lite = typeof import('@org/wasm-crypto/lite/argon2') & typeof import('@org/wasm-crypto/lite/scrypt') & typeof import('@org/wasm-crypto/lite/bcrypt');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const MODULES = ['argon2', 'scrypt', 'bcrypt'];
const full = cryptoEntries[0]!.lib;

const entries = await liteEntries<Lite>(MODULES);
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`../fixtures/crypto/${name}.json`, import.meta.url), 'utf8'));
const fromHex = (text: string) => Uint8Array.from(Buffer.from(text, 'hex'));
const ARGON2 = fixture('argon2');
const BCRYPT = fixture('bcrypt');
const SCRYPT = fixture('kdf').vectors.filter((v: Json) => v.type === 'scrypt' && v.N < 2 ** 20); // not N = 2^20 (1 GiB)
const variantName = (variant: string) => variant.toLowerCase() as 'argon2d' | 'argon2i' | 'argon2id';
const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });

describe.each(entries)('lite password hashes ($kind)', ({ kind, lib: L }) => {
  it.each(ARGON2.kat.map((v: Json) => [`${v.variant} v=${v.version_hex}`, v]) as [string, Json][])('RFC 9106 / reference KAT %s', (_name, v) => {
    const options = { t: v.t, m: v.m_kib, p: v.p, dkLen: v.tag_len, version: v.version, key: fromHex(v.secret), personalization: fromHex(v.ad) };
    expect(hex(L[variantName(v.variant)](fromHex(v.password), fromHex(v.salt), options))).toBe(v.tag);
  });

  it('matches the reference implementation\'s Argon2 tags (m <= 64 MiB)', () => {
    // Every string once through the ESM entry; the other entries take the small ones.
    const cases = ARGON2.phc.filter((v: Json) => !v.expensive && v.m_kib <= (kind === 'esm' ? 65536 : 4096));
    expect(cases.length).toBeGreaterThan(0);
    for (const v of cases) {
      const options = { t: v.t, m: v.m_kib, p: v.p, dkLen: v.tag_len, version: v.version };
      expect(hex(L[variantName(v.variant)](v.password, v.salt, options)), v.encoded).toBe(v.tag);
    }
  });

  it.each(SCRYPT.map((v: Json) => [`N=${v.N} r=${v.r} p=${v.p}`, v]) as [string, Json][])('RFC 7914 scrypt %s', (_name, v) => {
    expect(hex(L.scrypt(fromHex(v.password_hex), fromHex(v.salt_hex), { N: v.N, r: v.r, p: v.p, dkLen: v.dkLen }))).toBe(v.dk);
  });

  it('verifies and recomputes the OpenBSD, Openwall and jBCrypt bcrypt vectors', () => {
    for (const v of BCRYPT.vectors as Json[]) {
      const password = fromHex(v.password_hex);
      expect(L.bcryptVerify(password, v.hash), v.hash).toBe(true);
      expect(L.bcryptVerify(new Uint8Array([...password, 0x21]).subarray(0, 72), v.hash)).toBe(password.length >= 72);
      const salt = full.bcryptUnbase64(v.hash.slice(7, 29), 16)!;
      expect(L.bcrypt(password, { cost: Number(v.hash.slice(4, 6)), salt }).slice(4)).toBe(v.hash.slice(4));
    }
  });

  it('agrees with @noble/hashes on random Argon2 parameters, keys and associated data', () => {
    const nobles = { argon2d: nArgon2d, argon2i: nArgon2i, argon2id: nArgon2id };
    fc.assert(
      fc.property(
        fc.constantFrom('argon2d', 'argon2i', 'argon2id' as const),
        fc.record({ t: fc.integer({ min: 1, max: 3 }), p: fc.integer({ min: 1, max: 4 }), extra: fc.integer({ min: 0, max: 40 }), dkLen: fc.integer({ min: 4, max: 80 }) }),
        fc.constantFrom(0x10, 0x13),
        bytes(0, 40),
        bytes(8, 24),
        bytes(0, 32),
        bytes(0, 32),
        (variant, { t, p, extra, dkLen }, version, password, salt, key, personalization) => {
          const options = { t, p, m: 8 * p + extra, dkLen, version, key, personalization };
          expect(hex(L[variant](password, salt, options))).toBe(hex(nobles[variant](password, salt, options)));
        },
      ),
      { numRuns: kind === 'esm' ? 40 : 8 },
    );
  });

  it('agrees with @noble/hashes on random scrypt parameters', () => {
    fc.assert(
      fc.property(
        fc.record({ logN: fc.integer({ min: 1, max: 8 }), r: fc.integer({ min: 1, max: 8 }), p: fc.integer({ min: 1, max: 3 }), dkLen: fc.integer({ min: 1, max: 100 }) }),
        bytes(0, 80),
        bytes(0, 40),
        ({ logN, r, p, dkLen }, password, salt) => {
          const options = { N: 2 ** logN, r, p, dkLen };
          expect(hex(L.scrypt(password, salt, options))).toBe(hex(nScrypt(password, salt, options)));
        },
      ),
      { numRuns: kind === 'esm' ? 40 : 8 },
    );
  });

  it('agrees with the full bcrypt on random passwords (past 72 bytes) and salts', () => {
    fc.assert(
      fc.property(bytes(0, 90), bytes(16, 16), (password, salt) => {
        const hash = L.bcrypt(password, { cost: 4, salt });
        expect(hash).toBe(full.bcrypt(password, { cost: 4, salt }));
        expect(L.bcryptVerify(password, hash)).toBe(true);
      }),
      { numRuns: kind === 'esm' ? 25 : 5 },
    );
  });
});

describe('lite password hashes: interop, async, errors', () => {
  const L = entries[0]!.lib;

  it('makes bcrypt strings hash-wasm verifies, and verifies hash-wasm\'s', async () => {
    const ours = L.bcrypt('correct horse', { cost: 5 });
    expect(ours).toMatch(/^\$2b\$05\$[./A-Za-z0-9]{53}$/);
    expect(await hashWasm.bcryptVerify({ password: 'correct horse', hash: ours })).toBe(true);
    const theirs = await hashWasm.bcrypt({ password: 'battery staple', salt: new Uint8Array(16).fill(7), costFactor: 5, outputType: 'encoded' });
    expect(L.bcryptVerify('battery staple', theirs)).toBe(true);
    expect(L.bcryptVerify('battery stapler', theirs)).toBe(false);
    expect(L.bcrypt('pw', { cost: 4 })).not.toBe(L.bcrypt('pw', { cost: 4 })); // a random salt each time
  });

  it('agrees with hash-wasm\'s Argon2 and scrypt', async () => {
    const salt = new Uint8Array(16).fill(3);
    const argon = await hashWasm.argon2id({ password: 'pw', salt, iterations: 2, memorySize: 64, parallelism: 2, hashLength: 24, outputType: 'hex' });
    expect(hex(L.argon2id('pw', salt, { t: 2, m: 64, p: 2, dkLen: 24 }))).toBe(argon);
    const scrypt = await hashWasm.scrypt({ password: 'pw', salt, costFactor: 64, blockSize: 4, parallelism: 2, hashLength: 40, outputType: 'hex' });
    expect(hex(L.scrypt('pw', salt, { N: 64, r: 4, p: 2, dkLen: 40 }))).toBe(scrypt);
  });

  it('takes strings, ArrayBuffers and any typed array, as the full entries', () => {
    const options = { t: 1, m: 16, p: 1 };
    expect(hex(L.argon2id('pässwörd', 'somesalt', options))).toBe(hex(full.argon2id('pässwörd', 'somesalt', options)));
    const password = Uint8Array.from(Buffer.from('passwords!'));
    const expected = hex(full.argon2id(password, 'somesalt', options));
    expect(hex(L.argon2id(new Uint16Array(password.buffer), new TextEncoder().encode('somesalt').buffer, options))).toBe(expected);
    expect(hex(L.argon2id(new DataView(password.buffer), 'somesalt', options))).toBe(expected);
  });

  it('runs the async variants after a yield, reporting progress, on inputs copied at the call', async () => {
    const events: string[] = [];
    const password = Uint8Array.from(Buffer.from('password'));
    const options = { t: 1, m: 64, p: 1, onProgress: (f: number) => events.push(`progress ${f}`) };
    const pending = L.argon2idAsync(password, 'somesaltsomesalt', options);
    password.fill(0); // the caller may wipe its password at once
    events.push('called');
    const key = await pending;
    expect(hex(key)).toBe(hex(nArgon2id('password', 'somesaltsomesalt', { t: 1, m: 64, p: 1 })));
    expect(events).toEqual(['progress 0', 'called', 'progress 1']); // the work ran after the call returned
    expect(hex(await L.argon2iAsync('pw', 'saltsalt', { t: 1, m: 8 }))).toBe(hex(nArgon2i('pw', 'saltsalt', { t: 1, m: 8, p: 1 })));
    expect(hex(await L.argon2dAsync('pw', 'saltsalt', { t: 1, m: 8 }))).toBe(hex(nArgon2d('pw', 'saltsalt', { t: 1, m: 8, p: 1 })));
    expect(hex(await L.scryptAsync('pw', 'salt', { N: 16, r: 1, p: 1 }))).toBe(hex(nScrypt('pw', 'salt', { N: 16, r: 1, p: 1 })));
    const hash = await L.bcryptAsync('pw', { cost: 4 });
    expect(await L.bcryptVerifyAsync('pw', hash)).toBe(true);
    expect(await L.bcryptVerifyAsync('px', hash)).toBe(false);
    const sync: number[] = [];
    L.scrypt('pw', 'salt', { N: 16, r: 1, p: 1, onProgress: (f) => sync.push(f) });
    expect(sync).toEqual([0, 1]);
  });

  it('refuses bad input with clear errors, before any work', async () => {
    const bad: [() => unknown, string | RegExp][] = [
      [() => L.argon2id('pw', 'saltsalt', { t: 0, m: 8 }), 't must be an integer from 1 to 4294967295; got 0'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 15, p: 2 }), 'm must be an integer from 16 to 4294967295; got 15'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, p: 0 }), 'p must be an integer from 1 to 16777215; got 0'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1.5, m: 8 }), 't must be an integer'],
      [() => L.argon2id('pw', 'saltsalt', { t: '1' as unknown as number, m: 8 }), 't must be an integer from 1 to 4294967295; got "1"'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, dkLen: 3 }), 'dkLen must be an integer from 4'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, version: 0x11 }), 'version must be 0x10 or 0x13; got 17'],
      [() => L.argon2id('pw', 'salt', { t: 1, m: 8 }), 'salt must be at least 8 bytes; got 4'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, personalization: new Uint8Array(33) }), 'personalization must be at most 32 bytes; got 33'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 2 ** 21 }), 'the parameters need 2147483648 bytes of memory, over maxmem (1073743872)'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 64, maxmem: 1024 }), 'the parameters need 65536 bytes of memory, over maxmem (1024)'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, maxmem: 0 }), 'maxmem must be an integer from 1'],
      [() => L.argon2id(42 as unknown as string, 'saltsalt', { t: 1, m: 8 }), 'password must be a string, ArrayBuffer or typed array; got number'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, key: 5 as unknown as string }), 'key must be a string, ArrayBuffer or typed array; got number'],
      [() => L.argon2id('pw', 'saltsalt', 7 as unknown as object), 'options must be an object; got 7'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, onProgress: 1 as unknown as () => void }), 'onProgress must be a function; got number'],
      [() => L.scrypt('pw', 'salt', { N: 1000, r: 8, p: 1 }), 'N must be a power of two; got 1000'],
      [() => L.scrypt('pw', 'salt', { N: 1, r: 8, p: 1 }), 'N must be an integer from 2'],
      [() => L.scrypt('pw', 'salt', { N: 16, r: 0, p: 1 }), 'r must be an integer from 1'],
      [() => L.scrypt('pw', 'salt', { N: 16, r: 1, p: 2 ** 21 }), 'p must be an integer from 1 to 1048576'],
      [() => L.scrypt('pw', 'salt', { N: 16, r: 1, p: 1, dkLen: 0 }), 'dkLen must be an integer from 1'],
      [() => L.scrypt('pw', 'salt', { N: 2 ** 20, r: 8, p: 2 }), 'the parameters need 1073744896 bytes of memory, over maxmem (1073743872)'],
      [() => L.scrypt('pw', 'salt', undefined as unknown as { N: number; r: number; p: number }), 'N must be an integer from 2'],
      [() => L.bcrypt('pw', { cost: 3 }), 'cost must be an integer from 4 to 31; got 3'],
      [() => L.bcrypt('pw', { cost: 32 }), 'cost must be an integer from 4 to 31; got 32'],
      [() => L.bcrypt('pw', { cost: 4, salt: new Uint8Array(15) }), 'salt must be 16 bytes; got 15'],
      [() => L.bcryptVerify('pw', '$2b$04$tooshort'), 'not a bcrypt hash'],
      [() => L.bcryptVerify('pw', '$2x$04$' + 'a'.repeat(53)), 'not a bcrypt hash'],
      [() => L.bcryptVerify('pw', '$2b$03$' + 'a'.repeat(53)), 'bcrypt cost must be from 4 to 31; got 3'],
      [() => L.bcryptVerify('pw', 5 as unknown as string), 'hash must be a string; got number'],
      [() => L.bcryptVerify('pw', null as unknown as string), 'hash must be a string; got null'],
      // null is not "the default", as in noble and the full entries.
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: null as unknown as number }), 'm must be an integer from 8 to 4294967295; got null'],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, dkLen: null as unknown as number }), 'dkLen must be an integer from 4'],
      [() => L.scrypt('pw', 'salt', { N: 16, r: 1, p: 1, dkLen: null as unknown as number }), 'dkLen must be an integer from 1'],
      // One buffer of 2 GiB or more does not fit in WebAssembly's memory, whatever maxmem allows.
      [() => L.scrypt('pw', 'salt', { N: 2 ** 21, r: 8, p: 1, maxmem: 3 * 2 ** 30 }), "the parameters need one buffer of 2147483648 bytes, over WebAssembly's 2147483647"],
      [() => L.argon2id('pw', 'saltsalt', { t: 1, m: 2 ** 21, p: 4, maxmem: 2 ** 31 + 4096 }), "the parameters need one buffer of 2147483648 bytes"],
    ];
    for (const [call, message] of bad) expect(call, String(message)).toThrow(message);
    // The async variants reject the same way (at the call).
    await expect(L.argon2idAsync('pw', 'salt', { t: 1, m: 8 })).rejects.toThrow('salt must be at least 8 bytes');
    await expect(L.scryptAsync('pw', 'salt', { N: 3, r: 1, p: 1 })).rejects.toThrow('N must be a power of two');
    await expect(L.bcryptVerifyAsync('pw', 'nope')).rejects.toThrow('not a bcrypt hash');
  });

  it('wipes its copies of the password and key when a call fails', async () => {
    const password = Uint8Array.from({ length: 20 }, (_, i) => 0x90 ^ i);
    const holdsPassword = (bytes: Uint8Array) => bytes.some((_, at) => password.every((byte, i) => bytes[at + i] === byte));
    const slice = Uint8Array.prototype.slice;
    const copies: Uint8Array[] = [];
    // Catch every copy the entries make of a Uint8Array.
    Uint8Array.prototype.slice = function (this: Uint8Array, ...args: [number?, number?]) {
      const copy = slice.apply(this, args);
      copies.push(copy);
      return copy;
    } as typeof slice;
    const throwing = () => {
      throw new Error('progress callback failed');
    };
    try {
      const failing: (() => unknown)[] = [
        () => L.argon2id(password, 'saltsalt', { t: 1, m: 8, key: 123 as unknown as string }),
        () => L.argon2id(123 as unknown as string, 'saltsalt', { t: 1, m: 8, key: password }), // the key was copied first
        () => L.argon2id(password, 'saltsalt', { t: 1, m: 8, key: password, onProgress: 'x' as unknown as () => void }),
        () => L.argon2id(password, 'saltsalt', { t: 1, m: 8, key: password, onProgress: throwing }),
        () => L.scrypt(password, null as unknown as string, { N: 16, r: 1, p: 1 }),
        () => L.scrypt(password, 'salt', { N: 16, r: 1, p: 1, onProgress: throwing }),
        () => L.bcrypt(password, { cost: 4, onProgress: throwing }),
      ];
      for (const call of failing) expect(call).toThrow();
      await expect(L.argon2idAsync(password, 'saltsalt', { t: 1, m: 8, onProgress: throwing })).rejects.toThrow('progress callback failed');
      await expect(L.bcryptVerifyAsync(password, L.bcrypt('x', { cost: 4 }), { onProgress: throwing })).rejects.toThrow('progress callback failed');
    } finally {
      Uint8Array.prototype.slice = slice;
    }
    expect(copies.some((copy) => copy.length >= password.length)).toBe(true); // the copies were caught…
    expect(copies.some(holdsPassword)).toBe(false); // …and wiped
  });

  it('never traps on random parameters: a result or a RangeError/TypeError', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (t, m, p) => {
        try {
          L.argon2id('pw', 'saltsalt', { t, m, p, maxmem: 2 ** 20 } as Parameters<typeof L.argon2id>[2]);
        } catch (error) {
          expect(error instanceof RangeError || error instanceof TypeError, String(error)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('lite Argon2 password storage (PHC strings)', () => {
  const L = entries[0]!.lib;

  it('writes strings the full entry, hash-wasm and the reference verify, and reads theirs', async () => {
    const stored = L.hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(L.verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(L.verifyPassword(stored, 'Tr0ub4dor&3')).toBe(false);
    expect(full.verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await hashWasm.argon2Verify({ password: 'correct horse battery staple', hash: stored })).toBe(true);
    const fromFull = full.hashPassword('pw', { algorithm: 'argon2i', m: 256, t: 3, p: 2, dkLen: 20, saltLen: 8 });
    expect(L.verifyPassword(fromFull, 'pw')).toBe(true);
    const fromHashWasm = await hashWasm.argon2d({ password: 'pw', salt: new Uint8Array(16).fill(9), iterations: 2, memorySize: 64, parallelism: 1, hashLength: 24, outputType: 'encoded' });
    expect(L.verifyPassword(fromHashWasm, 'pw')).toBe(true);
    expect(L.verifyPassword(fromHashWasm, 'px')).toBe(false);
    // The reference implementation's strings (version 0x10 without v=, too), parameters in any order.
    for (const v of ARGON2.phc.filter((v: Json) => !v.expensive && v.m_kib <= 4096) as Json[]) {
      expect(L.verifyPassword(v.encoded, v.password), v.encoded).toBe(true);
      const [, id, version, params, ...rest] = (v.encoded as string).split('$');
      const reordered = ['', id, version, params!.split(',').reverse().join(','), ...rest].join('$');
      expect(L.verifyPassword(reordered, v.password), reordered).toBe(true);
    }
  });

  it('takes the full entry\'s options: variant, costs, lengths and a secret (pepper)', async () => {
    const stored = L.hashPassword('pw', { algorithm: 'argon2d', m: 64, t: 1, p: 2, dkLen: 16, saltLen: 24, secret: 'pepper' });
    expect(stored).toMatch(/^\$argon2d\$v=19\$m=64,t=1,p=2\$[A-Za-z0-9+/]{32}\$[A-Za-z0-9+/]{22}$/);
    expect(L.verifyPassword(stored, 'pw', { secret: 'pepper' })).toBe(true);
    expect(full.verifyPassword(stored, 'pw', { secret: 'pepper' })).toBe(true);
    expect(L.verifyPassword(stored, 'pw')).toBe(false);
    expect(L.verifyPassword(full.hashPassword('pw', { m: 64, t: 1, secret: 'k' }), 'pw', { secret: 'k' })).toBe(true);
    const progress: number[] = [];
    const later = await L.hashPasswordAsync('pw', { m: 64, t: 1, onProgress: (f) => progress.push(f) });
    expect(progress).toEqual([0, 1]);
    expect(await L.verifyPasswordAsync(later, 'pw')).toBe(true);
    expect(await L.verifyPasswordAsync(later, 'px')).toBe(false);
  });

  it('refuses what the full entry refuses, with clear errors', async () => {
    const valid = L.hashPassword('pw', { m: 64, t: 1 });
    const bad: [() => unknown, string][] = [
      [() => L.hashPassword('pw', { algorithm: 'scrypt' as 'argon2id' }), 'algorithm must be argon2id, argon2i or argon2d here (/password has the others); got scrypt'],
      [() => L.hashPassword('pw', { dkLen: 15 }), 'dkLen must be an integer from 16 to 1024; got 15'],
      [() => L.hashPassword('pw', { saltLen: 7 }), 'saltLen must be an integer from 8 to 1024; got 7'],
      [() => L.hashPassword('pw', { m: 2 ** 24, t: 3 }), 'Argon2 m × t must be at most 33554432 for password storage'],
      [() => L.hashPassword('pw', { m: 7 }), 'm must be an integer from 8'],
      [() => L.hashPassword('pw', { secret: 5 as unknown as string }), 'secret must be a string, ArrayBuffer or typed array; got number'],
      [() => L.verifyPassword(L.bcrypt('pw', { cost: 4 }), 'pw'), 'not an Argon2 PHC string (/password reads the others)'],
      [() => L.verifyPassword('$scrypt$ln=4,r=1,p=1$AAAA$AAAA', 'pw'), 'not an Argon2 PHC string'],
      [() => L.verifyPassword(valid.replace(',t=1', ''), 'pw'), 'malformed PHC string: missing parameter t'],
      [() => L.verifyPassword(valid.replace('m=64', 'm=064'), 'pw'), 'malformed PHC string: m is not a decimal number'],
      [() => L.verifyPassword(valid.replace('v=19', 'v=18'), 'pw'), 'unsupported Argon2 version 18'],
      [() => L.verifyPassword(valid.replace('p=1', 'p=1,keyid=AAAA'), 'pw'), 'Argon2 key ids (keyid=) are not supported'],
      [() => L.verifyPassword(valid.replace('m=64', 'm=33554432').replace('t=1', 't=2'), 'pw'), 'Argon2 m × t must be at most 33554432'],
      [() => L.verifyPassword(valid.replace('m=64', 'm=1048576'), 'pw', { maxmem: 2 ** 20 }), 'the parameters need 1073741824 bytes of memory, over maxmem (1048576)'],
      // The last of 43 characters carries 2 unused bits: B and C set one.
      [() => L.verifyPassword(valid.slice(0, -1) + (valid.endsWith('B') ? 'C' : 'B'), 'pw'), 'malformed PHC string: the hash is not canonical base64'],
      [() => L.verifyPassword(valid.slice(0, -2), 'pw'), 'malformed PHC string: the hash is not base64'],
      [() => L.verifyPassword(5 as unknown as string, 'pw'), 'encoded must be a string; got number'],
    ];
    for (const [call, message] of bad) expect(call, message).toThrow(message);
    await expect(L.verifyPasswordAsync('nope', 'pw')).rejects.toThrow('not an Argon2 PHC string');
    // Each malformed string the full entry refuses, the lite entry refuses too, and the other way round.
    fc.assert(
      fc.property(fc.string({ maxLength: 90 }), fc.nat({ max: valid.length }), (junk, at) => {
        const mangled = valid.slice(0, at) + junk + valid.slice(at + junk.length);
        const outcome = (verify: () => boolean) => {
          try {
            return String(verify());
          } catch (error) {
            return error instanceof RangeError ? 'RangeError' : String(error);
          }
        };
        const lite = outcome(() => L.verifyPassword(mangled, 'pw'));
        const fullOutcome = outcome(() => full.verifyPassword(mangled, 'pw'));
        if (mangled.startsWith('$argon2')) expect(lite).toBe(fullOutcome);
        else expect(lite).toBe('RangeError');
      }),
      { numRuns: 200 },
    );
  });
});

describe('lite password hashes: loading and wiping', () => {
  const dist = new URL('../../packages/crypto/dist/lite/', import.meta.url);
  const wasm = (name: string) => readFileSync(new URL(`../../packages/crypto/wasm/lite_${name}.wasm`, import.meta.url));
  const web = async <T>(name: string) => (await import(/* @vite-ignore */ new URL(`${name}.web.js?${Math.random()}`, dist).href)) as T;

  it('needs init() in the web entry, takes bytes, a Response or a Module, and names a wrong module', async () => {
    const argon2 = await web<typeof import('@org/wasm-crypto/lite/argon2')>('argon2');
    const password = Uint8Array.from(Buffer.from('a password'));
    let copy: Uint8Array | undefined;
    const slice = Uint8Array.prototype.slice;
    Uint8Array.prototype.slice = function (this: Uint8Array, ...args: [number?, number?]) {
      return this.buffer === password.buffer ? (copy = slice.apply(this, args)) : slice.apply(this, args);
    } as typeof slice;
    try {
      expect(() => argon2.argon2id(password, 'saltsalt', { t: 1, m: 8 })).toThrow('lite/argon2: call `await init()` first');
    } finally {
      Uint8Array.prototype.slice = slice;
    }
    expect(copy?.every((byte) => byte === 0)).toBe(true); // the copy made before the failure is wiped
    await expect(argon2.init(wasm('scrypt'))).rejects.toThrow('lite/argon2: not the lite_argon2.wasm module');
    await Promise.all([argon2.init(new Response(wasm('argon2'))), argon2.init(new Response(wasm('argon2')))]);
    expect(hex(argon2.argon2id('pw', 'saltsalt', { t: 1, m: 8 }))).toBe(hex(nArgon2id('pw', 'saltsalt', { t: 1, m: 8, p: 1 })));
    const bcrypt = await web<typeof import('@org/wasm-crypto/lite/bcrypt')>('bcrypt');
    bcrypt.initSync(new WebAssembly.Module(wasm('bcrypt')));
    expect(bcrypt.bcryptVerify('U*U', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW')).toBe(true);
    const scrypt = await web<typeof import('@org/wasm-crypto/lite/scrypt')>('scrypt');
    await expect(scrypt.init(new Response('missing', { status: 404 }))).rejects.toThrow('lite/scrypt: fetching the module gave HTTP 404');
    await scrypt.init(wasm('scrypt'));
    const options = { N: 1024, r: 8, p: 2, dkLen: 40 };
    expect(hex(scrypt.scrypt('pw', 'salt', options))).toBe(hex(nScrypt('pw', 'salt', options)));
  });

  it.each(['@org/wasm-crypto/lite/scrypt', '@org/wasm-crypto/lite/scrypt/inline'])(
    '%s picks the SIMD128 build where the engine runs it, the baseline elsewhere',
    (entry) => {
      // In fresh processes (an entry loads its module once): Node runs SIMD128, and a stubbed
      // WebAssembly.validate stands for an engine that does not.
      const run = (stub: string) => {
        const script = `${stub}
          const sizes = [];
          WebAssembly.Module = new Proxy(WebAssembly.Module, {
            construct: (Module, [bytes]) => (sizes.push(bytes.byteLength), new Module(bytes)),
          });
          const { scrypt } = await import('${entry}');
          const key = Buffer.from(scrypt('password', 'NaCl', { N: 1024, r: 8, p: 16, dkLen: 64 })).toString('hex');
          console.log(JSON.stringify({ key, sizes }));`;
        const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: new URL('../../packages/crypto/', import.meta.url), encoding: 'utf8' });
        return JSON.parse(out.trim().split('\n').pop()!) as { key: string; sizes: number[] };
      };
      const rfc7914 = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';
      const size = (file: string) => wasm(file).length;
      expect(size('scrypt')).not.toBe(size('scrypt_simd'));
      expect(run('')).toEqual({ key: rfc7914, sizes: [size('scrypt_simd')] });
      expect(run('WebAssembly.validate = () => false;')).toEqual({ key: rfc7914, sizes: [size('scrypt')] });
    },
  );

  it('runs each derivation in a fresh instance and leaves its whole memory zeroed', () => {
    const L = entries[0]!.lib;
    const memories: WebAssembly.Memory[] = [];
    const Instance = WebAssembly.Instance;
    // Catch the instances the entries make, to read their memory afterwards.
    WebAssembly.Instance = function (module: WebAssembly.Module, imports?: WebAssembly.Imports) {
      const instance = new Instance(module, imports);
      memories.push(instance.exports.memory as WebAssembly.Memory);
      return instance;
    } as unknown as typeof WebAssembly.Instance;
    const secret = Uint8Array.from({ length: 24 }, (_, i) => 0xc0 ^ i);
    try {
      L.argon2id(secret, 'saltsalt', { t: 2, m: 1024, p: 2, key: secret });
      L.scrypt(secret, 'salt', { N: 1024, r: 8, p: 2 });
      L.bcrypt(secret, { cost: 4 });
      expect(() => L.argon2id(secret, 'saltsalt', { t: 1, m: 8, dkLen: 2 ** 20 + 1 })).toThrow(RangeError);
    } finally {
      WebAssembly.Instance = Instance;
    }
    expect(memories.length).toBe(3);
    // Argon2's 1 MiB of blocks and scrypt's 1 MiB V were in these memories; nothing is left.
    expect(memories[0]!.buffer.byteLength).toBeGreaterThan(1 << 20);
    expect(memories[1]!.buffer.byteLength).toBeGreaterThan(1 << 20);
    for (const memory of memories) expect(new Uint8Array(memory.buffer).every((byte) => byte === 0)).toBe(true);
  });
});
