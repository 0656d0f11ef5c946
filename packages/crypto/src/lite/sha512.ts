// SHA-512, SHA-384, SHA-512/224 and SHA-512/256 (FIPS 180-4) in the size-first module, from
// RustCrypto's `sha2`.
import { fixedHash, type LiteHash } from './hash.js';
import { liteModule } from './module.js';

const wasm = liteModule('sha512');

/**
 * SHA-512.
 *
 * @example
 * ```ts
 * import { sha512 } from '@org/wasm-crypto/lite/sha512';
 * sha512('abc').length; // 64
 * ```
 */
export const sha512: LiteHash = fixedHash(wasm, 0, 64, 128);

/**
 * SHA-384.
 *
 * @example
 * ```ts
 * import { sha384 } from '@org/wasm-crypto/lite/sha512';
 * sha384('abc').length; // 48
 * ```
 */
export const sha384: LiteHash = fixedHash(wasm, 1, 48, 128);

/**
 * SHA-512/224.
 *
 * @example
 * ```ts
 * import { sha512_224 } from '@org/wasm-crypto/lite/sha512';
 * sha512_224('abc').length; // 28
 * ```
 */
export const sha512_224: LiteHash = fixedHash(wasm, 2, 28, 128);

/**
 * SHA-512/256.
 *
 * @example
 * ```ts
 * import { sha512_256 } from '@org/wasm-crypto/lite/sha512';
 * sha512_256('abc').length; // 32
 * ```
 */
export const sha512_256: LiteHash = fixedHash(wasm, 3, 32, 128);
