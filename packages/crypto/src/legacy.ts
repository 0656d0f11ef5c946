// Legacy hashes, for compatibility with existing formats and protocols only. Ids follow
// crates/crypto/src/families/legacy.rs.
import { slots } from './binding.js';
import { hashFunction, type HashFunction } from './hash.js';

const legacy = (id: number, outputLen: number, blockLen: number): HashFunction => hashFunction({ slot: slots.legacy, id, outputLen, blockLen, keyed: true });

/**
 * MD4 (RFC 1320). **Broken**: collisions take seconds. Only for legacy formats (e.g. NTLM, ed2k).
 *
 * @example
 * ```ts
 * import { md4 } from '@org/wasm-crypto/legacy';
 * md4('abc'); // 16 bytes
 * ```
 */
export const md4: HashFunction = legacy(60, 16, 64);

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

/**
 * SM3 (GB/T 32905-2016), the Chinese national standard hash: 32-byte digests.
 *
 * @example
 * ```ts
 * import { sm3 } from '@org/wasm-crypto/legacy';
 * sm3('abc'); // 32 bytes
 * ```
 */
export const sm3: HashFunction = legacy(64, 32, 64);

/**
 * Whirlpool (ISO/IEC 10118-3): 64-byte digests.
 *
 * @example
 * ```ts
 * import { whirlpool } from '@org/wasm-crypto/legacy';
 * whirlpool('abc'); // 64 bytes
 * ```
 */
export const whirlpool: HashFunction = legacy(65, 64, 64);
