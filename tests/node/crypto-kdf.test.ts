// KDFs and password hashing of @org/wasm-crypto: RFC vectors from tests/fixtures/crypto, the
// reference Argon2 PHC strings, bcrypt vectors, differential properties against @noble/hashes,
// interop with hash-wasm's encoded strings (both directions), and the bad-input contract.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { argon2id as nArgon2id } from '@noble/hashes/argon2.js';
import { blake2b as nBlake2b, blake2s as nBlake2s } from '@noble/hashes/blake2.js';
import { blake3 as nBlake3 } from '@noble/hashes/blake3.js';
import { hmac as nHmac } from '@noble/hashes/hmac.js';
import { expand as nHkdfExpand, hkdf as nHkdf } from '@noble/hashes/hkdf.js';
import { sha1 as nSha1 } from '@noble/hashes/legacy.js';
import { pbkdf2 as nPbkdf2 } from '@noble/hashes/pbkdf2.js';
import { scrypt as nScrypt } from '@noble/hashes/scrypt.js';
import { sha256 as nSha256, sha512 as nSha512 } from '@noble/hashes/sha2.js';
import {
  cshake128 as nCshake128,
  kt128 as nKt128,
  kt256 as nKt256,
  parallelhash128 as nParallelhash128,
  parallelhash256xof as nParallelhash256xof,
  tuplehash128 as nTuplehash128,
  tuplehash256xof as nTuplehash256xof,
  turboshake128 as nTurboshake128,
  turboshake256 as nTurboshake256,
} from '@noble/hashes/sha3-addons.js';
import { keccak_256 as nKeccak256, sha3_256 as nSha3_256, shake128 as nShake128, shake128_32 as nShake128_32, shake256 as nShake256, shake256_64 as nShake256_64 } from '@noble/hashes/sha3.js';
import fc from 'fast-check';
import * as hashwasm from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';
import { splitAt, streamed } from './streaming.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const fixture = (name: string): Json => JSON.parse(readFileSync(new URL(`../fixtures/crypto/${name}.json`, import.meta.url), 'utf8'));
const KDF = fixture('kdf');
const ARGON2 = fixture('argon2');
const BCRYPT = fixture('bcrypt');
const PASSLIB = fixture('passlib-pbkdf2');

const fromHex = (h: string): Uint8Array => new Uint8Array(Buffer.from(h, 'hex'));
const ascii = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'latin1'));
const HASHES: Record<string, string> = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-512': 'sha512', 'HMAC-SHA-1': 'sha1', 'HMAC-SHA-256': 'sha256', 'HMAC-SHA-512': 'sha512' };
const variantName = (variant: string): 'argon2d' | 'argon2i' | 'argon2id' => variant.toLowerCase() as never;

/** PHC salts are unpadded standard base64. */
const b64 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64'));

// The native `argon2` addon (the reference C implementation), pinned at 0.44.0: 0.45 ships a
// Node-API 10 binary that crashes Node 20.
const nativeArgon2: Json = createRequire(import.meta.url)('argon2');

