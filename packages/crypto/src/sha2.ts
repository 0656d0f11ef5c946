// The SHA-2 family (FIPS 180-4), from RustCrypto's `sha2`. Ids follow crates/crypto/src/families/sha2.rs.
import type { Bytes, BytesInput } from '@org/wasm-runtime';
import type { PackedMessages } from './batch.js';
import { slots } from './binding.js';
import { hashFunction, type HashFunction } from './hash.js';

const sha2 = (id: number, outputLen: number, blockLen: number, nistOid: number): HashFunction =>
  hashFunction({ slot: slots.sha2, id, outputLen, blockLen, keyed: true, nistOid });

/**
 * SHA-224 (FIPS 180-4): 28-byte digests.
 *
 * @example
 * ```ts
 * import { sha224 } from '@org/wasm-crypto/sha2';
 * sha224('abc'); // 28 bytes
 * ```
 */
export const sha224: HashFunction = sha2(0, 28, 64, 0x04);

/**
 * SHA-256 (FIPS 180-4): 32-byte digests.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * sha256('abc'); // 32 bytes
 * sha256.create().update('a').update('bc').digest(); // the same, streaming
 * ```
 */
export const sha256: HashFunction = sha2(1, 32, 64, 0x01);

/**
 * SHA-384 (FIPS 180-4): 48-byte digests.
 *
 * @example
 * ```ts
 * import { sha384 } from '@org/wasm-crypto/sha2';
 * sha384('abc'); // 48 bytes
 * ```
 */
export const sha384: HashFunction = sha2(2, 48, 128, 0x02);

/**
 * SHA-512 (FIPS 180-4): 64-byte digests.
 *
 * @example
 * ```ts
 * import { sha512 } from '@org/wasm-crypto/sha2';
 * sha512('abc'); // 64 bytes
 * ```
 */
export const sha512: HashFunction = sha2(3, 64, 128, 0x03);

/**
 * SHA-512/224 (FIPS 180-4): SHA-512 truncated to 28 bytes, with its own initial values.
 *
 * @example
 * ```ts
 * import { sha512_224 } from '@org/wasm-crypto/sha2';
 * sha512_224('abc'); // 28 bytes
 * ```
 */
export const sha512_224: HashFunction = sha2(4, 28, 128, 0x05);

/**
 * SHA-512/256 (FIPS 180-4): SHA-512 truncated to 32 bytes, with its own initial values.
 *
 * @example
 * ```ts
 * import { sha512_256 } from '@org/wasm-crypto/sha2';
 * sha512_256('abc'); // 32 bytes
 * ```
 */
export const sha512_256: HashFunction = sha2(5, 32, 128, 0x06);

/**
 * Hashes many messages with SHA-256 with few calls into WebAssembly (one per 16 MiB of messages);
 * the same as `sha256.batch()`.
 * Returns the 32-byte digests concatenated.
 *
 * @example
 * ```ts
 * import { sha256Batch } from '@org/wasm-crypto/sha2';
 * const digests = sha256Batch(['a', 'b', 'c']); // 96 bytes
 * const second = digests.subarray(32, 64);
 * ```
 */
export function sha256Batch(messages: readonly BytesInput[] | PackedMessages): Bytes {
  return sha256.batch(messages);
}
