// SHA-3 and SHAKE (FIPS 202) and Keccak (its pre-standard padding) in the size-first module, from
// `tiny-keccak`.
import type { ShakeOptions } from '../sha3.js';
import { fixedHash, liteHash, LiteXofHasher, type LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { dkLenOf, optionsOf } from './options.js';
export type { ShakeOptions } from '../sha3.js';

const wasm = liteModule('sha3');

const shake = (variant: number, outputLen: number, blockLen: number): LiteHash<ShakeOptions, LiteXofHasher> =>
  liteHash(wasm, blockLen, outputLen, (options?: ShakeOptions) => ({ variant, outputLen: dkLenOf(optionsOf(options).dkLen, outputLen) }), LiteXofHasher);

/**
 * SHA3-224.
 *
 * @example
 * ```ts
 * import { sha3_224 } from '@org/wasm-crypto/lite/sha3';
 * sha3_224('abc').length; // 28
 * ```
 */
export const sha3_224: LiteHash = fixedHash(wasm, 0, 28, 144);

/**
 * SHA3-256.
 *
 * @example
 * ```ts
 * import { sha3_256 } from '@org/wasm-crypto/lite/sha3';
 * sha3_256('abc'); // 3a985da7…11431532
 * ```
 */
export const sha3_256: LiteHash = fixedHash(wasm, 1, 32, 136);

/**
 * SHA3-384.
 *
 * @example
 * ```ts
 * import { sha3_384 } from '@org/wasm-crypto/lite/sha3';
 * sha3_384('abc').length; // 48
 * ```
 */
export const sha3_384: LiteHash = fixedHash(wasm, 2, 48, 104);

/**
 * SHA3-512.
 *
 * @example
 * ```ts
 * import { sha3_512 } from '@org/wasm-crypto/lite/sha3';
 * sha3_512('abc').length; // 64
 * ```
 */
export const sha3_512: LiteHash = fixedHash(wasm, 3, 64, 72);

/**
 * Keccak-224 (the padding before SHA-3 was standardised).
 *
 * @example
 * ```ts
 * import { keccak_224 } from '@org/wasm-crypto/lite/sha3';
 * keccak_224('abc').length; // 28
 * ```
 */
export const keccak_224: LiteHash = fixedHash(wasm, 4, 28, 144);

/**
 * Keccak-256, Ethereum's hash.
 *
 * @example
 * ```ts
 * import { keccak_256 } from '@org/wasm-crypto/lite/sha3';
 * keccak_256('abc'); // 4e03657a…a12d6c45
 * ```
 */
export const keccak_256: LiteHash = fixedHash(wasm, 5, 32, 136);

/**
 * Keccak-384.
 *
 * @example
 * ```ts
 * import { keccak_384 } from '@org/wasm-crypto/lite/sha3';
 * keccak_384('abc').length; // 48
 * ```
 */
export const keccak_384: LiteHash = fixedHash(wasm, 6, 48, 104);

/**
 * Keccak-512.
 *
 * @example
 * ```ts
 * import { keccak_512 } from '@org/wasm-crypto/lite/sha3';
 * keccak_512('abc').length; // 64
 * ```
 */
export const keccak_512: LiteHash = fixedHash(wasm, 7, 64, 72);

/**
 * SHAKE128: 16 bytes by default, any length with `dkLen`; `create().xof(n)` reads on.
 *
 * @example
 * ```ts
 * import { shake128 } from '@org/wasm-crypto/lite/sha3';
 * shake128('abc', { dkLen: 64 }).length; // 64
 * ```
 */
export const shake128: LiteHash<ShakeOptions, LiteXofHasher> = shake(8, 16, 168);

/**
 * SHAKE256: 32 bytes by default, any length with `dkLen`; `create().xof(n)` reads on.
 *
 * @example
 * ```ts
 * import { shake256 } from '@org/wasm-crypto/lite/sha3';
 * shake256('abc', { dkLen: 64 }).length; // 64
 * ```
 */
export const shake256: LiteHash<ShakeOptions, LiteXofHasher> = shake(9, 32, 136);
