// SHA-256 and SHA-224 (FIPS 180-4) in the size-first module, from RustCrypto's `sha2`.
import { fixedHash, type LiteHash } from './hash.js';
import { liteModule } from './module.js';

const wasm = liteModule('sha256');

/**
 * SHA-256, as `@noble/hashes`' `sha256` (hash only: HMAC and the KDFs take the full entries').
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto/lite/sha256';
 * sha256('abc'); // ba7816bf…f20015ad
 * ```
 */
export const sha256: LiteHash = fixedHash(wasm, 0, 32, 64);

/**
 * SHA-224.
 *
 * @example
 * ```ts
 * import { sha224 } from '@org/wasm-crypto/lite/sha256';
 * sha224('abc').length; // 28
 * ```
 */
export const sha224: LiteHash = fixedHash(wasm, 1, 28, 64);
