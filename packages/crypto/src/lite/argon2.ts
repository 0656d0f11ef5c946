// Argon2 (RFC 9106) in the size-first module, from RustCrypto's `argon2`, shaped like
// `@noble/hashes/argon2.js` (and the full `/argon2` entry).
import type { Bytes, BytesInput } from '@org/wasm-runtime';
import type { Argon2Options } from '../argon2.js';
import type { AsyncKdfOptions } from '../kdf-async.js';
import { argon2 } from './argon2-derive.js';
import { runLater, runNow, type LiteKdfOptions } from './kdf.js';

/**
 * Options of the lite Argon2 functions: those of noble's and the full entry's (`onProgress` and
 * `asyncTick` as in {@link LiteKdfOptions}).
 *
 * @example
 * ```ts
 * import { argon2id, type LiteArgon2Options } from '@org/wasm-crypto/lite/argon2';
 * const options: LiteArgon2Options = { t: 2, m: 19456, p: 1 }; // OWASP's minimum
 * argon2id('password', 'somesaltsomesalt', options);
 * ```
 */
export interface LiteArgon2Options extends Omit<Argon2Options, keyof AsyncKdfOptions>, LiteKdfOptions {}

/**
 * Argon2id (RFC 9106), the recommended password hash: raw output bytes. The password, key and
 * Argon2's memory are wiped from wasm memory when done.
 *
 * @example
 * ```ts
 * import { argon2id } from '@org/wasm-crypto/lite/argon2';
 * const key = argon2id('password', 'somesaltsomesalt', { t: 2, m: 19456, p: 1 });
 * ```
 */
export const argon2id = (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Bytes =>
  runNow(argon2('argon2id', password, salt, options), options);

/**
 * Argon2i (RFC 9106): data-independent memory access.
 *
 * @example
 * ```ts
 * import { argon2i } from '@org/wasm-crypto/lite/argon2';
 * argon2i('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export const argon2i = (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Bytes =>
  runNow(argon2('argon2i', password, salt, options), options);

/**
 * Argon2d (RFC 9106): data-dependent memory access (for settings without side channels).
 *
 * @example
 * ```ts
 * import { argon2d } from '@org/wasm-crypto/lite/argon2';
 * argon2d('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export const argon2d = (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Bytes =>
  runNow(argon2('argon2d', password, salt, options), options);

/**
 * {@link argon2id} returning a Promise, as noble's `argon2idAsync`: it yields to the event loop
 * once, then runs on this thread (the full `/argon2` entry runs it in a worker).
 *
 * @example
 * ```ts
 * import { argon2idAsync } from '@org/wasm-crypto/lite/argon2';
 * const key = await argon2idAsync('password', 'somesaltsomesalt', { t: 2, m: 19456, p: 1 });
 * ```
 */
export const argon2idAsync = async (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Promise<Bytes> =>
  runLater(argon2('argon2id', password, salt, options), options);

/**
 * {@link argon2i} returning a Promise; see {@link argon2idAsync}.
 *
 * @example
 * ```ts
 * import { argon2iAsync } from '@org/wasm-crypto/lite/argon2';
 * await argon2iAsync('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export const argon2iAsync = async (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Promise<Bytes> =>
  runLater(argon2('argon2i', password, salt, options), options);

/**
 * {@link argon2d} returning a Promise; see {@link argon2idAsync}.
 *
 * @example
 * ```ts
 * import { argon2dAsync } from '@org/wasm-crypto/lite/argon2';
 * await argon2dAsync('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export const argon2dAsync = async (password: BytesInput, salt: BytesInput, options?: LiteArgon2Options): Promise<Bytes> =>
  runLater(argon2('argon2d', password, salt, options), options);
