// MD4, SM3 and Whirlpool: hash-wasm's hashes that `@noble/hashes` lacks, in a module apart from
// `legacy` so that an MD5 import stays small. Ids follow crates/crypto/src/families/legacy_extra.rs.
import { slots } from './binding.js';
import { hashFunction, type HashFunction } from './hash.js';

const extra = (id: number, outputLen: number, blockLen: number): HashFunction => hashFunction({ slot: slots.legacy_extra, id, outputLen, blockLen, keyed: true });

/**
 * MD4 (RFC 1320). **Broken**: collisions take seconds. Only for legacy formats (e.g. NTLM, ed2k).
 *
 * @example
 * ```ts
 * import { md4 } from '@org/wasm-crypto/legacy-extra';
 * md4('abc'); // 16 bytes
 * ```
 */
export const md4: HashFunction = extra(60, 16, 64);

/**
 * SM3 (GB/T 32905-2016), the Chinese national standard hash: 32-byte digests.
 *
 * @example
 * ```ts
 * import { sm3 } from '@org/wasm-crypto/legacy-extra';
 * sm3('abc'); // 32 bytes
 * ```
 */
export const sm3: HashFunction = extra(64, 32, 64);

/**
 * Whirlpool (ISO/IEC 10118-3): 64-byte digests.
 *
 * @example
 * ```ts
 * import { whirlpool } from '@org/wasm-crypto/legacy-extra';
 * whirlpool('abc'); // 64 bytes
 * ```
 */
export const whirlpool: HashFunction = extra(65, 64, 64);
