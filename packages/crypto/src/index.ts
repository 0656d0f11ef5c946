/**
 * Hashing in WebAssembly: SHA-256 one-shot, streaming and batched. Ready at import in Node;
 * elsewhere call `await init()` once.
 *
 * @example
 * ```ts
 * import { sha256 } from '@org/wasm-crypto';
 * const digest = sha256('hello');
 * ```
 * @module
 */
export { sha256, Sha256, type HashFunction } from './sha256.js';
export { sha256Batch, type PackedMessages } from './batch.js';
export { init, initSync, wasmInfo, __debugPanic } from './init.js';
export * from '@org/wasm-runtime/public';
export type { BytesInput } from '@org/wasm-runtime';
