/**
 * Hashes, MACs, KDFs, password hashing and checksums in WebAssembly, as drop-in replacements for
 * `@noble/hashes`' functions. Ready at import in Node; elsewhere call `await init()` once. This
 * root export loads every family's wasm module: import a family subpath (`@org/wasm-crypto/sha2`,
 * `/sha3`, `/blake3`, `/argon2`, …) to download only what you use.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * const digest = sha256('hello');
 * ```
 * @module
 */
export * from './sha2.js';
export * from './sha3.js';
export * from './sha3-addons.js';
export * from './blake2.js';
export * from './blake3.js';
export * from './legacy.js';
export * from './checksum.js';
export * from './hmac.js';
export * from './hkdf.js';
export * from './pbkdf2.js';
export * from './argon2.js';
export * from './scrypt.js';
export * from './bcrypt.js';
export * from './password.js';
export * from './utils.js';
export { Hasher, type ConfigurableHash, type HashFunction } from './hash.js';
export type { PackedMessages } from './batch.js';
export type { AsyncKdfOptions } from './kdf-async.js';
export { hashStream, type HashStreamOptions, type HashStreamSource } from './stream.js';
export * from '@org/wasm-runtime/public';
export type { BytesInput } from '@org/wasm-runtime';
