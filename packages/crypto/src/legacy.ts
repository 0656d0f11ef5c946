// Legacy hashes, for compatibility with existing formats and protocols only: the three of
// `@noble/hashes/legacy.js`. Ids follow crates/crypto/src/families/legacy.rs.
import { slots } from './binding.js';
import { hashFunction, type HashFunction } from './hash.js';

const legacy = (id: number, outputLen: number, blockLen: number): HashFunction => hashFunction({ slot: slots.legacy, id, outputLen, blockLen, keyed: true });

/**
 * MD5 (RFC 1321). **Broken**: never use it for signatures, passwords or integrity against an attacker.
 *
 * @example
 * ```ts
 * import { md5 } from '@org/wasm-crypto/legacy';
 * md5('abc'); // 16 bytes
 * ```
 */
export const md5: HashFunction = legacy(61, 16, 64);

/**
 * SHA-1 (FIPS 180-4). **Broken** (chosen-prefix collisions): only for legacy protocols such as git object ids or TOTP.
 *
 * @example
 * ```ts
 * import { sha1 } from '@org/wasm-crypto/legacy';
 * sha1('abc'); // 20 bytes
 * ```
 */
export const sha1: HashFunction = legacy(62, 20, 64);

/**
 * RIPEMD-160. Dated (160-bit); used by Bitcoin addresses.
 *
 * @example
 * ```ts
 * import { ripemd160 } from '@org/wasm-crypto/legacy';
 * ripemd160('abc'); // 20 bytes
 * ```
 */
export const ripemd160: HashFunction = legacy(63, 20, 64);
