// The SHA-3 derived functions of NIST SP 800-185 (cSHAKE, KMAC, TupleHash, ParallelHash) and
// RFC 9861 (TurboSHAKE, KangarooTwelve), named and shaped as `@noble/hashes/sha3-addons.js`.
// Ids follow crates/crypto/src/families/sha3_addons.rs.
import { checkInteger, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { hashFunction, sameHashAs, type ConfigurableHash, type Hasher, type HashDef } from './hash.js';
import { bytesOption, checkOptions, dkLen } from './options.js';

// The extendable-output ones: cSHAKE, the XOF variants, TurboSHAKE and KangarooTwelve.
const XOF_IDS = new Set([20, 21, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37]);
// The ones HMAC, HKDF and PBKDF2 take (at their defaults, as noble's `hmac`): all but KMAC.
const KEYED_IDS = new Set([20, 21, 24, 25, 26, 27, 28, 29, 30, 31, 34, 35, 36, 37]);

const def = (id: number, outputLen: number, blockLen: number, atomicUpdates = false): HashDef => ({
  slot: slots.sha3_addons,
  id,
  outputLen,
  blockLen,
  atomicUpdates,
  canXOF: XOF_IDS.has(id),
  keyed: KEYED_IDS.has(id),
});

/**
 * Options of cSHAKE.
 *
 * @example
 * ```ts
 * import { cshake128, type CShakeOptions } from '@org/wasm-crypto/sha3-addons';
 * const options: CShakeOptions = { personalization: 'Email Signature', dkLen: 32 };
 * cshake128('message', options);
 * ```
 */
export interface CShakeOptions {
  /** Output length in bytes (default 16 for cSHAKE128, 32 for cSHAKE256). */
  dkLen?: number;
  /** The customization string S. */
  personalization?: BytesInput;
  /** The function name N (reserved for NIST-defined functions). */
  NISTfn?: BytesInput;
}

const cshake = (id: number, outputLen: number, blockLen: number): ConfigurableHash<CShakeOptions> =>
  hashFunction(def(id, outputLen, blockLen), (options: CShakeOptions) => {
    const o = checkOptions(options);
    return {
      params: { outLen: dkLen(o, outputLen, 0), salt: bytesOption(o, 'NISTfn'), personalization: bytesOption(o, 'personalization') },
      owned: false,
    };
  });

/**
 * cSHAKE128 (NIST SP 800-185): SHAKE128 with a customization string.
 *
 * @example
 * ```ts
 * import { cshake128 } from '@org/wasm-crypto/sha3-addons';
 * cshake128('abc', { personalization: 'my app', dkLen: 32 });
 * ```
 */
export const cshake128: ConfigurableHash<CShakeOptions> = cshake(20, 16, 168);
/**
 * cSHAKE256 (NIST SP 800-185): SHAKE256 with a customization string.
 *
 * @example
 * ```ts
 * import { cshake256 } from '@org/wasm-crypto/sha3-addons';
 * cshake256('abc', { personalization: 'my app', dkLen: 64 });
 * ```
 */
export const cshake256: ConfigurableHash<CShakeOptions> = cshake(21, 32, 136);

/**
 * Options of KMAC, TupleHash and KangarooTwelve.
 *
 * @example
 * ```ts
 * import { kmac256, type CustomizedOptions } from '@org/wasm-crypto/sha3-addons';
 * const options: CustomizedOptions = { personalization: 'My Tagged Application', dkLen: 64 };
 * kmac256('key of at least 32 bytes........', 'message', options);
 * ```
 */
export interface CustomizedOptions {
  /** Output length in bytes. */
  dkLen?: number;
  /** The customization string S. */
  personalization?: BytesInput;
}

/**
 * A keyed SP 800-185 function (KMAC): `kmac128(key, message, options?)`, and
 * `kmac128.create(key, options?)` for streaming.
 *
 * @example
 * ```ts
 * import { kmac256, type KmacFunction } from '@org/wasm-crypto/sha3-addons';
 * const mac: KmacFunction = kmac256;
 * mac('key', 'message', { dkLen: 64, personalization: 'my app' });
 * ```
 */
export interface KmacFunction {
  (key: BytesInput, message: BytesInput, options?: CustomizedOptions): Bytes;
  /** Starts a streaming KMAC. */
  create(key: BytesInput, options?: CustomizedOptions): Hasher;
  /** Default output size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function (the `…xof` variants). */
  readonly canXOF: boolean;
}

const kmac = (id: number, outputLen: number, blockLen: number): KmacFunction => {
  const inner = hashFunction(def(id, outputLen, blockLen), (options: CustomizedOptions & { key: BytesInput }) => {
    const o = checkOptions(options);
    const [outLen, personalization] = [dkLen(o, outputLen, 0), bytesOption(o, 'personalization')];
    return { params: { outLen, key: toBytes(options.key, 'key'), personalization }, owned: typeof options.key === 'string' }; // the key last
  });
  const withKey = (key: BytesInput, options: CustomizedOptions | undefined) => ({ ...checkOptions(options), key }) as CustomizedOptions & { key: BytesInput };
  return Object.assign((key: BytesInput, message: BytesInput, options?: CustomizedOptions) => inner(message, withKey(key, options)), {
    create: (key: BytesInput, options?: CustomizedOptions) => inner.create(withKey(key, options)),
    outputLen,
    blockLen,
    canXOF: inner.canXOF,
  });
};

/**
 * KMAC128 (NIST SP 800-185): a MAC from cSHAKE128, with any output length (default 16 bytes).
 *
 * @example
 * ```ts
 * import { kmac128 } from '@org/wasm-crypto/sha3-addons';
 * kmac128('key', 'message', { personalization: 'my app' });
 * ```
 */
export const kmac128: KmacFunction = kmac(22, 16, 168);
/**
 * KMAC256 (NIST SP 800-185): a MAC from cSHAKE256, with any output length (default 32 bytes).
 *
 * @example
 * ```ts
 * import { kmac256 } from '@org/wasm-crypto/sha3-addons';
 * kmac256('key', 'message', { dkLen: 64 });
 * ```
 */
export const kmac256: KmacFunction = kmac(23, 32, 136);
/**
 * KMACXOF128 (NIST SP 800-185): KMAC128 as an extendable-output function.
 *
 * @example
 * ```ts
 * import { kmac128xof } from '@org/wasm-crypto/sha3-addons';
 * kmac128xof('key', 'message', { dkLen: 100 });
 * ```
 */
export const kmac128xof: KmacFunction = kmac(32, 16, 168);
/**
 * KMACXOF256 (NIST SP 800-185): KMAC256 as an extendable-output function.
 *
 * @example
 * ```ts
 * import { kmac256xof } from '@org/wasm-crypto/sha3-addons';
 * kmac256xof('key', 'message', { dkLen: 100 });
 * ```
 */
export const kmac256xof: KmacFunction = kmac(33, 32, 136);

/**
 * TupleHash (NIST SP 800-185): hashes a list of strings so that their boundaries count
 * (`['ab', 'c']` and `['a', 'bc']` differ). With `.create()`, each `update()` adds one element.
 *
 * @example
 * ```ts
 * import { tuplehash256, type TupleHashFunction } from '@org/wasm-crypto/sha3-addons';
 * const hash: TupleHashFunction = tuplehash256;
 * hash(['user', 'alice'], { dkLen: 32 });
 * ```
 */
export interface TupleHashFunction {
  (messages: readonly BytesInput[], options?: CustomizedOptions): Bytes;
  /** Starts a streaming TupleHash: each `update()` is one element. */
  create(options?: CustomizedOptions): Hasher;
  /** Default output size in bytes. */
  readonly outputLen: number;
  /** Internal block size in bytes. */
  readonly blockLen: number;
  /** Whether it is an extendable-output function (the `…xof` variants). */
  readonly canXOF: boolean;
}

/** Options with a customization string; `minLen` 0 for the SP 800-185 functions, which give an empty output for dkLen 0 as noble's (KT refuses it, as noble's). */
const customized = (options: CustomizedOptions, outputLen: number, minLen: number) => {
  const o = checkOptions(options);
  return { params: { outLen: dkLen(o, outputLen, minLen), personalization: bytesOption(o, 'personalization') }, owned: false };
};

const tuplehash = (id: number, outputLen: number, blockLen: number): TupleHashFunction => {
  const inner = hashFunction(def(id, outputLen, blockLen, true), (options: CustomizedOptions) => customized(options, outputLen, 0));
  const tuple = Object.assign(
    (messages: readonly BytesInput[], options?: CustomizedOptions) => {
      if (!Array.isArray(messages)) throw new TypeError('messages must be an array of byte strings');
      const hasher = inner.create(options ?? {});
      try {
        messages.forEach((message: BytesInput, i: number) => hasher.update(toBytes(message, `messages[${i}]`)));
        return hasher.digest();
      } finally {
        hasher.dispose();
      }
    },
    { create: (options?: CustomizedOptions) => inner.create(options ?? {}), outputLen, blockLen, canXOF: inner.canXOF },
  );
  sameHashAs(tuple, inner); // so that hmac(tuplehash128, …) works, as in noble
  return tuple;
};

/**
 * TupleHash128 (NIST SP 800-185), default output 16 bytes.
 *
 * @example
 * ```ts
 * import { tuplehash128 } from '@org/wasm-crypto/sha3-addons';
 * tuplehash128(['a', 'b']);
 * ```
 */
export const tuplehash128: TupleHashFunction = tuplehash(24, 16, 168);
/**
 * TupleHash256 (NIST SP 800-185), default output 32 bytes.
 *
 * @example
 * ```ts
 * import { tuplehash256 } from '@org/wasm-crypto/sha3-addons';
 * tuplehash256(['a', 'b']);
 * ```
 */
export const tuplehash256: TupleHashFunction = tuplehash(25, 32, 136);
/**
 * TupleHashXOF128 (NIST SP 800-185).
 *
 * @example
 * ```ts
 * import { tuplehash128xof } from '@org/wasm-crypto/sha3-addons';
 * tuplehash128xof(['a', 'b'], { dkLen: 100 });
 * ```
 */
export const tuplehash128xof: TupleHashFunction = tuplehash(34, 16, 168);
/**
 * TupleHashXOF256 (NIST SP 800-185).
 *
 * @example
 * ```ts
 * import { tuplehash256xof } from '@org/wasm-crypto/sha3-addons';
 * tuplehash256xof(['a', 'b'], { dkLen: 100 });
 * ```
 */
export const tuplehash256xof: TupleHashFunction = tuplehash(35, 32, 136);

/**
 * Options of ParallelHash.
 *
 * @example
 * ```ts
 * import { parallelhash128, type ParallelHashOptions } from '@org/wasm-crypto/sha3-addons';
 * const options: ParallelHashOptions = { blockLen: 8192, dkLen: 32 };
 * parallelhash128(largeMessage, options);
 * ```
 */
export interface ParallelHashOptions extends CustomizedOptions {
  /** The block size B in bytes (default 8, as noble). */
  blockLen?: number;
}

const parallelhash = (id: number, outputLen: number, blockLen: number): ConfigurableHash<ParallelHashOptions> =>
  hashFunction(def(id, outputLen, blockLen), (options: ParallelHashOptions) => {
    const { params, owned } = customized(options, outputLen, 0);
    const b = options.blockLen === undefined ? 8 : checkInteger(options.blockLen, 'blockLen', 1, 2 ** 32 - 1);
    return { params: { ...params, number: b }, owned };
  });

/**
 * ParallelHash128 (NIST SP 800-185), default output 16 bytes, block size `blockLen` (default 8).
 *
 * @example
 * ```ts
 * import { parallelhash128 } from '@org/wasm-crypto/sha3-addons';
 * parallelhash128(new Uint8Array(1 << 20), { blockLen: 8192 });
 * ```
 */
export const parallelhash128: ConfigurableHash<ParallelHashOptions> = parallelhash(26, 16, 168);
/**
 * ParallelHash256 (NIST SP 800-185), default output 32 bytes.
 *
 * @example
 * ```ts
 * import { parallelhash256 } from '@org/wasm-crypto/sha3-addons';
 * parallelhash256('abc', { blockLen: 8 });
 * ```
 */
export const parallelhash256: ConfigurableHash<ParallelHashOptions> = parallelhash(27, 32, 136);
/**
 * ParallelHashXOF128 (NIST SP 800-185).
 *
 * @example
 * ```ts
 * import { parallelhash128xof } from '@org/wasm-crypto/sha3-addons';
 * parallelhash128xof('abc', { dkLen: 100 });
 * ```
 */
export const parallelhash128xof: ConfigurableHash<ParallelHashOptions> = parallelhash(36, 16, 168);
/**
 * ParallelHashXOF256 (NIST SP 800-185).
 *
 * @example
 * ```ts
 * import { parallelhash256xof } from '@org/wasm-crypto/sha3-addons';
 * parallelhash256xof('abc', { dkLen: 100 });
 * ```
 */
export const parallelhash256xof: ConfigurableHash<ParallelHashOptions> = parallelhash(37, 32, 136);

/**
 * Options of TurboSHAKE.
 *
 * @example
 * ```ts
 * import { turboshake128, type TurboShakeOptions } from '@org/wasm-crypto/sha3-addons';
 * const options: TurboShakeOptions = { D: 0x0b, dkLen: 32 };
 * turboshake128('message', options);
 * ```
 */
export interface TurboShakeOptions {
  /** Output length in bytes (default 32 for TurboSHAKE128, 64 for TurboSHAKE256). */
  dkLen?: number;
  /** The domain separation byte D, 0x01–0x7F (default 0x1F). */
  D?: number;
}

const turboshake = (id: number, outputLen: number, blockLen: number): ConfigurableHash<TurboShakeOptions> =>
  hashFunction(def(id, outputLen, blockLen), (options: TurboShakeOptions) => {
    const o = checkOptions(options);
    const d = o.D === undefined ? undefined : checkInteger(o.D, 'D', 0x01, 0x7f);
    return { params: { outLen: dkLen(o, outputLen), number: d }, owned: false };
  });

/**
 * TurboSHAKE128 (RFC 9861): Keccak with 12 rounds; any output length, domain byte `D`.
 *
 * @example
 * ```ts
 * import { turboshake128 } from '@org/wasm-crypto/sha3-addons';
 * turboshake128('abc', { D: 0x06, dkLen: 32 });
 * ```
 */
export const turboshake128: ConfigurableHash<TurboShakeOptions> = turboshake(28, 32, 168);
/**
 * TurboSHAKE256 (RFC 9861).
 *
 * @example
 * ```ts
 * import { turboshake256 } from '@org/wasm-crypto/sha3-addons';
 * turboshake256('abc', { dkLen: 64 });
 * ```
 */
export const turboshake256: ConfigurableHash<TurboShakeOptions> = turboshake(29, 64, 136);

const kt = (id: number, outputLen: number, blockLen: number): ConfigurableHash<CustomizedOptions> =>
  hashFunction(def(id, outputLen, blockLen), (options: CustomizedOptions) => customized(options, outputLen, 1));

/**
 * KangarooTwelve KT128 (RFC 9861), with an optional customization string; default output 32 bytes.
 *
 * @example
 * ```ts
 * import { kt128 } from '@org/wasm-crypto/sha3-addons';
 * kt128('abc', { personalization: 'my app', dkLen: 32 });
 * ```
 */
export const kt128: ConfigurableHash<CustomizedOptions> = kt(30, 32, 168);
/**
 * KangarooTwelve KT256 (RFC 9861); default output 64 bytes.
 *
 * @example
 * ```ts
 * import { kt256 } from '@org/wasm-crypto/sha3-addons';
 * kt256('abc', { dkLen: 64 });
 * ```
 */
export const kt256: ConfigurableHash<CustomizedOptions> = kt(31, 64, 136);
/**
 * KangarooTwelve: the former name of {@link kt128}.
 *
 * @example
 * ```ts
 * import { k12 } from '@org/wasm-crypto/sha3-addons';
 * k12('abc');
 * ```
 */
export const k12: ConfigurableHash<CustomizedOptions> = kt128;

/**
 * HopMAC with KT128 or KT256: `(key, message, personalization, dkLen?) => tag`.
 *
 * @example
 * ```ts
 * import { HopMAC128, type HopMAC } from '@org/wasm-crypto/sha3-addons';
 * const mac: HopMAC = HopMAC128;
 * mac('key', 'message', 'context', 32);
 * ```
 */
export type HopMAC = (key: BytesInput, message: BytesInput, personalization: BytesInput, dkLen?: number) => Bytes;

const hopMac =
  (kt: ConfigurableHash<CustomizedOptions>): HopMAC =>
  (key, message, personalization, dkLen) =>
    kt(key, { personalization: kt(message, { personalization }), ...(dkLen === undefined ? {} : { dkLen }) });

/**
 * HopMAC128(Key, M, C, L) = KT128(Key, KT128(M, C, 32), L), from the KangarooTwelve paper, as
 * `@noble/hashes`' `HopMAC128` (the tag is 32 bytes unless `dkLen` says otherwise).
 *
 * @example
 * ```ts
 * import { HopMAC128 } from '@org/wasm-crypto/sha3-addons';
 * const tag = HopMAC128(key, 'message', 'my app');
 * ```
 */
export const HopMAC128: HopMAC = hopMac(kt128);

/**
 * HopMAC256(Key, M, C, L) = KT256(Key, KT256(M, C, 64), L), as `@noble/hashes`' `HopMAC256`
 * (the tag is 64 bytes unless `dkLen` says otherwise).
 *
 * @example
 * ```ts
 * import { HopMAC256 } from '@org/wasm-crypto/sha3-addons';
 * const tag = HopMAC256(key, 'message', 'my app', 32);
 * ```
 */
export const HopMAC256: HopMAC = hopMac(kt256);

/**
 * noble's name for {@link CShakeOptions}.
 *
 * @example
 * ```ts
 * import type { cShakeOpts } from '@org/wasm-crypto/sha3-addons';
 * const options: cShakeOpts = { personalization: 'app' };
 * ```
 */
export type cShakeOpts = CShakeOptions;
/**
 * noble's name for {@link KmacFunction}.
 *
 * @example
 * ```ts
 * import { kmac128, type IKMAC } from '@org/wasm-crypto/sha3-addons';
 * const mac: IKMAC = kmac128;
 * ```
 */
export type IKMAC = KmacFunction;
/**
 * noble's name for {@link TupleHashFunction}.
 *
 * @example
 * ```ts
 * import { tuplehash256, type ITupleHash } from '@org/wasm-crypto/sha3-addons';
 * const tupleHash: ITupleHash = tuplehash256;
 * tupleHash(['a', 'bc']);
 * ```
 */
export type ITupleHash = TupleHashFunction;
/**
 * noble's name for {@link TurboShakeOptions}.
 *
 * @example
 * ```ts
 * import type { TurboshakeOpts } from '@org/wasm-crypto/sha3-addons';
 * const options: TurboshakeOpts = { D: 0x1f };
 * ```
 */
export type TurboshakeOpts = TurboShakeOptions;
/**
 * noble's name for {@link CustomizedOptions} (KT128/KT256's options).
 *
 * @example
 * ```ts
 * import { kt128, type KangarooOpts } from '@org/wasm-crypto/sha3-addons';
 * const options: KangarooOpts = { personalization: 'app', dkLen: 32 };
 * kt128('message', options);
 * ```
 */
export type KangarooOpts = CustomizedOptions;
