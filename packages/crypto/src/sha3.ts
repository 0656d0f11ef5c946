// SHA-3 and Keccak (FIPS 202), SHAKE, and the bare permutation. Ids follow
// crates/crypto/src/families/sha3.rs.
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash, type HashFunction } from './hash.js';
import { anumber } from './noble-utils.js';
import { checkOptions, dkLen } from './options.js';

const fixed = (id: number, outputLen: number, blockLen: number, nistOid?: number): HashFunction =>
  hashFunction({ slot: slots.sha3, id, outputLen, blockLen, keyed: true, ...(nistOid === undefined ? {} : { nistOid }) });

/**
 * Options of SHAKE: the output length.
 *
 * @example
 * ```ts
 * import { shake256, type ShakeOptions } from '@org/wasm-crypto/sha3';
 * const options: ShakeOptions = { dkLen: 64 };
 * shake256('abc', options); // 64 bytes
 * ```
 */
export interface ShakeOptions {
  /** Output length in bytes, 0 or more (default: 16 for SHAKE128, 32 for SHAKE256). */
  dkLen?: number;
}

const shake = (id: number, outputLen: number, blockLen: number, nistOid: number): ConfigurableHash<ShakeOptions> =>
  hashFunction({ slot: slots.sha3, id, outputLen, blockLen, canXOF: true, keyed: true, nistOid }, (options: ShakeOptions) => ({
    params: { outLen: dkLen(checkOptions(options), outputLen, 0) },
    owned: false,
  }));

/**
 * SHA3-224 (FIPS 202).
 *
 * @example
 * ```ts
 * import { sha3_224 } from '@org/wasm-crypto/sha3';
 * sha3_224('abc'); // 28 bytes
 * ```
 */
export const sha3_224: HashFunction = fixed(10, 28, 144, 0x07);
/**
 * SHA3-256 (FIPS 202).
 *
 * @example
 * ```ts
 * import { sha3_256 } from '@org/wasm-crypto/sha3';
 * sha3_256('abc'); // 32 bytes
 * ```
 */
export const sha3_256: HashFunction = fixed(11, 32, 136, 0x08);
/**
 * SHA3-384 (FIPS 202).
 *
 * @example
 * ```ts
 * import { sha3_384 } from '@org/wasm-crypto/sha3';
 * sha3_384('abc'); // 48 bytes
 * ```
 */
export const sha3_384: HashFunction = fixed(12, 48, 104, 0x09);
/**
 * SHA3-512 (FIPS 202).
 *
 * @example
 * ```ts
 * import { sha3_512 } from '@org/wasm-crypto/sha3';
 * sha3_512('abc'); // 64 bytes
 * ```
 */
export const sha3_512: HashFunction = fixed(13, 64, 72, 0x0a);
/**
 * Keccak-224: SHA-3 with the original Keccak padding.
 *
 * @example
 * ```ts
 * import { keccak_224 } from '@org/wasm-crypto/sha3';
 * keccak_224('abc'); // 28 bytes
 * ```
 */
export const keccak_224: HashFunction = fixed(14, 28, 144);
/**
 * Keccak-256: SHA-3 with the original Keccak padding, as Ethereum uses it.
 *
 * @example
 * ```ts
 * import { keccak_256 } from '@org/wasm-crypto/sha3';
 * keccak_256(''); // c5d24601…
 * ```
 */
export const keccak_256: HashFunction = fixed(15, 32, 136);
/**
 * Keccak-384: SHA-3 with the original Keccak padding.
 *
 * @example
 * ```ts
 * import { keccak_384 } from '@org/wasm-crypto/sha3';
 * keccak_384('abc'); // 48 bytes
 * ```
 */
export const keccak_384: HashFunction = fixed(16, 48, 104);
/**
 * Keccak-512: SHA-3 with the original Keccak padding.
 *
 * @example
 * ```ts
 * import { keccak_512 } from '@org/wasm-crypto/sha3';
 * keccak_512('abc'); // 64 bytes
 * ```
 */
export const keccak_512: HashFunction = fixed(17, 64, 72);
/**
 * SHAKE128 (FIPS 202), an extendable-output function: any `dkLen` (default 16 bytes).
 *
 * @example
 * ```ts
 * import { shake128 } from '@org/wasm-crypto/sha3';
 * shake128('abc', { dkLen: 64 }); // 64 bytes
 * ```
 */
export const shake128: ConfigurableHash<ShakeOptions> = shake(18, 16, 168, 0x0b);
/**
 * SHAKE256 (FIPS 202), an extendable-output function: any `dkLen` (default 32 bytes).
 *
 * @example
 * ```ts
 * import { shake256 } from '@org/wasm-crypto/sha3';
 * shake256('abc', { dkLen: 64 }); // 64 bytes
 * ```
 */
export const shake256: ConfigurableHash<ShakeOptions> = shake(19, 32, 136, 0x0c);
/**
 * SHAKE128 with a 32-byte output by default (noble's `shake128_32`).
 *
 * @example
 * ```ts
 * import { shake128_32 } from '@org/wasm-crypto/sha3';
 * shake128_32('abc'); // 32 bytes
 * ```
 */
export const shake128_32: ConfigurableHash<ShakeOptions> = shake(38, 32, 168, 0x0b);
/**
 * SHAKE256 with a 64-byte output by default (noble's `shake256_64`).
 *
 * @example
 * ```ts
 * import { shake256_64 } from '@org/wasm-crypto/sha3';
 * shake256_64('abc'); // 64 bytes
 * ```
 */
export const shake256_64: ConfigurableHash<ShakeOptions> = shake(39, 64, 136, 0x0c);

/**
 * noble's name for {@link ShakeOptions}.
 *
 * @example
 * ```ts
 * import type { ShakeOpts } from '@org/wasm-crypto/sha3';
 * const options: ShakeOpts = { dkLen: 32 };
 * ```
 */
export type ShakeOpts = ShakeOptions;

/**
 * Keccak-p[1600, rounds] (FIPS 202): permutes a Keccak state in place with the last `rounds`
 * (1–24) rounds of Keccak-f[1600], as `@noble/hashes`' `keccakP` (RustCrypto's `keccak` crate
 * computes it). The state is 25 lanes as 50 32-bit words, each lane's low half first.
 *
 * @param s - The state: a `Uint32Array` of 50 words, changed in place.
 * @param rounds - How many rounds to run, 1 to 24 (default 24, the full Keccak-f).
 * @throws TypeError if `s` is not a `Uint32Array` or `rounds` not a number; RangeError if `s`
 *   does not have 50 words or `rounds` is not a non-negative integer; Error if `rounds` is not
 *   1 to 24 (noble's error classes).
 *
 * @example
 * ```ts
 * import { keccakP } from '@org/wasm-crypto/sha3';
 * const state = new Uint32Array(50);
 * keccakP(state); // Keccak-f[1600] of the zero state
 * keccakP(state, 12); // the 12 rounds TurboSHAKE and KangarooTwelve use
 * ```
 */
export function keccakP(s: Uint32Array, rounds: number = 24): void {
  if (!(s instanceof Uint32Array)) throw new TypeError(`"s" expected Uint32Array(50), got type=${typeof s}`);
  if (s.length !== 50) throw new RangeError(`"s" expected Uint32Array(50), got length=${s.length}`);
  anumber(rounds, 'rounds');
  if (rounds < 1 || rounds > 24) throw new Error('"rounds" expected integer 1..24');
  slots.sha3.get().call((glue) => glue.keccakP(s, rounds));
}
