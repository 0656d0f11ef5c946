/**
 * Hashing in WebAssembly: the SHA-2 family and HMAC, one-shot, streaming and batched. Ready at import in Node;
 * elsewhere call `await init()` once.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * const digest = sha256('hello');
 * ```
 * @module
 */
export { sha224, sha256, sha256Batch, sha384, sha512, sha512_224, sha512_256 } from './sha2.js';
export { Hasher, type HashFunction } from './hash.js';
export { hmac, type HmacFunction } from './hmac.js';
export type { PackedMessages } from './batch.js';
export { hashStream, type HashStreamOptions, type HashStreamSource } from './stream.js';
export { base64ToBytes, bytesToBase64, bytesToHex, bytesToUtf8, equalBytes, hexToBytes, utf8ToBytes } from './utils.js';
export { init, initSync, wasmInfo, __debugPanic } from './init.js';
export * from '@org/wasm-runtime/public';
export type { BytesInput } from '@org/wasm-runtime';
