// Hasher save() and load() (hash-wasm's): a message hashed in two parts, with the state saved
// after the first and loaded into another hasher, gives the digest of the whole message, checked
// against node:crypto and hash-wasm (for the hashes OpenSSL 3 leaves out by default).
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import * as hashWasm from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';

type Reference = (data: Uint8Array) => Promise<string>;
const openssl = (name: string): Reference => async (data) => createHash(name).update(data).digest('hex');
const peer = (fn: (data: Uint8Array) => Promise<string>): Reference => fn;

/** Every hash whose state can be saved, by our name, with an independent reference. */
const SAVEABLE: [string, Reference][] = [
  ['sha224', openssl('sha224')],
  ['sha256', openssl('sha256')],
  ['sha384', openssl('sha384')],
  ['sha512', openssl('sha512')],
  ['sha512_224', openssl('sha512-224')],
  ['sha512_256', openssl('sha512-256')],
  ['md5', openssl('md5')],
  ['sha1', openssl('sha1')],
  ['ripemd160', peer((data) => hashWasm.ripemd160(data))],
  ['md4', peer((data) => hashWasm.md4(data))],
  ['sm3', peer((data) => hashWasm.sm3(data))],
  ['whirlpool', peer((data) => hashWasm.whirlpool(data))],
];

describe.each(cryptoEntries)('Hasher save() and load() ($kind)', ({ lib }) => {
  const hashes = lib as unknown as Record<string, typeof lib.sha256>;

  it.each(SAVEABLE)('%s: save after any prefix, load into a fresh hasher, finish the message (property)', async (name, reference) => {
    const hash = hashes[name]!;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 700 }), fc.nat(), async (data, at) => {
        const cut = at % (data.length + 1);
        const first = hash.create().update(data.subarray(0, cut));
        const saved = first.save();
        first.update('more input: the state was copied');
        const resumed = hash.create().update('discarded by load').load(saved).update(data.subarray(cut));
        expect(hex(resumed.digest())).toBe(await reference(data));
        first.dispose();
      }),
      { numRuns: 40 },
    );
  });

  it('loads into a hasher that already finished, and saves again from a loaded state', () => {
    const { sha256 } = lib;
    const hasher = sha256.create().update('ab');
    const saved = hasher.save();
    hasher.digest();
    expect(hex(hasher.load(saved).update('c').digest())).toBe(hex(sha256('abc')));
    const again = sha256.create().load(sha256.create().load(saved).save());
    expect(hex(again.update('c').digest())).toBe(hex(sha256('abc')));
  });

  it('refuses hashes whose crate cannot export its state, HMACs, and keyed or XOF hashers', () => {
    const { sha3_256, blake3, blake2b, crc32, hmac, sha256, shake128, WasmError } = lib;
    for (const hasher of [sha3_256.create(), blake3.create(), blake2b.create({ key: new Uint8Array(8) }), crc32.create(), hmac.create(sha256, 'key')]) {
      expect(() => hasher.save()).toThrow(WasmError);
      expect(() => hasher.save()).toThrow(/cannot save or load its state/);
      hasher.dispose();
    }
    const finishedMac = hmac.create(sha256, 'key').update('x');
    finishedMac.digest();
    expect(() => finishedMac.load(sha256.create().save())).toThrow(WasmError);
    const xof = shake128.create().update('x');
    xof.xof(4);
    expect(() => xof.save()).toThrow(/xof\(\) was called/);
  });

  it('refuses states of another hash and bytes that are not a state, keeping its own', () => {
    const { sha256, sha512, WasmError, StaleHandleError } = lib;
    const saved = sha256.create().update('abc').save();
    const hasher = sha512.create().update('kept');
    expect(() => hasher.load(saved)).toThrow(WasmError);
    expect(() => hasher.load(saved)).toThrow(/not a saved state of this hash/);
    const own = sha256.create().update('kept');
    for (const bad of [saved.subarray(0, saved.length - 1), new Uint8Array(saved.length), Uint8Array.of(...saved, 0), new Uint8Array(0)]) {
      expect(() => own.load(bad)).toThrow(WasmError);
    }
    expect(() => own.load('state' as never)).toThrow(TypeError);
    expect(hex(own.update('!').digest())).toBe(hex(sha256('kept!')));
    expect(hex(hasher.update('!').digest())).toBe(hex(sha512('kept!')));
    // A finished hasher whose load is refused stays finished.
    expect(() => own.load(new Uint8Array(3))).toThrow(WasmError);
    expect(() => own.update('x')).toThrow(/digest\(\) was already called/);
    own.dispose();
    expect(() => own.save()).toThrow(StaleHandleError);
    expect(() => own.load(saved)).toThrow(StaleHandleError);
  });
});
