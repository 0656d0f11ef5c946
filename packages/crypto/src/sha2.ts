// The SHA-2 family (FIPS 180-4), from RustCrypto's `sha2`. Ids follow crates/crypto/src/algorithm.rs.
import type { BytesInput } from '@org/wasm-runtime';
import type { PackedMessages } from './batch.js';
import { hashFunction, type HashFunction } from './hash.js';

/**
 * SHA-224 of a message (bytes, any typed array, `ArrayBuffer` or UTF-8 string): 28 bytes.
 *
 * @example
 * ```ts
 * import { sha224 } from '@org/wasm-crypto';
 * sha224('abc');
 * ```
 */
export const sha224: HashFunction = hashFunction(0, 28, 64);

/**
 * SHA-256 of a message (bytes, any typed array, `ArrayBuffer` or UTF-8 string): 32 bytes. The
 * same call shape as `@noble/hashes`' `sha256`.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * sha256('abc'); // Uint8Array(32) [0xba, 0x78, …]
 * sha256.create().update('a').update('bc').digest(); // the same
 * ```
 */
export const sha256: HashFunction = hashFunction(1, 32, 64);

/**
 * SHA-384 of a message: 48 bytes.
 *
 * @example
 * ```ts
 * import { sha384 } from '@org/wasm-crypto';
 * sha384('abc');
 * ```
 */
export const sha384: HashFunction = hashFunction(2, 48, 128);

/**
 * SHA-512 of a message: 64 bytes.
 *
 * @example
 * ```ts
 * import { sha512 } from '@org/wasm-crypto';
 * sha512('abc');
 * ```
 */
export const sha512: HashFunction = hashFunction(3, 64, 128);

/**
 * SHA-512/224 of a message: 28 bytes (SHA-512's speed on 64-bit engines, SHA-224's size).
 *
 * @example
 * ```ts
 * import { sha512_224 } from '@org/wasm-crypto';
 * sha512_224('abc');
 * ```
 */
export const sha512_224: HashFunction = hashFunction(4, 28, 128);

/**
 * SHA-512/256 of a message: 32 bytes.
 *
 * @example
 * ```ts
 * import { sha512_256 } from '@org/wasm-crypto';
 * sha512_256('abc');
 * ```
 */
export const sha512_256: HashFunction = hashFunction(5, 32, 128);

/**
 * SHA-256 of many messages in one call into WebAssembly: shorthand for `sha256.batch(messages)`.
 * Returns the 32-byte digests concatenated (digest `i` is `result.subarray(32 * i, 32 * i + 32)`).
 *
 * @param messages An array of messages, or {@link PackedMessages} to skip the packing step.
 * @example
 * ```ts
 * import { sha256Batch } from '@org/wasm-crypto';
 * const digests = sha256Batch(['a', 'b', 'c']); // 96 bytes
 * ```
 */
export function sha256Batch(messages: readonly BytesInput[] | PackedMessages): Uint8Array {
  return sha256.batch(messages);
}
