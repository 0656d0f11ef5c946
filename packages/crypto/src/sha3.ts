// SHA-3 and Keccak (FIPS 202) and SHAKE. Ids follow crates/crypto/src/families/sha3.rs.
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash, type HashFunction } from './hash.js';
import { checkOptions, dkLen } from './options.js';

const fixed = (id: number, outputLen: number, blockLen: number, nistOid?: number): HashFunction =>
  hashFunction({ slot: slots.sha3, id, outputLen, blockLen, keyed: true, ...(nistOid === undefined ? {} : { nistOid }) });

/** Options of SHAKE: the output length. */
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

/** noble's name for {@link ShakeOptions}. */
export type ShakeOpts = ShakeOptions;
