// MD5 (RFC 1321) in the size-first module, from RustCrypto's `md-5`.
import { fixedHash, type LiteHash } from './hash.js';
import { liteModule } from './module.js';

/**
 * MD5. Legacy: broken for collisions; for checksums and old protocols only.
 *
 * @example
 * ```ts
 * import { md5 } from '@org/wasm-crypto/lite/md5';
 * md5('message digest'); // f96b697d…aaf161d0
 * ```
 */
export const md5: LiteHash = fixedHash(liteModule('md5'), 0, 16, 64);
