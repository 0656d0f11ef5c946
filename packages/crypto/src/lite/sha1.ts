// SHA-1 (FIPS 180-4) in the size-first module, from RustCrypto's `sha1`.
import { fixedHash, type LiteHash } from './hash.js';
import { liteModule } from './module.js';

/**
 * SHA-1. Legacy: broken for collisions; for old protocols (git objects, TOTP) only.
 *
 * @example
 * ```ts
 * import { sha1 } from '@org/wasm-crypto/lite/sha1';
 * sha1('abc'); // a9993e36…9cd0d89d
 * ```
 */
export const sha1: LiteHash = fixedHash(liteModule('sha1'), 0, 20, 64);
