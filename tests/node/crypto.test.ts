import { createHash, createHmac } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex, pseudoRandomBytes } from './entries.js';

const nodeSha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

// FIPS 180-2 / NIST CSRC examples.
const NIST_VECTORS: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

/** Each SHA-2 function, its node:crypto name and its FIPS 180-4 example digest of 'abc'. */
const SHA2 = [
  ['sha224', 'sha224', 28, 64, '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7'],
  ['sha256', 'sha256', 32, 64, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['sha384', 'sha384', 48, 128, 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'],
  ['sha512', 'sha512', 64, 128, 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'],
  ['sha512_224', 'sha512-224', 28, 128, '4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa'],
  ['sha512_256', 'sha512-256', 32, 128, '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23'],
] as const;

describe.each(cryptoEntries)('@org/wasm-crypto ($kind)', ({ lib }) => {
  const { sha256, sha256Batch } = lib;

  it.each(SHA2)('%s matches FIPS 180-4 and node:crypto (property), one-shot, streamed and batched', (name, nodeName, outputLen, blockLen, abc) => {
    const hash = lib[name];
    const reference = (data: Uint8Array) => createHash(nodeName).update(data).digest('hex');
    expect(hex(hash('abc'))).toBe(abc);
    expect([hash.outputLen, hash.blockLen, hash.create().outputLen]).toEqual([outputLen, blockLen, outputLen]);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 700, size: 'max' }), { maxLength: 6 }), (messages) => {
        const batch = hash.batch(messages);
        return messages.every((m, i) => {
          const want = reference(m);
          const streamed = hash.create();
          for (let at = 0; at < m.length; at += 97) streamed.update(m.subarray(at, at + 97));
          return hex(hash(m)) === want && hex(streamed.digest()) === want && hex(batch.subarray(i * outputLen, (i + 1) * outputLen)) === want;
        });
      }),
      { numRuns: 60 },
    );
  });

  it('new Hasher(hash) equals hash.create(), and rejects foreign functions', () => {
    expect(hex(new lib.Hasher(lib.sha384).update('abc').digest())).toBe(SHA2[2][4]);
    expect(() => new lib.Hasher(((m: Uint8Array) => m) as never)).toThrow(TypeError);
  });

  it('matches the NIST SHA-256 examples, one-shot and streaming', () => {
    for (const [message, digest] of NIST_VECTORS) {
      expect(hex(sha256(message))).toBe(digest);
      expect(hex(sha256.create().update(message).digest())).toBe(digest);
    }
    expect(sha256.outputLen).toBe(32);
    expect(sha256.blockLen).toBe(64);
  });

  it('accepts strings, ArrayBuffers and any typed-array view', () => {
    const bytes = pseudoRandomBytes(100);
    const expected = nodeSha256(bytes);
    expect(hex(sha256(bytes.buffer as ArrayBuffer))).toBe(expected);
    expect(hex(sha256(new DataView(bytes.buffer)))).toBe(expected);
    const words = new Uint16Array(bytes.buffer, 10, 20);
    expect(hex(sha256(words))).toBe(nodeSha256(bytes.subarray(10, 50)));
    expect(hex(sha256('héllo ✓'))).toBe(nodeSha256('héllo ✓'));
  });

  it('equals node:crypto for random messages (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000, size: 'max' }), (message) => hex(sha256(message)) === nodeSha256(message)),
      { numRuns: 300 },
    );
  });

  it('equals node:crypto for random chunkings of streamed input (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000, size: 'max' }), fc.array(fc.nat(2000), { maxLength: 8 }), (message, cuts) => {
        const hasher = sha256.create();
        const points = [...new Set(cuts.map((c) => c % (message.length + 1)))].sort((a, b) => a - b);
        let start = 0;
        for (const point of [...points, message.length]) {
          hasher.update(message.subarray(start, point));
          start = point;
        }
        return hex(hasher.digest()) === nodeSha256(message);
      }),
      { numRuns: 200 },
    );
  });

  it('hashes inputs larger than one chunk the same as node:crypto', () => {
    const big = pseudoRandomBytes(3 * 1024 * 1024 + 17, 7);
    expect(hex(sha256(big))).toBe(nodeSha256(big));
  });

  it('streams with digestInto, reset and clone', () => {
    const hasher = sha256.create().update('shared prefix ');
    const fork = hasher.clone();
    hasher.update('one');
    fork.update('two');
    const out = new Uint8Array(40);
    hasher.digestInto(out);
    expect(hex(out.subarray(0, 32))).toBe(nodeSha256('shared prefix one'));
    expect(hex(fork.digest())).toBe(nodeSha256('shared prefix two'));
    expect(() => hasher.update('more')).toThrow(/already called/);
    hasher.reset().update('abc');
    expect(hex(hasher.digest())).toBe(NIST_VECTORS[1]![1]);
    expect(() => hasher.digestInto(new Uint8Array(31))).toThrow(RangeError);
  });

  it('disposes hashers, and rejects use after dispose', () => {
    const hasher = sha256.create();
    hasher.dispose();
    hasher.dispose();
    expect(() => hasher.update('x')).toThrow(/disposed/);
    {
      using scoped = sha256.create();
      scoped.update('x');
    }
  });

  it('batches messages in one call, equal to hashing each (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 200, size: 'max' }), { maxLength: 40 }), (messages) => {
        const digests = sha256Batch(messages);
        return digests.length === messages.length * 32 && messages.every((m, i) => hex(digests.subarray(32 * i, 32 * i + 32)) === nodeSha256(m));
      }),
      { numRuns: 100 },
    );
  });

  it('batches 100 000 packed 64-byte messages', () => {
    const count = 100_000;
    const data = pseudoRandomBytes(count * 64, 3);
    const offsets = Uint32Array.from({ length: count + 1 }, (_, i) => i * 64);
    const digests = sha256Batch({ data, offsets });
    expect(digests.length).toBe(count * 32);
    for (const i of [0, 1, 4242, count - 1]) {
      expect(hex(digests.subarray(32 * i, 32 * i + 32))).toBe(nodeSha256(data.subarray(64 * i, 64 * i + 64)));
    }
  });

  it('batches across call groups: messages up to 1 MiB together, a longer message on its own', () => {
    const lengths = [0, 5, 700_000, 400_000, 3 * 1024 * 1024 + 5, 0, 64, 1024 * 1024, 1024 * 1024 + 1, 17];
    const messages = lengths.map((length, i) => pseudoRandomBytes(length, 100 + i));
    const want = messages.map(nodeSha256).join('');
    expect(hex(sha256Batch(messages))).toBe(want);
    // The same messages packed, with unused bytes before the first and after the last.
    const data = new Uint8Array(7 + lengths.reduce((a, b) => a + b, 0) + 9);
    const offsets = new Uint32Array(lengths.length + 1);
    offsets[0] = 7;
    messages.forEach((message, i) => {
      data.set(message, offsets[i]);
      offsets[i + 1] = offsets[i]! + message.length;
    });
    expect(hex(sha256Batch({ data, offsets }))).toBe(want);
    const key = 'hmac key';
    const tags = messages.map((message) => createHmac('sha256', key).update(message).digest('hex')).join('');
    expect(hex(lib.hmac.batch(sha256, key, messages))).toBe(tags);
    expect(hex(lib.hmac.batch(sha256, key, { data, offsets }))).toBe(tags);
    expect(sha256Batch([])).toHaveLength(0);
    // More than one group's 16 MiB of short messages: 20 of 1 MiB each.
    const many = pseudoRandomBytes(20 * 1024 * 1024, 42);
    const manyOffsets = Uint32Array.from({ length: 21 }, (_, i) => i * 1024 * 1024);
    const digests = sha256Batch({ data: many, offsets: manyOffsets });
    for (const i of [0, 15, 16, 19]) expect(hex(digests.subarray(32 * i, 32 * i + 32))).toBe(nodeSha256(many.subarray(manyOffsets[i], manyOffsets[i + 1])));
  });

  it('batches with options (keyed BLAKE2 and BLAKE3, longer SHAKE outputs); a hash without options refuses them', () => {
    const messages = ['abc', '', 'x'.repeat(2_000_000)];
    const key = new Uint8Array(32).fill(9);
    const each = (hash: (m: string) => Uint8Array) => messages.map((m) => hex(hash(m))).join('');
    expect(hex(lib.blake3.batch(messages, { key }))).toBe(each((m) => lib.blake3(m, { key })));
    expect(hex(lib.blake2b.batch(messages, { key: 'k', dkLen: 20 }))).toBe(each((m) => lib.blake2b(m, { key: 'k', dkLen: 20 })));
    expect(hex(lib.shake128.batch(messages, { dkLen: 64 }))).toBe(each((m) => lib.shake128(m, { dkLen: 64 })));
    expect(hex(lib.blake3.batch(messages, {}))).toBe(hex(lib.blake3.batch(messages)));
    const withOptions = sha256.batch as (messages: string[], options: unknown) => Uint8Array; // from JavaScript
    expect(() => withOptions(['a'], { dkLen: 64 })).toThrow(/takes no options/);
    expect(() => lib.blake3.batch(['a'], { key: new Uint8Array(5) })).toThrow(/key/);
  });

  it('refuses holes in a list of messages as it refuses undefined, and takes byte arrays of another realm', () => {
    expect(() => sha256Batch([, 'a'] as never)).toThrow(/messages\[0\]/);
    expect(() => sha256Batch(['a', , 'b'] as never)).toThrow(/messages\[1\]/);
    expect(() => lib.hmac.batch(sha256, 'k', ['a', , 'b'] as never)).toThrow(/messages\[1\]/);
    const foreign = runInNewContext('new Uint8Array([1, 2, 3])') as Uint8Array;
    const foreignOffsets = runInNewContext('new Uint32Array([0, 1, 3])') as Uint32Array;
    expect(hex(sha256Batch({ data: foreign, offsets: foreignOffsets }))).toBe(nodeSha256(Uint8Array.of(1)) + nodeSha256(Uint8Array.of(2, 3)));
    expect(lib.equalBytes(foreign, Uint8Array.of(1, 2, 3))).toBe(true);
    const out = runInNewContext('new Uint8Array(32)') as Uint8Array;
    sha256.create().update('abc').digestInto(out);
    expect(hex(out)).toBe(nodeSha256('abc'));
  });

  it('rejects bad input with TypeError or RangeError naming the argument', () => {
    expect(() => sha256(42 as never)).toThrow(TypeError);
    expect(() => sha256(42 as never)).toThrow(/message/);
    expect(() => sha256(null as never)).toThrow(TypeError);
    expect(() => sha256.create().update({} as never)).toThrow(/data/);
    expect(() => sha256Batch([new Uint8Array(1), 5 as never])).toThrow(/messages\[1\]/);
    expect(() => sha256Batch({ data: new Uint8Array(4), offsets: new Uint32Array(0) })).toThrow(RangeError);
    expect(() => sha256Batch({ data: new Uint8Array(4), offsets: Uint32Array.of(0, 5) })).toThrow(/past the end/);
    expect(() => sha256Batch({ data: new Uint8Array(4), offsets: Uint32Array.of(3, 1) })).toThrow(/decrease/);
    expect(() => sha256Batch({ data: [1, 2] as never, offsets: Uint32Array.of(0) })).toThrow(TypeError);
  });
});