describe.each(cryptoEntries)('KDF vectors ($kind)', ({ kind, lib }) => {
  const L = lib as Json;

  describe('RFC 5869 HKDF', () => {
    const vectors = KDF.vectors.filter((v: Json) => v.type === 'HKDF');
    it.each(vectors.map((v: Json) => [v.test_case, v]) as [string, Json][])('%s', (_name, v: Json) => {
      const hash = L[HASHES[v.hash]!];
      const ikm = fromHex(v.ikm);
      const salt = v.salt === null ? undefined : fromHex(v.salt);
      const info = fromHex(v.info);
      expect(hex(L.hkdf(hash, ikm, salt, info, v.L))).toBe(v.okm);
      const prk = L.extract(hash, ikm, salt);
      expect(hex(prk)).toBe(v.prk);
      expect(hex(L.expand(hash, prk, info, v.L))).toBe(v.okm);
      if (v.salt === null) expect(hex(L.hkdf(hash, ikm, new Uint8Array(hash.outputLen), info, v.L))).toBe(v.okm);
    });
  });

  describe('RFC 6070 PBKDF2-HMAC-SHA1 and RFC 7914 PBKDF2-HMAC-SHA256', () => {
    const vectors = KDF.vectors.filter((v: Json) => v.type === 'PBKDF2' && !v.expensive); // skips c = 16777216
    it.each(vectors.map((v: Json) => [`${v.prf} c=${v.c} dkLen=${v.dkLen} ${JSON.stringify(v.password)}`, v]) as [string, Json][])('%s', async (_name, v: Json) => {
      const hash = L[HASHES[v.prf]!];
      const pw = fromHex(v.password_hex);
      const salt = fromHex(v.salt_hex);
      expect(hex(L.pbkdf2(hash, pw, salt, { c: v.c, dkLen: v.dkLen }))).toBe(v.dk);
      if (v.c <= 4096) expect(hex(await L.pbkdf2Async(hash, pw, salt, { c: v.c, dkLen: v.dkLen }))).toBe(v.dk);
    });
  });

  describe('RFC 7914 scrypt', () => {
    const vectors = KDF.vectors.filter((v: Json) => v.type === 'scrypt' && v.N < 1048576); // skips N = 2^20 (1 GiB)
    it.each(vectors.map((v: Json) => [`N=${v.N} r=${v.r} p=${v.p}`, v]) as [string, Json][])('%s', (_name, v: Json) => {
      expect(hex(L.scrypt(fromHex(v.password_hex), fromHex(v.salt_hex), { N: v.N, r: v.r, p: v.p, dkLen: v.dkLen }))).toBe(v.dk);
    });
    it('scryptAsync agrees on the first vector', async () => {
      const v = vectors[0];
      expect(hex(await L.scryptAsync(fromHex(v.password_hex), fromHex(v.salt_hex), { N: v.N, r: v.r, p: v.p, dkLen: v.dkLen }))).toBe(v.dk);
    });
  });

  describe('RFC 9106 Argon2 (version 0x13) and reference version 0x10 KATs', () => {
    it.each(ARGON2.kat.map((v: Json) => [`${v.variant} v=${v.version_hex}`, v]) as [string, Json][])('%s', (_name, v: Json) => {
      const fn = L[variantName(v.variant)];
      const opts = { t: v.t, m: v.m_kib, p: v.p, dkLen: v.tag_len, version: v.version, key: fromHex(v.secret), personalization: fromHex(v.ad) };
      expect(hex(fn(fromHex(v.password), fromHex(v.salt), opts))).toBe(v.tag);
    });
  });

  describe('reference Argon2 PHC strings (m <= 65536 KiB)', () => {
    const cases = ARGON2.phc.filter((v: Json) => !v.expensive && v.m_kib <= 65536);
    it.each(cases.map((v: Json) => [v.encoded, v]) as [string, Json][])('%s', (_enc, v: Json) => {
      expect(L.verifyPassword(v.encoded, v.password)).toBe(true);
      expect(L.verifyPassword(v.encoded, `${v.password}!`)).toBe(false);
      // The raw tag once (ESM entry only, to keep the file fast).
      if (kind === 'esm') {
        const fn = L[variantName(v.variant)];
        expect(hex(fn(v.password, v.salt, { t: v.t, m: v.m_kib, p: v.p, dkLen: v.tag_len, version: v.version }))).toBe(v.tag);
      }
    });
  });

  describe('bcrypt vectors (pyca/bcrypt, OpenBSD, Openwall, jBCrypt)', () => {
    it.each(BCRYPT.vectors.map((v: Json, i: number) => [`#${i} ${v.hash}`, v]) as [string, Json][])('%s', (_name, v: Json) => {
      const password = fromHex(v.password_hex);
      expect(L.bcryptVerify(password, v.hash)).toBe(true);
      expect(L.verifyPassword(v.hash, password)).toBe(true);
      const wrong = new Uint8Array([...password, 0x21]);
      expect(L.bcryptVerify(wrong.subarray(0, 72), v.hash)).toBe(password.length >= 72); // bcrypt uses at most 72 bytes
      if (v.password !== undefined) expect(L.bcryptVerify(v.password, v.hash)).toBe(true);
      // Recompute from the salt (hash = '$2x$NN$' + 22 salt chars + 31 hash chars).
      const cost = Number(v.hash.slice(4, 6));
      const salt = L.bcryptUnbase64(v.hash.slice(7, 29), 16);
      const ours: string = L.bcrypt(password, { cost, salt });
      expect(ours.slice(0, 4)).toBe('$2b$');
      expect(ours.slice(4)).toBe(v.hash.slice(4));
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Differential properties vs @noble/hashes
// ---------------------------------------------------------------------------------------------

describe.each(cryptoEntries)('differential vs @noble/hashes ($kind)', ({ lib }) => {
  const L = lib as Json;
  const bytes = (max: number) => fc.uint8Array({ maxLength: max, size: 'max' });
  // Every kind of hash the keyed constructions take: block-buffered (SHA-2, SHA-1), sponge
  // (SHA-3, Keccak, SHAKE at its default length) and BLAKE2/BLAKE3.
  const pick = fc.constantFrom(
    ['sha256', nSha256] as const,
    ['sha512', nSha512] as const,
    ['sha1', nSha1] as const,
    ['sha3_256', nSha3_256] as const,
    ['keccak_256', nKeccak256] as const,
    ['shake128', nShake128] as const,
    ['shake256', nShake256] as const,
    ['shake128_32', nShake128_32] as const,
    ['shake256_64', nShake256_64] as const,
    ['blake2b', nBlake2b] as const,
    ['blake2s', nBlake2s] as const,
    ['blake3', nBlake3] as const,
    ['cshake128', nCshake128 as Json] as const,
    ['turboshake128', nTurboshake128 as Json] as const,
    ['turboshake256', nTurboshake256 as Json] as const,
    ['kt128', nKt128 as Json] as const,
    ['kt256', nKt256 as Json] as const,
    ['tuplehash128', nTuplehash128 as Json] as const,
    ['tuplehash256xof', nTuplehash256xof as Json] as const,
    ['parallelhash128', nParallelhash128 as Json] as const,
    ['parallelhash256xof', nParallelhash256xof as Json] as const,
  );

  it('hmac, one-shot and streamed in random chunks, with keys around the block length', () => {
    // Key lengths drawn around the block length (shorter, equal, longer: the hashed-key path).
    const keyAround = pick.chain(([name, ref]) =>
      fc.tuple(fc.constant([name, ref] as const), fc.integer({ min: 0, max: 2 * ref.blockLen + 1 }).chain((length) => fc.uint8Array({ minLength: length, maxLength: length }))),
    );
    const message = fc.integer({ min: 0, max: 400 }).chain((length) => fc.uint8Array({ minLength: length, maxLength: length }));
    fc.assert(
      fc.property(keyAround, message, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), ([[name, ref], key], msg, cuts) => {
        const parts = splitAt(msg, cuts);
        const stream = L.hmac.create(L[name], key);
        // Compared with noble's stream of the same parts: TupleHash takes each update() as one element.
        const ok = hex(L.hmac(L[name], key, msg)) === hex(nHmac(ref, key, msg)) && hex(streamed(stream, parts)) === hex(streamed(nHmac.create(ref, key), parts));
        return ok && stream.outputLen === ref.outputLen;
      }),
      { numRuns: 150 },
    );
  });

  it('an HMAC hasher has a fixed output even over an XOF', () => {
    for (const name of ['shake128', 'shake256', 'blake3']) {
      const mac = L.hmac.create(L[name], 'key');
      expect(mac.canXOF, name).toBe(false);
      expect(mac.clone().canXOF, name).toBe(false);
      expect(() => mac.xof(16), name).toThrow(TypeError);
    }
  });

  it('expand defaults to 32 bytes, as noble, and refuses a PRK shorter than one hash length', () => {
    const prk = new Uint8Array(64).fill(7);
    const info = new TextEncoder().encode('info');
    expect(hex(L.expand(L.sha512, prk, info))).toBe(hex(nHkdfExpand(nSha512, prk, info)));
    expect(L.expand(L.sha512, prk)).toHaveLength(32);
    expect(() => L.expand(L.sha512, prk.subarray(0, 63), 'info', 16)).toThrow(RangeError);
  });

  it('pbkdf2 with small random params', () => {
    fc.assert(
      fc.property(pick, bytes(100), bytes(100), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 200 }), ([name, ref], pw, salt, c, dkLen) => {
        return hex(L.pbkdf2(L[name], pw, salt, { c, dkLen })) === hex(nPbkdf2(ref, pw, salt, { c, dkLen }));
      }),
      { numRuns: 50 },
    );
  });

  it('async KDFs never change the caller’s Node Buffers (whose slice() shares their memory)', async () => {
    const password = Buffer.from('a password');
    const salt = Buffer.from('some salt value');
    const before = [password.toString('hex'), salt.toString('hex')];
    await L.pbkdf2Async(L.sha256, password, salt, { c: 2 });
    await L.scryptAsync(password, salt, { N: 16, r: 1, p: 1 });
    await L.argon2idAsync(password, salt, { t: 1, m: 8, p: 1 });
    expect(await L.verifyPasswordAsync(await L.hashPasswordAsync(password, { m: 64, t: 1 }), password)).toBe(true);
    expect([password.toString('hex'), salt.toString('hex')]).toEqual(before);
  });

  it('pbkdf2Async over BLAKE2, BLAKE3 and SHAKE (workers of their families) equals noble', async () => {
    const workers = (globalThis as Record<symbol, Record<string, unknown>>)[Symbol.for('@org/wasm-crypto/off-thread')];
    expect(Object.keys(workers ?? {})).toEqual(expect.arrayContaining(['blake2', 'blake3', 'sha3']));
    for (const [name, ref] of [['blake2b', nBlake2b], ['blake2s', nBlake2s], ['blake3', nBlake3], ['shake256', nShake256]] as const) {
      const expected = hex(nPbkdf2(ref, 'password', 'salt', { c: 100, dkLen: 40 }));
      expect(hex(await L.pbkdf2Async(L[name], 'password', 'salt', { c: 100, dkLen: 40 })), name).toBe(expected);
    }
  });

  it('hkdf with random salt / info / length', () => {
    fc.assert(
      fc.property(pick, bytes(100), fc.option(bytes(100), { nil: undefined }), bytes(100), fc.integer({ min: 1, max: 255 * 20 }), ([name, ref], ikm, salt, info, len) => {
        const length = Math.min(len, 255 * ref.outputLen);
        return hex(L.hkdf(L[name], ikm, salt, info, length)) === hex(nHkdf(ref, ikm, salt, info, length));
      }),
      { numRuns: 50 },
    );
  });

  it('scrypt with small random params', () => {
    fc.assert(
      fc.property(bytes(40), bytes(40), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 100 }), (pw, salt, log2N, r, p, dkLen) => {
        const opts = { N: 2 ** log2N, r, p, dkLen };
        return hex(L.scrypt(pw, salt, opts)) === hex(nScrypt(pw, salt, opts));
      }),
      { numRuns: 30 },
    );
  });

  it('argon2id with small random params, key and personalization', () => {
    fc.assert(
      fc.property(
        bytes(40),
        fc.uint8Array({ minLength: 8, maxLength: 32 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 0, max: 64 }),
        fc.integer({ min: 4, max: 100 }),
        fc.option(bytes(32), { nil: undefined }),
        fc.option(bytes(32), { nil: undefined }),
        (pw, salt, t, p, extraM, dkLen, key, personalization) => {
          const m = 8 * p + extraM;
          const want = hex(nArgon2id(pw, salt, { t, m, p, dkLen, key, personalization } as Json));
          return hex(L.argon2id(pw, salt, { t, m, p, dkLen, key, personalization })) === want;
        },
      ),
      { numRuns: 30 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Interop with hash-wasm's encoded strings and the native argon2 package
// ---------------------------------------------------------------------------------------------

describe.each(cryptoEntries)('interop ($kind)', ({ lib }) => {
  const L = lib as Json;

  it.each(['argon2id', 'argon2i', 'argon2d'] as const)('hash-wasm %s encoded strings verify with verifyPassword', async (variant) => {
    // hash-wasm rejects empty passwords
    for (const [i, pw] of ['correct horse', 'a', 'pässwörd ✓'].entries()) {
      const encoded = await hashwasm[variant]({
        password: pw,
        salt: new Uint8Array(16).fill(i + 1),
        iterations: 2,
        parallelism: 1 + i,
        memorySize: 64 + 32 * i,
        hashLength: 32 + i,
        outputType: 'encoded',
      });
      expect(encoded.startsWith(`$${variant}$v=19$`)).toBe(true);
      expect(L.verifyPassword(encoded, pw)).toBe(true);
      expect(L.verifyPassword(encoded, `${pw}x`)).toBe(false);
      expect(await L.verifyPasswordAsync(encoded, pw)).toBe(true);
    }
  });

  it('our hashPassword argon2 strings verify with hash-wasm argon2Verify', async () => {
    for (const algorithm of ['argon2id', 'argon2i', 'argon2d'] as const) {
      const encoded: string = L.hashPassword('secret pw', { algorithm, t: 2, m: 256, p: 2 });
      expect(encoded.startsWith(`$${algorithm}$v=19$m=256,t=2,p=2$`)).toBe(true);
      expect(await hashwasm.argon2Verify({ password: 'secret pw', hash: encoded })).toBe(true);
      expect(await hashwasm.argon2Verify({ password: 'secret pX', hash: encoded })).toBe(false);
    }
  });

  it('hash-wasm bcrypt ($2a$) strings verify with bcryptVerify and verifyPassword', async () => {
    for (const [i, pw] of ['hunter2', 'x'.repeat(72), 'ünïcødé'].entries()) {
      const encoded = await hashwasm.bcrypt({ password: pw, salt: new Uint8Array(16).fill(7 * i + 3), costFactor: 4, outputType: 'encoded' });
      expect(encoded.startsWith('$2a$04$')).toBe(true);
      expect(L.bcryptVerify(pw, encoded)).toBe(true);
      expect(L.verifyPassword(encoded, pw)).toBe(true);
      expect(L.bcryptVerify(`${pw}?`.slice(0, 71) + '?', encoded)).toBe(false);
    }
  });

  it('our bcrypt strings verify with hash-wasm bcryptVerify', async () => {
    for (const pw of ['hunter2', 'ünïcødé', 'y'.repeat(60)]) {
      const ours: string = L.bcrypt(pw, { cost: 4 });
      expect(ours).toMatch(/^\$2b\$04\$[./A-Za-z0-9]{53}$/);
      expect(await hashwasm.bcryptVerify({ password: pw, hash: ours })).toBe(true);
      expect(await hashwasm.bcryptVerify({ password: `${pw}!`, hash: ours })).toBe(false);
      const viaPhc: string = L.hashPassword(pw, { algorithm: 'bcrypt', cost: 4 });
      expect(await hashwasm.bcryptVerify({ password: pw, hash: viaPhc })).toBe(true);
    }
  });

  it('native argon2 addon: strings verify both ways, for every variant, with a secret and associated data', async () => {
    for (const [algorithm, type] of [['argon2id', nativeArgon2.argon2id], ['argon2i', nativeArgon2.argon2i], ['argon2d', nativeArgon2.argon2d]] as const) {
      const theirs: string = await nativeArgon2.hash('native pw', { type, memoryCost: 256, timeCost: 2, parallelism: 2 });
      expect(L.verifyPassword(theirs, 'native pw')).toBe(true);
      expect(L.verifyPassword(theirs, 'native px')).toBe(false);
      const ours: string = L.hashPassword('native pw', { algorithm, t: 2, m: 256, p: 1 });
      expect(await nativeArgon2.verify(ours, 'native pw')).toBe(true);
      expect(await nativeArgon2.verify(ours, 'native px')).toBe(false);
    }
    // A pepper (secret) and associated data (written as data= in the string).
    const secret = Buffer.from('pepper pepper');
    const withData: string = await nativeArgon2.hash('pw', { type: nativeArgon2.argon2id, memoryCost: 256, timeCost: 1, parallelism: 1, secret, associatedData: Buffer.from('ad') });
    expect(withData).toContain(',data=');
    expect(L.verifyPassword(withData, 'pw', { secret })).toBe(true);
    expect(L.verifyPassword(withData, 'pw')).toBe(false);
    // Parameters in another order (as argon2 0.45 writes them: m, p, t).
    const reordered = withData.replace(/m=(\d+),t=(\d+),p=(\d+)/, 'm=$1,p=$3,t=$2');
    expect(reordered).not.toBe(withData);
    expect(L.verifyPassword(reordered, 'pw', { secret })).toBe(true);
  });

  it('native argon2 addon: raw outputs match for random parameters', async () => {
    const cases = [[1, 64, 1, 16], [2, 128, 2, 32], [3, 96, 3, 20]] as const;
    for (const [t, m, p, dkLen] of cases) {
      const salt = Buffer.from(`salt-${t}-${m}-${p}-xx`);
      const theirs: Buffer = await nativeArgon2.hash('pw', { type: nativeArgon2.argon2id, memoryCost: m, timeCost: t, parallelism: p, hashLength: dkLen, salt, raw: true });
      expect(hex(L.argon2id('pw', salt, { t, m, p, dkLen }))).toBe(theirs.toString('hex'));
    }
  });
});

// ---------------------------------------------------------------------------------------------
// hashPassword / verifyPassword behaviour, async variants and bad input
// ---------------------------------------------------------------------------------------------

describe.each(cryptoEntries)('password hashing API ($kind)', ({ lib }) => {
  const L = lib as Json;

  it('hashPassword defaults to argon2id m=19456,t=2,p=1 with a 16-byte salt, fresh each call', () => {
    const a: string = L.hashPassword('pw');
    const b: string = L.hashPassword('pw');
    const parts = a.split('$');
    expect(parts.slice(0, 4)).toEqual(['', 'argon2id', 'v=19', 'm=19456,t=2,p=1']);
    expect(b64(parts[4]!).length).toBe(16);
    expect(b64(parts[5]!).length).toBe(32);
    expect(b.split('$')[4]).not.toBe(parts[4]);
    expect(a).not.toBe(b);
    expect(L.verifyPassword(a, 'pw')).toBe(true);
    expect(L.verifyPassword(b, 'pw')).toBe(true);
    expect(L.verifyPassword(a, 'pW')).toBe(false);
  });

  it.each([
    ['argon2id', { t: 1, m: 64, p: 1 }],
    ['argon2i', { t: 1, m: 64, p: 1 }],
    ['argon2d', { t: 1, m: 64, p: 1 }],
    ['scrypt', { N: 1024, r: 4, p: 1 }],
    ['pbkdf2-sha256', { c: 1000 }],
    ['pbkdf2-sha512', { c: 1000 }],
    ['bcrypt', { cost: 4 }],
  ])('%s round-trips through hashPassword / verifyPassword (sync and async)', async (algorithm, params) => {
    const encoded: string = L.hashPassword('round trip', { algorithm, ...params });
    expect(L.verifyPassword(encoded, 'round trip')).toBe(true);
    expect(L.verifyPassword(encoded, 'round trap')).toBe(false);
    const asyncEncoded: string = await L.hashPasswordAsync('round trip', { algorithm, ...params });
    expect(await L.verifyPasswordAsync(asyncEncoded, 'round trip')).toBe(true);
    expect(await L.verifyPasswordAsync(asyncEncoded, 'round trap')).toBe(false);
  });

  it('needsRehash: false for what hashPassword writes now, true when algorithm, a cost, a length or the version differs', () => {
    const argon = { t: 1, m: 64, p: 1 };
    const stored: string = L.hashPassword('pw', argon);
    expect(L.needsRehash(stored, argon)).toBe(false);
    expect(L.needsRehash(stored.replace('m=64,t=1,p=1', 't=1,p=1,m=64'), argon)).toBe(false); // any parameter order
    for (const target of [{ ...argon, t: 2 }, { ...argon, m: 128 }, { ...argon, p: 2 }, { ...argon, dkLen: 64 }, { ...argon, saltLen: 32 }, { ...argon, algorithm: 'argon2i' }, { algorithm: 'scrypt' }]) {
      expect(L.needsRehash(stored, target), JSON.stringify(target)).toBe(true);
    }
    expect(L.needsRehash(stored.replace('$v=19', ''), argon)).toBe(true); // Argon2 version 0x10
    expect(L.needsRehash(L.hashPassword('pw'))).toBe(false); // the defaults on both sides
    expect(L.needsRehash(stored)).toBe(true);
    const bcrypt: string = L.hashPassword('pw', { algorithm: 'bcrypt', cost: 5 });
    expect(L.needsRehash(bcrypt, { algorithm: 'bcrypt', cost: 5 })).toBe(false);
    expect(L.needsRehash(bcrypt.replace('$2b$', '$2a$'), { algorithm: 'bcrypt', cost: 5 })).toBe(false);
    expect(L.needsRehash(bcrypt, { algorithm: 'bcrypt', cost: 6 })).toBe(true);
    const pbkdf2: string = L.hashPassword('pw', { algorithm: 'pbkdf2-sha256', c: 1000 });
    expect(L.needsRehash(pbkdf2, { algorithm: 'pbkdf2-sha256', c: 1000 })).toBe(false);
    expect(L.needsRehash(pbkdf2, { algorithm: 'pbkdf2-sha512', c: 1000 })).toBe(true);
    expect(L.needsRehash(pbkdf2.replace(',l=32', ''), { algorithm: 'pbkdf2-sha256', c: 1000 })).toBe(false); // l= is optional
    expect(L.needsRehash(pbkdf2.replace(',l=32', ''), { algorithm: 'pbkdf2-sha256', c: 1000, dkLen: 64 })).toBe(true);
    const [, passlib] = PASSLIB.correct[0] as [string, string];
    expect(L.needsRehash(passlib, { algorithm: 'pbkdf2-sha256', c: Number(passlib.split('$')[2]) })).toBe(true); // into PHC
  });

  it('needsRehash draws no randomness and runs no KDF', () => {
    const stored: string = L.hashPassword('pw', { algorithm: 'bcrypt', cost: 4 });
    const getRandomValues = globalThis.crypto.getRandomValues;
    let draws = 0;
    globalThis.crypto.getRandomValues = <T extends ArrayBufferView>(array: T): T => (draws++, getRandomValues.call(globalThis.crypto, array) as T);
    const started = performance.now();
    try {
      for (const algorithm of ['argon2id', 'scrypt', 'pbkdf2-sha256', 'bcrypt']) {
        // The most work password storage accepts (about half a minute each), if anything ran.
        expect(L.needsRehash(stored, { algorithm, t: 32, m: 1 << 20, N: 2 ** 20, c: 10 ** 8, cost: 19, saltLen: 24 })).toBe(true);
      }
      expect(L.needsRehash(stored, { algorithm: 'bcrypt', cost: 4, saltLen: 24 })).toBe(false);
    } finally {
      globalThis.crypto.getRandomValues = getRandomValues;
    }
    expect(draws).toBe(0);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('needsRehash agrees with comparing what hashPassword writes, over random options', () => {
    const options = fc.record({
      algorithm: fc.constantFrom('argon2id', 'argon2d', 'scrypt', 'pbkdf2-sha512', 'bcrypt'),
      t: fc.integer({ min: 1, max: 2 }),
      m: fc.constantFrom(64, 128),
      N: fc.constantFrom(16, 32),
      r: fc.integer({ min: 1, max: 2 }),
      c: fc.integer({ min: 1, max: 3 }),
      cost: fc.integer({ min: 4, max: 5 }),
      dkLen: fc.constantFrom(16, 32),
    });
    // A string's settings: all but its salt and hash bytes, whose lengths stay in.
    const settings = (encoded: string) =>
      encoded.startsWith('$2b$') ? encoded.slice(0, 7) : encoded.split('$').map((part, i, all) => (i >= all.length - 2 ? b64(part).length : part)).join('$');
    fc.assert(
      fc.property(options, options, (made, target) => {
        const stored: string = L.hashPassword('pw', made);
        expect(L.needsRehash(stored, target)).toBe(settings(stored) !== settings(L.hashPassword('pw', target)));
        expect(L.needsRehash(stored, made)).toBe(false);
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('needsRehash refuses what is not a hash string and the options hashPassword refuses', () => {
    expect(() => L.needsRehash(42)).toThrow(TypeError);
    // The strings verifyPassword refuses, whatever the algorithm (it reads them alike).
    for (const bad of ['', 'plain', '$argon2id$v=19$m=64', '$2b$10$short', '$pbkdf2-sha256$x$y$z', '$sha512crypt$x=1$c2FsdA$aGFzaA', '$argon2id$v=19$m=1,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo']) {
      expect(() => L.needsRehash(bad), bad).toThrow(RangeError);
    }
    const stored: string = L.hashPassword('pw', { t: 1, m: 64, p: 1 });
    expect(() => L.needsRehash(stored, { algorithm: 'md5' })).toThrow(RangeError);
    expect(() => L.needsRehash(stored, { dkLen: 8 })).toThrow(RangeError);
    expect(() => L.needsRehash(stored, { algorithm: 'bcrypt', cost: 3 })).toThrow(RangeError);
  });

  it('password storage refuses more than about half a minute of work, before computing anything', async () => {
    const started = performance.now();
    const bcrypt: string = L.hashPassword('pw', { algorithm: 'bcrypt', cost: 4 });
    const [salt, hash] = ['c29tZXNhbHQ', 'CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc'];
    const argon2 = (params: string) => `$argon2id$v=19$${params}$${salt}$${hash}`;
    const scrypt = (params: string) => `$scrypt$${params}$${salt}$${hash}`;
    const pbkdf2 = (params: string, bytes = 64) => `$pbkdf2-sha256$${params}$${salt}$${Buffer.alloc(bytes, 7).toString('base64').replace(/=+$/, '')}`;
    // At the limits: read (needsRehash builds the plan verifyPassword runs, and stops there).
    for (const atLimit of [argon2('m=1048576,t=32,p=1'), argon2('t=2048,m=16384,p=1'), scrypt('ln=17,r=8,p=128'), scrypt('ln=20,r=128,p=1'), bcrypt.replace('$04$', '$19$'), pbkdf2('i=50000000,l=64'), pbkdf2('i=50000000')]) {
      expect(L.needsRehash(atLimit), atLimit).toBe(true);
    }
    const over: [string, RegExp][] = [
      [argon2('m=1048576,t=33,p=1'), /Argon2 m × t must be at most 33554432 .*; got 34603008\. argon2id\(\) itself accepts more/],
      [argon2('m=64,t=4294967295,p=1'), /Argon2 m × t/],
      [scrypt('ln=17,r=8,p=129'), /scrypt N × r × p must be at most 134217728 .*; got 135266304/],
      [scrypt('ln=52,r=1,p=1'), /scrypt N × r × p/],
      [bcrypt.replace('$04$', '$20$'), /bcrypt cost must be at most 19 .*; got 20\. bcryptVerify\(\) itself accepts more/],
      [bcrypt.replace('$04$', '$31$'), /bcrypt cost/],
      // PBKDF2 runs its rounds once per hash-length block of the output: 64 bytes of SHA-256 are two.
      [pbkdf2('i=50000001,l=64'), /PBKDF2 c × ⌈dkLen \/ hash length⌉ must be at most 100000000 .*; got 100000002/],
      [pbkdf2('i=50000001'), /PBKDF2 c × ⌈dkLen/],
      [pbkdf2('i=100000', 2048), /more than 1024 bytes/], // without l=, the hash's own length counts
    ];
    for (const [encoded, message] of over) {
      expect(() => L.verifyPassword(encoded, 'pw'), encoded).toThrow(message);
      expect(() => L.needsRehash(encoded), encoded).toThrow(RangeError);
      await expect(L.verifyPasswordAsync(encoded, 'pw')).rejects.toThrow(message);
    }
    const tooMuch = [
      { t: 33, m: 1 << 20 },
      { algorithm: 'argon2d', t: 4097, m: 8192 },
      { algorithm: 'scrypt', N: 2 ** 18, r: 8, p: 65 },
      { algorithm: 'bcrypt', cost: 20 },
      { algorithm: 'pbkdf2-sha256', c: 10 ** 8, dkLen: 64 },
    ];
    for (const options of tooMuch) {
      expect(() => L.hashPassword('pw', options), JSON.stringify(options)).toThrow(/must be at most .* for password storage/);
      await expect(L.hashPasswordAsync('pw', options)).rejects.toThrow(RangeError);
      expect(() => L.needsRehash(bcrypt, options), JSON.stringify(options)).toThrow(RangeError);
    }
    // Costs that are not integers still get the KDF's own, precise error.
    expect(() => L.hashPassword('pw', { t: '33', m: 1 << 20 })).toThrow(TypeError);
    expect(() => L.hashPassword('pw', { algorithm: 'bcrypt', cost: 20.5 })).toThrow(/cost/);
    expect(performance.now() - started).toBeLessThan(2000); // nothing ran: the smallest refused work is minutes
  });

  it('hashPassword takes an Argon2 secret (pepper), which verifyPassword then needs; other algorithms have none', async () => {
    const options = { t: 1, m: 64 };
    const stored: string = L.hashPassword('pw', { ...options, secret: 'pepper' });
    expect(L.verifyPassword(stored, 'pw', { secret: 'pepper' })).toBe(true);
    expect(await L.verifyPasswordAsync(stored, 'pw', { secret: new TextEncoder().encode('pepper') })).toBe(true);
    expect(L.verifyPassword(stored, 'pw')).toBe(false);
    expect(L.verifyPassword(stored, 'pw', { secret: 'salt' })).toBe(false);
    expect(L.needsRehash(stored, { ...options, secret: 'pepper' })).toBe(false); // strings do not record it
    expect(() => L.hashPassword('pw', { algorithm: 'bcrypt', cost: 4, secret: 'pepper' })).toThrow(/Argon2 only/);
    // Strings of the other algorithms are read without it, so hashes stored before a pepper still verify.
    expect(L.verifyPassword(L.hashPassword('pw', { algorithm: 'bcrypt', cost: 4 }), 'pw', { secret: 'pepper' })).toBe(true);
    expect(() => L.verifyPassword(stored, 'pw', { secret: 5 })).toThrow(/^secret must be/);
    // A null pepper (say, from a missing setting) is an error, not "no pepper"; as noble's null key.
    expect(() => L.verifyPassword(stored, 'pw', { secret: null })).toThrow(/^secret must be .*; got null/);
    expect(() => L.hashPassword('pw', { ...options, secret: null })).toThrow(/^secret must be .*; got null/);
    expect(() => L.argon2id('pw', 'saltsalt', { t: 1, m: 8, key: null })).toThrow(/^key must be .*; got null/);
    expect(() => L.hashPassword('pw', { algorithm: 5 })).toThrow(TypeError);
  });

  it('refuses data= over 32 bytes and a version on scrypt and PBKDF2 strings, saying so', () => {
    const long = Buffer.alloc(60, 7).toString('base64').replace(/=+$/, ''); // as the native addon writes it
    const stored: string = L.hashPassword('pw', { t: 1, m: 64 });
    expect(() => L.verifyPassword(stored.replace('p=1', `p=1,data=${long}`), 'pw')).toThrow(/data= of more than 32 bytes/);
    const scrypt: string = L.hashPassword('pw', { algorithm: 'scrypt', N: 16, r: 1 });
    expect(() => L.verifyPassword(scrypt.replace('$scrypt$', '$scrypt$v=19$'), 'pw')).toThrow(/scrypt has no version/);
    const pbkdf2: string = L.hashPassword('pw', { algorithm: 'pbkdf2-sha512', c: 1 });
    expect(() => L.verifyPassword(pbkdf2.replace('$pbkdf2-sha512$', '$pbkdf2-sha512$v=1$'), 'pw')).toThrow(/has no version/);
  });

  it('async KDFs call onProgress with 0 then 1 and agree with the sync ones', async () => {
    const salt = 'saltsaltsalt';
    for (const name of ['argon2id', 'argon2i', 'argon2d'] as const) {
      const seen: number[] = [];
      const out = await L[`${name}Async`]('pw', salt, { t: 1, m: 64, p: 1, onProgress: (x: number) => seen.push(x) });
      expect(seen[0]).toBe(0);
      expect(seen[seen.length - 1]).toBe(1);
      expect(seen.every((x, i) => i === 0 || x >= seen[i - 1]!)).toBe(true);
      expect(hex(out)).toBe(hex(L[name]('pw', salt, { t: 1, m: 64, p: 1 })));
    }
    const seenScrypt: number[] = [];
    const s = await L.scryptAsync('pw', salt, { N: 64, r: 2, p: 1, onProgress: (x: number) => seenScrypt.push(x) });
    expect([seenScrypt[0], seenScrypt[seenScrypt.length - 1]]).toEqual([0, 1]);
    expect(hex(s)).toBe(hex(L.scrypt('pw', salt, { N: 64, r: 2, p: 1 })));
    const seenPbkdf2: number[] = [];
    const d = await L.pbkdf2Async(L.sha256, 'pw', salt, { c: 10, dkLen: 32, onProgress: (x: number) => seenPbkdf2.push(x) });
    expect([seenPbkdf2[0], seenPbkdf2[seenPbkdf2.length - 1]]).toEqual([0, 1]);
    expect(hex(d)).toBe(hex(L.pbkdf2(L.sha256, 'pw', salt, { c: 10, dkLen: 32 })));
  });

  it.each(PASSLIB.correct as [string, string][])('verifyPassword reads passlib’s PBKDF2 hash of %j: %s', async (password, encoded) => {
    expect(L.verifyPassword(encoded, password)).toBe(true);
    expect(L.verifyPassword(encoded, `${password}!`)).toBe(false);
    expect(await L.verifyPasswordAsync(encoded, password)).toBe(true);
    // The same key in PHC's spelling verifies too.
    const [, id, rounds, salt, hash] = encoded.split('$') as [string, string, string, string, string];
    const phc = (text: string) => text.replaceAll('.', '+');
    expect(L.verifyPassword(`$${id}$i=${rounds},l=${b64(phc(hash)).length}$${phc(salt)}$${phc(hash)}`, password)).toBe(true);
  });

  const good = '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc';
  const malformed = [
    '',
    'argon2id',
    '$argon2id',
    '$argon2id$v=19',
    '$argon2id$v=19$m=65536',
    '$argon2id$v=19$m=65536,t=2,p=1',
    '$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ',
    good.slice(0, good.lastIndexOf('$') + 1),
    good.replace('m=65536', 'm=abc'),
    good.replace('t=2', 't=-1'),
    good.replace('v=19', 'v=x'),
    good.replace('$argon2id$', '$argon3$'),
    good.replace('c29tZXNhbHQ', 'c29t*XNhbHQ'),
    good.replace('t=2,p=1', 't=2,p=1,q=5'),
    '$2b$04$tooshort',
    '$2b$99$cVWp4XaNU8a4v1uMRum2SO026BWLIoQMD/TXg5uZV.0P.uO8m3YEm',
    '$scrypt$ln=abc,r=8,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc',
    '$pbkdf2-sha256$c29tZXNhbHQ',
    good.replace('m=65536', 'm=065536'), // leading zero
    good.replace('$c29tZXNhbHQ$', '$c29tZXNhbHR$'), // non-canonical base64: unused bits set
    ...PASSLIB.malformed,
    PASSLIB.correct[0][1].replace('$1212$', '$01212$'),
    PASSLIB.correct[0][1].slice(0, -3), // a hash shorter than SHA-256's
    PASSLIB.correct[0][1].replace('$1212$', '$$'), // no rounds
    PASSLIB.correct[0][1] + '$', // a field too many
    PASSLIB.correct[0][1].replace('$4vjV', '$4v+V'), // '+' is not in passlib's alphabet
    good.replace('v=19', 'v=019'), // leading zero in the version
    ...PASSLIB.sha1.map(([, hash]: [string, string]) => hash), // PBKDF2-SHA1 is not read
  ];
  it.each(malformed.map((s) => [JSON.stringify(s), s]) as [string, Json][])('verifyPassword(%s) throws RangeError', (_n, encoded) => {
    expect(() => L.verifyPassword(encoded, 'password')).toThrow(RangeError);
  });
  it('says what is wrong with a passlib hash', () => {
    const [, sha256Hash] = PASSLIB.correct[0] as [string, string];
    expect(() => L.verifyPassword(sha256Hash.slice(0, -3), 'password')).toThrow(/malformed passlib PBKDF2 hash: .*32 bytes; got 30/);
    expect(() => L.verifyPassword(sha256Hash.replace('$4vjV', '$4v+V'), 'password')).toThrow(/malformed passlib PBKDF2 hash/);
    expect(() => L.verifyPassword(PASSLIB.sha1[0][1], 'password')).toThrow(/SHA1 hashes .* are not read/);
  });

  it('verifyPasswordAsync rejects malformed strings with RangeError', async () => {
    await expect(L.verifyPasswordAsync('$argon2id$v=19$m=65536', 'x')).rejects.toThrow(RangeError);
  });

  it('parameters needing one buffer of 2 GiB or more fail clearly within maxmem, without a panic', async () => {
    const maxmem = 3 * 2 ** 30; // enough in total; one wasm32 allocation holds at most 2 GiB − 1
    expect(() => L.argon2id('pw', 'saltsalt', { t: 1, m: 2 ** 21, p: 1, maxmem })).toThrow(/Argon2's memory \(m KiB\) would be 2147483648 bytes, more than one allocation can hold here \(2147483647 bytes\)/);
    expect(() => L.scrypt('pw', 'salt', { N: 2 ** 21, r: 8, p: 1, maxmem })).toThrow(/scrypt's V \(128·r·N\) would be 2147483648 bytes/);
    expect(() => L.scrypt('pw', 'salt', { N: 2 ** 20, r: 16, p: 1, maxmem })).toThrow(L.WasmError);
    await expect(L.scryptAsync('pw', 'salt', { N: 2 ** 21, r: 8, p: 1, maxmem })).rejects.toThrow(L.WasmError);
    // Still usable afterwards: RFC 7914's first vector.
    expect(hex(L.scrypt('', '', { N: 16, r: 1, p: 1, dkLen: 64 }))).toBe(
      '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906',
    );
  });

  it('argon2 m beyond maxmem fails with an error mentioning maxmem, without a trap', () => {
    const call = () => L.argon2id('pw', 'saltsalt', { t: 1, m: 1 << 20, p: 1, maxmem: 1 << 20 });
    expect(call).toThrow(/maxmem/);
    try {
      call();
    } catch (error) {
      expect(error).not.toBeInstanceOf(WebAssembly.RuntimeError);
    }
    expect(() => L.verifyPassword('$argon2id$v=19$m=1048576,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc', 'pw', { maxmem: 1 << 24 })).toThrow(/maxmem/);
    // still usable afterwards
    expect(hex(L.argon2id('pw', 'saltsalt', { t: 1, m: 64, p: 1 }))).toBe(hex(nArgon2id(ascii('pw'), ascii('saltsalt'), { t: 1, m: 64, p: 1 })));
  });

  it.each([
    ['scrypt N not a power of two', () => L.scrypt('p', 'salt', { N: 1000, r: 1, p: 1 })],
    ['scrypt N = 1', () => L.scrypt('p', 'salt', { N: 1, r: 1, p: 1 })],
    ['bcrypt cost 3', () => L.bcrypt('p', { cost: 3 })],
    ['bcrypt cost 32', () => L.bcrypt('p', { cost: 32 })],
    ['bcrypt salt of 15 bytes', () => L.bcrypt('p', { cost: 4, salt: new Uint8Array(15) })],
    ['argon2id salt of 7 bytes', () => L.argon2id('p', new Uint8Array(7), { t: 1, m: 64, p: 1 })],
    ['argon2i salt of 0 bytes', () => L.argon2i('p', '', { t: 1, m: 64, p: 1 })],
    ['argon2d t = 0', () => L.argon2d('p', 'saltsalt', { t: 0, m: 64, p: 1 })],
    ['argon2id p = 0', () => L.argon2id('p', 'saltsalt', { t: 1, m: 64, p: 0 })],
    ['argon2id dkLen 3', () => L.argon2id('p', 'saltsalt', { t: 1, m: 64, p: 1, dkLen: 3 })],
    ['pbkdf2 c = 0', () => L.pbkdf2(L.sha256, 'p', 's', { c: 0, dkLen: 32 })],
    ['hkdf length beyond 255 * HashLen', () => L.hkdf(L.sha256, 'ikm', undefined, undefined, 255 * 32 + 1)],
    ['hashPassword unknown algorithm', () => L.hashPassword('p', { algorithm: 'md5' })],
  ] as [string, () => unknown][])('%s → RangeError', (_name, call) => {
    expect(call).toThrow(RangeError);
  });

  it('argon2 salt < 8 bytes is rejected by the async variant too', async () => {
    await expect(L.argon2idAsync('p', 'short', { t: 1, m: 64, p: 1 })).rejects.toThrow(RangeError);
  });
});
