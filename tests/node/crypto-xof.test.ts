// Extendable-output functions read piece by piece, as @noble/hashes' `xof()`: any split of the
// reads gives the same bytes as noble reading them, and as a one-shot call of the total length.
import fc from 'fast-check';
import { blake3 as nobleBlake3 } from '@noble/hashes/blake3.js';
import { cshake128 as nobleCshake128, kt128 as nobleKt128, turboshake256 as nobleTurboshake256 } from '@noble/hashes/sha3-addons.js';
import { shake128 as nobleShake128, shake256 as nobleShake256 } from '@noble/hashes/sha3.js';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';

interface Readable {
  update(data: Uint8Array): Readable;
  xof(bytes: number): Uint8Array;
}

describe.each(cryptoEntries)('xof() ($kind)', ({ lib }) => {
  const pairs: [string, () => Readable, () => Readable, (total: number, message: Uint8Array) => Uint8Array][] = [
    ['shake128', () => lib.shake128.create(), () => nobleShake128.create(), (n, m) => lib.shake128(m, { dkLen: n })],
    ['shake256', () => lib.shake256.create(), () => nobleShake256.create(), (n, m) => lib.shake256(m, { dkLen: n })],
    ['cshake128', () => lib.cshake128.create({ personalization: new Uint8Array([1, 2]) }), () => nobleCshake128.create({ personalization: new Uint8Array([1, 2]) }), (n, m) => lib.cshake128(m, { dkLen: n, personalization: new Uint8Array([1, 2]) })],
    ['turboshake256', () => lib.turboshake256.create(), () => nobleTurboshake256.create(), (n, m) => lib.turboshake256(m, { dkLen: n })],
    ['kt128', () => lib.kt128.create(), () => nobleKt128.create(), (n, m) => lib.kt128(m, { dkLen: n })],
    ['blake3 keyed', () => lib.blake3.create({ key: new Uint8Array(32).fill(3) }), () => nobleBlake3.create({ key: new Uint8Array(32).fill(3) }), (n, m) => lib.blake3(m, { dkLen: n, key: new Uint8Array(32).fill(3) })],
  ];

  it.each(pairs)('%s: random reads equal noble and the one-shot output (property)', (_name, ours, theirs, oneShot) => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300, size: 'max' }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 1, maxLength: 6 }), (message, reads) => {
        const a = ours().update(message);
        const b = theirs().update(message);
        const got = reads.map((n) => hex(a.xof(n))).join('');
        const want = reads.map((n) => hex(b.xof(n))).join('');
        const total = reads.reduce((sum, n) => sum + n, 0);
        return got === want && (total === 0 || got === hex(oneShot(total, message)));
      }),
      { numRuns: 30 },
    );
  });

  it('only extendable-output hashes read this way; reading ends the message until reset()', () => {
    expect(lib.sha256.canXOF).toBe(false);
    expect(lib.shake128.canXOF).toBe(true);
    expect(() => lib.sha256.create().xof(8)).toThrow(TypeError);
    const hasher = lib.shake128.create().update('abc');
    const first = hasher.xof(16);
    expect(() => hasher.update('more')).toThrow(/xof\(\) was called/);
    expect(() => hasher.digest()).toThrow(/xof\(\) was called/);
    expect(hex(hasher.reset().update('abc').xofInto(new Uint8Array(16)))).toBe(hex(first));
    expect(() => hasher.xof(-1)).toThrow(RangeError);
  });
});

describe.each(cryptoEntries)('hash metadata as @noble/hashes ($kind)', ({ lib }) => {
  it('outputLen, blockLen, canXOF and the NIST OIDs match noble', async () => {
    const noble = { ...(await import('@noble/hashes/sha2.js')), ...(await import('@noble/hashes/sha3.js')), ...(await import('@noble/hashes/legacy.js')), ...(await import('@noble/hashes/blake2.js')), ...(await import('@noble/hashes/blake3.js')) } as unknown as Record<string, { outputLen: number; blockLen: number; canXOF?: boolean; oid?: Uint8Array }>;
    const names = ['sha224', 'sha256', 'sha384', 'sha512', 'sha512_224', 'sha512_256', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'keccak_256', 'shake128', 'shake256', 'shake128_32', 'shake256_64', 'md5', 'sha1', 'ripemd160', 'blake2b', 'blake2s', 'blake3'];
    for (const name of names) {
      const ours = lib[name as 'sha256'] as { outputLen: number; blockLen: number; canXOF: boolean; oid?: Uint8Array };
      const theirs = noble[name]!;
      expect([ours.outputLen, ours.blockLen, ours.canXOF], name).toEqual([theirs.outputLen, theirs.blockLen, theirs.canXOF ?? false]);
      expect(ours.oid && hex(ours.oid), name).toBe(theirs.oid && hex(theirs.oid));
    }
  });
});

describe.each(cryptoEntries)('zero-length outputs as @noble/hashes ($kind)', ({ lib }) => {
  it('SHAKE, cSHAKE, BLAKE3, HKDF and expand give an empty output; KT128 and BLAKE2 refuse dkLen 0', () => {
    expect(lib.shake256('a', { dkLen: 0 })).toHaveLength(0);
    expect(lib.cshake128('a', { dkLen: 0 })).toHaveLength(0);
    expect(lib.blake3('a', { dkLen: 0 })).toHaveLength(0);
    expect(lib.shake128.create({ dkLen: 0 }).update('a').digest()).toHaveLength(0);
    expect(lib.hkdf(lib.sha256, 'ikm', undefined, undefined, 0)).toHaveLength(0);
    expect(lib.expand(lib.sha256, new Uint8Array(32), undefined, 0)).toHaveLength(0);
    expect(() => lib.kt128('a', { dkLen: 0 })).toThrow(RangeError);
    expect(() => lib.blake2b('a', { dkLen: 0 })).toThrow(RangeError);
  });
});
