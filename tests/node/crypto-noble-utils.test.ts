// noble's `utils.js` helpers, `keccakP` and `HopMAC128/256` in @org/wasm-crypto: the same results and the
// same error types as @noble/hashes for the same arguments (fast-check over mixed inputs).
import { HopMAC128 as nHopMAC128, HopMAC256 as nHopMAC256 } from '@noble/hashes/sha3-addons.js';
import { keccakP as nKeccakP, sha3_256 as nSha3_256 } from '@noble/hashes/sha3.js';
import * as noble from '@noble/hashes/utils.js';
import { sha256 as nSha256 } from '@noble/hashes/sha2.js';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A label for any value (`String()` throws for objects without a prototype). */
function show(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** What a call gave: its value, or the class of what it threw. */
function outcome(call: () => unknown): unknown {
  try {
    const value = call();
    if (typeof value === 'function') return { value: 'a function' };
    return value instanceof Uint8Array || value instanceof Uint32Array ? { bytes: Array.from(value) } : { value };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

class Options {
  dkLen = 32;
}
/** Values that trip up type checks: other realms, subclasses, views of other kinds, look-alikes. */
const oddValues = [
  undefined,
  null,
  {},
  [],
  new Uint16Array(2),
  new Uint8ClampedArray(3),
  new Int8Array(2),
  new DataView(new ArrayBuffer(4)),
  new ArrayBuffer(3),
  Buffer.from([1, 2, 3]),
  runInNewContext('new Uint8Array([4, 5])') as Uint8Array,
  runInNewContext('({ dkLen: 1 })') as object,
  new Options(),
  Object.create(null) as object,
  JSON.parse('{"__proto__": {"dkLen": 1}}') as object,
  { [Symbol.toStringTag]: 'Uint8Array', length: 2 },
  new Date(0),
  new Map(),
  1n,
  Number.NaN,
  -0,
  2 ** 53,
];
const anyInput = fc.oneof(
  fc.uint8Array({ maxLength: 40, size: 'max' }),
  fc.integer({ min: -5, max: 100 }),
  fc.double(),
  fc.string({ maxLength: 10 }),
  fc.boolean(),
  fc.constantFrom(...oddValues),
);

describe('every export of noble is here, under the same subpath', () => {
  // Knowingly absent (packages/crypto/README.md, "Limits, honestly"): noble's sponge class and PRG.
  const absent = new Set(['Keccak', 'keccakprg']);
  const require = createRequire(import.meta.url);
  it.each(['sha2', 'sha3', 'sha3-addons', 'blake2', 'blake3', 'legacy', 'hmac', 'hkdf', 'pbkdf2', 'scrypt', 'argon2', 'eskdf', 'webcrypto', 'utils'])('%s', async (subpath) => {
    const theirs = Object.keys(await import(`@noble/hashes/${subpath}.js`)).filter((name) => !name.startsWith('_') && !absent.has(name));
    for (const ours of [await import(`@org/wasm-crypto/${subpath}`), require(`@org/wasm-crypto/${subpath}`)]) {
      expect(theirs.filter((name) => !(name in ours))).toEqual([]);
    }
  });
});

describe.each(cryptoEntries)('noble utils ($kind)', ({ lib }) => {
  const L = lib as Json;

  it('assertions and converters agree with noble on any input', () => {
    fc.assert(
      fc.property(anyInput, fc.option(fc.integer({ min: -1, max: 41 }), { nil: undefined }), (value, length) => {
        const same = (name: string, ...args: unknown[]) => expect(outcome(() => L[name](...args)), `${name}(${show(value)})`).toEqual(outcome(() => (noble as Json)[name](...args)));
        same('isBytes', value);
        same('anumber', value, 'n');
        same('abool', value);
        same('abytes', value, length, 'x');
        same('copyBytes', value);
        same('kdfInputToBytes', value);
        same('concatBytes', value, new Uint8Array([1]));
        // Random output: the same length, or the same error.
        const size = typeof value === 'number' ? Math.min(value, 70000) : value;
        const shape = (call: () => Uint8Array) => outcome(() => call().length);
        expect(shape(() => L.randomBytes(size)), `randomBytes(${show(size)})`).toEqual(shape(() => noble.randomBytes(size as never)));
        return true;
      }),
      { numRuns: 300 },
    );
    expect(L.randomBytes(65536)).toHaveLength(65536);
    expect(() => L.randomBytes(65537)).toThrow(RangeError);
  });

  it('word and byte helpers agree with noble', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 32 - 1 }), fc.integer({ min: 1, max: 31 }), fc.uint32Array({ maxLength: 8, size: 'max' }), (word, shift, words) => {
        expect([L.rotl(word, shift), L.rotr(word, shift), L.byteSwap(word), L.swap8IfBE(word)]).toEqual([noble.rotl(word, shift), noble.rotr(word, shift), noble.byteSwap(word), noble.swap8IfBE(word)]);
        expect(Array.from(L.byteSwap32(words.slice()))).toEqual(Array.from(noble.byteSwap32(words.slice())));
        expect(Array.from(L.u8(words))).toEqual(Array.from(noble.u8(words)));
        expect(Array.from(L.u32(L.u8(words)))).toEqual(Array.from(noble.u32(noble.u8(words))));
        expect(L.createView(words).byteLength).toBe(noble.createView(words).byteLength);
        return true;
      }),
      { numRuns: 200 },
    );
    expect(L.isLE).toBe(noble.isLE);
    const wiped = [new Uint8Array([1, 2]), new Uint32Array([3])];
    L.clean(...wiped);
    expect(wiped.map((a) => Array.from(a))).toEqual([[0, 0], [0]]);
  });

  it('object and hash checks, createHasher and oidNist behave as noble', () => {
    const objects: [unknown, unknown, unknown][] = [
      [{ N: 1024, dkLen: 32 }, { N: 'number' }, { dkLen: 'number' }],
      [{ N: '1024' }, { N: 'number' }, {}],
      [{}, { N: 'number' }, {}],
      [{ dkLen: undefined }, {}, { dkLen: 'number' }],
      [{ f: null }, { f: 'object' }, {}],
      ...oddValues.map((value): [unknown, unknown, unknown] => [value, {}, {}]),
      ...oddValues.map((value): [unknown, unknown, unknown] => [{}, value, {}]),
      ...oddValues.map((value): [unknown, unknown, unknown] => [{}, {}, value]),
    ];
    for (const [object, fields, optional] of objects) {
      expect(outcome(() => L.validateObject(object, fields, optional)), show(object)).toEqual(outcome(() => noble.validateObject(object as never, fields as never, optional as never)));
    }
    const merged = L.checkOpts({ dkLen: 32 }, { c: 5 });
    expect([Object.getPrototypeOf(merged), { ...merged }]).toEqual([null, { dkLen: 32, c: 5 }]);
    for (const value of [...oddValues, 'x']) {
      expect(outcome(() => L.checkOpts({}, value)), show(value)).toEqual(outcome(() => noble.checkOpts({}, value as never)));
      expect(outcome(() => L.checkOpts(value, {})), show(value)).toEqual(outcome(() => noble.checkOpts(value as never, {})));
      if (value !== undefined) expect(outcome(() => L.createHasher(() => L.sha256.create(), value)), show(value)).toEqual(outcome(() => noble.createHasher(() => nSha256.create(), value as never)));
    }
    for (const hash of [L.sha256, nSha256, () => 1, {}]) expect(outcome(() => L.ahash(hash))).toEqual(outcome(() => noble.ahash(hash as never)));
    expect(outcome(() => L.aexists({ destroyed: true }))).toEqual(outcome(() => noble.aexists({ destroyed: true })));
    expect(outcome(() => L.aexists({ finished: true }, false))).toEqual({ value: undefined });
    expect(outcome(() => L.aoutput(new Uint8Array(31), { outputLen: 32 }))).toEqual(outcome(() => noble.aoutput(new Uint8Array(31), { outputLen: 32 })));
    // createHasher over one of our hashers gives the hash itself.
    const wrapped = L.createHasher(() => L.sha256.create(), L.oidNist(0x01));
    expect([wrapped.outputLen, wrapped.blockLen, hex(wrapped.oid as Uint8Array)]).toEqual([32, 64, hex(noble.oidNist(0x01).oid)]);
    expect(hex(wrapped(new Uint8Array([97, 98, 99])))).toBe(hex(nSha256(new Uint8Array([97, 98, 99]))));
    expect(hex(L.sha256.oid)).toBe(hex(nSha256.oid as Uint8Array));
    // A hash of one's own may return a view of a SharedArrayBuffer: the wrapper returns a copy
    // over a plain ArrayBuffer, as its type says (WebCrypto refuses shared memory).
    const shared = L.createHasher(() => {
      const self = { outputLen: 4, blockLen: 1, update: () => self, digest: () => new Uint8Array(new SharedArrayBuffer(4)).fill(7), digestInto() {}, destroy() {}, clone: () => self, _cloneInto: () => self };
      return self;
    });
    const out = shared(new Uint8Array(1));
    expect([out.buffer instanceof ArrayBuffer, [...out]]).toEqual([true, [7, 7, 7, 7]]);
  });

  it('nextTick and asyncLoop yield and run every iteration', async () => {
    await L.nextTick();
    const seen: number[] = [];
    await L.asyncLoop(50, 0, (i: number) => seen.push(i));
    expect(seen).toEqual([...Array(50).keys()]);
    await expect(L.asyncLoop(-1, 0, () => {})).rejects.toThrow(RangeError);
  });

  it('HopMAC128/256 equal noble', () => {
    const bytes = (max: number) => fc.uint8Array({ maxLength: max, size: 'max' });
    fc.assert(
      fc.property(bytes(300), bytes(300), bytes(50), fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }), (key, message, custom, dkLen) => {
        expect(hex(L.HopMAC128(key, message, custom, dkLen))).toBe(hex(nHopMAC128(key, message, custom, dkLen)));
        expect(hex(L.HopMAC256(key, message, custom, dkLen))).toBe(hex(nHopMAC256(key, message, custom, dkLen)));
        return true;
      }),
      { numRuns: 40 },
    );
  });

  it('keccakP permutes as noble for every round count', () => {
    fc.assert(
      fc.property(fc.uint32Array({ minLength: 50, maxLength: 50 }), fc.integer({ min: 1, max: 24 }), (state, rounds) => {
        const ours = Uint32Array.from(state);
        const theirs = Uint32Array.from(state);
        L.keccakP(ours, rounds);
        nKeccakP(theirs, rounds);
        expect(Array.from(ours)).toEqual(Array.from(theirs));
        return true;
      }),
      { numRuns: 200 },
    );
    // The default is the full Keccak-f[1600]: SHA3-256('') is its first 32 bytes after the padding.
    const state = new Uint32Array(50);
    state[0] = 0x06;
    state[33] = 0x80000000; // the final padding bit: the top bit of byte 135, the last of the 136-byte rate
    L.keccakP(state);
    expect(hex(new Uint8Array(state.buffer, 0, 32))).toBe(hex(nSha3_256(new Uint8Array())));
  });

  it('keccakP refuses what noble refuses, with the same error classes, and leaves the state alone', () => {
    const odd: unknown[][] = [
      [new Uint8Array(200)], [new Uint32Array(49)], [new Uint32Array(51)], [Array(50).fill(0)], [undefined],
      [new Uint32Array(50), 0], [new Uint32Array(50), 25], [new Uint32Array(50), 1.5], [new Uint32Array(50), -1],
      [new Uint32Array(50), '24'], [new Uint32Array(50), NaN], [new Uint32Array(50), 2 ** 53],
    ];
    for (const args of odd) {
      const theirs = outcome(() => (nKeccakP as Json)(...args));
      expect(theirs, show(args)).toHaveProperty('threw');
      expect(outcome(() => L.keccakP(...args)), show(args)).toEqual(theirs);
    }
    const state = new Uint32Array(50).fill(7);
    expect(() => L.keccakP(state, 0)).toThrow();
    expect(Array.from(state)).toEqual(Array(50).fill(7));
  });
});
