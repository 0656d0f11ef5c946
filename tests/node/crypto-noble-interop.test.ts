// Switching from @noble/hashes one import at a time: noble's HMAC, HKDF and PBKDF2 take our hashes
// (its cloning protocol, `_cloneInto`), and where noble fills in defaults or accepts edge values
// (Argon2's costs, HKDF's length, dkLen 0 of the SP 800-185 functions, memory counted against
// maxmem), ours does the same.
import { argon2id as nArgon2id } from '@noble/hashes/argon2.js';
import { hkdf as nHkdf } from '@noble/hashes/hkdf.js';
import { hmac as nHmac } from '@noble/hashes/hmac.js';
import { pbkdf2 as nPbkdf2 } from '@noble/hashes/pbkdf2.js';
import { scrypt as nScrypt } from '@noble/hashes/scrypt.js';
import * as nAddons from '@noble/hashes/sha3-addons.js';
import { aexists, type CHash, type CHashXOF } from '@noble/hashes/utils.js';
import type { CHash as OurCHash, CHashXOF as OurCHashXOF, Hash as OurHash } from '@org/wasm-crypto/utils';
import { describe, expect, it } from 'vitest';
import { cryptoEntries, hex } from './entries.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(cryptoEntries)('mixing with @noble/hashes ($kind)', ({ lib }) => {
  const L = lib as Json;

  it("noble's hmac, hkdf and pbkdf2 take our hashes and give our results", () => {
    for (const name of ['sha256', 'sha512', 'sha3_256', 'blake2b', 'md5']) {
      const hash = L[name];
      const [key, message] = [bytes('key'), bytes('message')];
      expect(hex(nHmac(hash, key, message)), name).toBe(hex(L.hmac(hash, key, message)));
      const mac = nHmac.create(hash, key).update(bytes('mess'));
      const fork = mac.clone(); // noble's HMAC clones its two hashers with _cloneInto
      expect(hex(fork.update(bytes('age')).digest()), name).toBe(hex(L.hmac(hash, key, message)));
      expect(hex(mac.update(bytes('y')).digest()), name).toBe(hex(L.hmac(hash, key, bytes('messy'))));
      // Output longer than one hash: noble's expand reuses its HMAC through _cloneInto.
      const length = hash.outputLen * 3 + 5;
      expect(hex(nHkdf(hash, bytes('ikm'), bytes('salt'), bytes('info'), length)), name).toBe(hex(L.hkdf(hash, 'ikm', 'salt', 'info', length)));
      expect(hex(nPbkdf2(hash, bytes('pw'), bytes('salt'), { c: 5, dkLen: length })), name).toBe(hex(L.pbkdf2(hash, 'pw', 'salt', { c: 5, dkLen: length })));
    }
  });

  it("noble's functions and types take our hashes without a cast; instanceof narrows our errors", () => {
    const { sha256, sha3_256, WasmError } = lib;
    const asNoble: CHash = sha256; // compile-time: our hash is noble's CHash
    expect(asNoble.outputLen).toBe(32);
    expect(hex(nHmac(sha256, bytes('key'), bytes('message')))).toBe(hex(lib.hmac(sha256, 'key', 'message')));
    expect(hex(nPbkdf2(sha3_256, bytes('pw'), bytes('salt'), { c: 2 }))).toBe(hex(lib.pbkdf2(sha3_256, 'pw', 'salt', { c: 2 })));
    expect(nHkdf(sha256, bytes('ikm'), undefined, undefined, 16)).toHaveLength(16);
    const messageOf = (error: unknown): string => (error instanceof WasmError ? error.message : 'not ours'); // narrows
    expect([messageOf(new WasmError('refused')), messageOf(new Error('x'))]).toEqual(['refused', 'not ours']);
  });

  it("noble's generic hash types, as /utils declares them, describe our hashes and hash classes of one's own", () => {
    const { sha256, shake256, createHasher } = lib;
    // Code generic over noble's types, written against ours.
    const digestOf = <T extends OurHash<T>>(hash: OurCHash<T>, message: Uint8Array): Uint8Array => hash.create().update(message).digest();
    const forked = <T extends OurHash<T>>(state: T): [T, T] => [state, state.clone()];
    expect(hex(digestOf(sha256, bytes('abc')))).toBe(hex(sha256('abc')));
    const [a, b] = forked(sha256.create().update('ab'));
    expect(hex(b.update('c').digest())).toBe(hex(a.update('c').digest()));
    // A class of one's own implements noble's Hash<T> and goes through createHasher.
    class Xor8 implements OurHash<Xor8> {
      readonly blockLen = 1;
      readonly outputLen = 1;
      readonly canXOF = false;
      #acc = 0;
      update(buf: Uint8Array): this {
        for (const byte of buf) this.#acc ^= byte;
        return this;
      }
      digestInto(buf: Uint8Array): void {
        buf[0] = this.#acc;
      }
      digest(): Uint8Array<ArrayBuffer> {
        return Uint8Array.of(this.#acc);
      }
      destroy(): void {}
      _cloneInto(to = new Xor8()): Xor8 {
        to.#acc = this.#acc;
        return to;
      }
      clone(): Xor8 {
        return this._cloneInto();
      }
    }
    const xor8: OurCHash<Xor8> = createHasher(() => new Xor8());
    expect([...xor8(Uint8Array.of(1, 2, 4))]).toEqual([7]);
    expect(digestOf(xor8, Uint8Array.of(3, 5))).toEqual(Uint8Array.of(6));
    // Our XOFs fit both noble's CHashXOF and ours.
    const xof: OurCHashXOF = shake256;
    const nobleXof: CHashXOF = shake256;
    expect(hex(xof.create().update('x').xof(8))).toBe(hex(nobleXof.create().update(bytes('x')).xof(8)));
  });

  it("takes noble's option and helper argument types: asyncTick, private flags, interface-typed objects", async () => {
    const { pbkdf2Async, sha256, aexists, validateObject } = lib;
    const key: Uint8Array<ArrayBuffer> = await pbkdf2Async(sha256, 'pw', 'salt', { c: 2, asyncTick: 10 }); // an ArrayBuffer-backed result
    expect(key).toHaveLength(32);
    class Own {
      private destroyed = false;
      private finished = true;
      check(): void {
        aexists(this); // noble's helpers take a hash class's private flags
      }
    }
    expect(() => new Own().check()).toThrow(/digest\(\) was already called/);
    interface Costs {
      N: number;
    }
    const costs: Costs = { N: 16 };
    expect(() => validateObject(costs, { N: 'number' })).not.toThrow();
  });

  it("_cloneInto copies into a used or disposed hasher of the same hash, and refuses any other; noble's aexists reads our flags", () => {
    const source = L.sha256.create().update('ab');
    const target = L.sha256.create().update('something else');
    expect(source._cloneInto(target)).toBe(target);
    expect(hex(target.update('c').digest())).toBe(hex(L.sha256('abc')));
    expect(hex(source._cloneInto(target).update('d').digest())).toBe(hex(L.sha256('abd'))); // after digest
    target.dispose();
    expect(hex(source._cloneInto(target).digest())).toBe(hex(L.sha256('ab'))); // after dispose
    expect(() => source._cloneInto(L.sha512.create())).toThrow(TypeError);
    expect(() => source._cloneInto(L.blake3.create({ dkLen: 16 }))).toThrow(TypeError);
    const mac = L.hmac.create(L.shake128, 'key').update('m'); // an HMAC shares its hash's def, not its kind
    expect(() => mac._cloneInto(L.shake128.create())).toThrow(TypeError);
    expect(() => L.shake128.create()._cloneInto(mac)).toThrow(TypeError);
    mac.dispose();
    source._cloneInto(target);
    const heap = L.wasmInfo().heapBytes;
    for (let i = 0; i < 50; i++) source._cloneInto(target); // the replaced states are freed
    expect(L.wasmInfo().heapBytes).toBe(heap);
    expect(() => aexists(source)).not.toThrow();
    source.digest();
    expect(() => aexists(source, true)).toThrow();
    source.dispose();
    expect(() => aexists(source)).toThrow();
    target.dispose();
  });

  it('Argon2 fills in the costs left out as noble (t = 3, p = 1; m is 1 GiB)', () => {
    const salt = bytes('somesaltsomesalt');
    for (const options of [{ t: 1, m: 64 }, { m: 64, p: 1 }, { t: 2, m: 32, p: undefined }]) {
      expect(hex(L.argon2id('pw', salt, options)), JSON.stringify(options)).toBe(hex(nArgon2id(bytes('pw'), salt, options as Json)));
    }
  });

  it('maxmem counts memory as noble: scrypt 128·r·(N + p + 1) bytes, Argon2 its m rounded down to 4·p blocks', () => {
    const [pw, salt] = [bytes('pw'), bytes('saltsalt')];
    expect(hex(L.scrypt(pw, salt, { N: 16, r: 1, p: 1, maxmem: 2304 }))).toBe(hex(nScrypt(pw, salt, { N: 16, r: 1, p: 1, maxmem: 2304 })));
    expect(() => L.scrypt(pw, salt, { N: 16, r: 1, p: 1, maxmem: 2303 })).toThrow(/maxmem/);
    expect(() => nScrypt(pw, salt, { N: 16, r: 1, p: 1, maxmem: 2303 })).toThrow(/maxmem/);
    // The default admits N = 2^20, r = 8, p = 1 exactly (checked before any memory is taken).
    expect(() => L.scrypt(pw, salt, { N: 2 ** 20, r: 8, p: 2 })).toThrow(/need 1073744896 bytes/);
    expect(hex(L.argon2id(pw, salt, { t: 1, m: 11, p: 1, maxmem: 8192 }))).toBe(hex(nArgon2id(pw, salt, { t: 1, m: 11, p: 1, maxmem: 8192 })));
    expect(() => L.argon2id(pw, salt, { t: 1, m: 11, p: 1, maxmem: 8191 })).toThrow(/maxmem/);
  });

  it('a hasher cloned after xof() continues the output from the same point, as noble', () => {
    const starts: [string, () => Json][] = [
      ['shake256', () => L.shake256.create()],
      ['blake3', () => L.blake3.create()],
      ['kt128', () => L.kt128.create()],
      ['turboshake128', () => L.turboshake128.create()],
      ['cshake128', () => L.cshake128.create({ personalization: 'p' })],
      ['kmac128xof', () => L.kmac128xof.create('key')],
    ];
    for (const [name, start] of starts) {
      const hasher = start().update('message');
      const whole = start().update('message').xof(40);
      expect(hex(hasher.xof(7)), name).toBe(hex(whole.subarray(0, 7)));
      const fork = hasher.clone();
      expect(hex(fork.xof(33)), name).toBe(hex(whole.subarray(7)));
      expect(hex(hasher.xof(33)), name).toBe(hex(whole.subarray(7)));
      expect(() => fork.update('more'), name).toThrow(/xof\(\) was called/);
      fork.dispose();
      hasher.dispose();
    }
  });

  it('hkdf defaults to 32 bytes, as noble', () => {
    expect(hex(L.hkdf(L.sha256, 'ikm', undefined, undefined))).toBe(hex(nHkdf(L.sha256, bytes('ikm'), undefined, undefined, 32)));
  });

  it('KMAC, TupleHash and ParallelHash give an empty output for dkLen 0 and say whether they are XOFs, as noble', () => {
    for (const [name, noble] of Object.entries(nAddons) as [string, Json][]) {
      if (typeof noble !== 'function' || noble.outputLen === undefined) continue;
      expect(L[name].canXOF, name).toBe(noble.canXOF);
    }
    for (const bits of ['128', '256']) {
      for (const suffix of ['', 'xof']) {
        const key = bytes('key');
        expect(L[`kmac${bits}${suffix}`](key, 'm', { dkLen: 0 })).toEqual(nAddons[`kmac${bits}${suffix}` as 'kmac128'](key, bytes('m'), { dkLen: 0 }));
        expect(L[`tuplehash${bits}${suffix}`](['m'], { dkLen: 0 })).toHaveLength(0);
        expect(L[`parallelhash${bits}${suffix}`]('m', { dkLen: 0 })).toHaveLength(0);
        expect(L[`parallelhash${bits}${suffix}`].create({ dkLen: 0 }).update('m').digest()).toHaveLength(0);
      }
    }
    expect(() => L.kt128('m', { dkLen: 0 })).toThrow(RangeError); // noble refuses it too
  });
});
