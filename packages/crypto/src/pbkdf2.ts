// PBKDF2 (RFC 8018), as `@noble/hashes/pbkdf2.js`, from RustCrypto's `pbkdf2`.
import { checkInteger, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import type { HashFunction } from './hash.js';
import { kdfCall, runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { keyedHash, secretBytes } from './keyed.js';
import { checkOptions } from './options.js';
import { MAX_PBKDF2_LEN, MAX_PBKDF2_ROUNDS } from './limits.js';

/**
 * Options of PBKDF2.
 *
 * @example
 * ```ts
 * import { pbkdf2, type Pbkdf2Options } from '@org/wasm-crypto/pbkdf2';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const options: Pbkdf2Options = { c: 600_000, dkLen: 32 }; // OWASP 2023 for SHA-256
 * pbkdf2(sha256, 'password', 'salt', options);
 * ```
 */
export interface Pbkdf2Options extends AsyncKdfOptions {
  /** Iterations, 1 to 100 000 000 (OWASP 2023: 600 000 for SHA-256, 210 000 for SHA-512). */
  c: number;
  /** Output length in bytes (default 32, at most 1 MiB). */
  dkLen?: number;
}

/**
 * PBKDF2-HMAC (RFC 8018) with any hash of this package but KMAC and the checksums. The password is
 * wiped from wasm memory after use.
 *
 * @example
 * ```ts
 * import { pbkdf2 } from '@org/wasm-crypto/pbkdf2';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const key = pbkdf2(sha256, 'password', 'salt', { c: 600_000, dkLen: 32 });
 * ```
 */
export function pbkdf2(hash: HashFunction, password: BytesInput, salt: BytesInput, options: Pbkdf2Options): Bytes {
  return runSync(pbkdf2Call(hash, password, salt, options), options);
}

/**
 * The validated PBKDF2 computation.
 * @internal
 */
export function pbkdf2Call(hash: HashFunction, password: BytesInput, salt: BytesInput, options: Pbkdf2Options): KdfCall {
  const { slot, id } = keyedHash(hash, 'pbkdf2');
  const o = checkOptions(options);
  const rounds = checkInteger(o.c, 'c', 1, MAX_PBKDF2_ROUNDS);
  const len = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 1, MAX_PBKDF2_LEN);
  const saltBytes = toBytes(salt, 'salt');
  const owned: Uint8Array[] = [];
  const args = [id, secretBytes(password, 'password', owned), saltBytes, rounds, len] as const;
  return kdfCall(slot, 'pbkdf2', args, owned, (glue, a) => glue.pbkdf2(...a));
}

/**
 * PBKDF2 returning a Promise, as noble's `pbkdf2Async`: it runs in a worker (a worker thread in
 * Node, a module Web Worker in browsers), or where none can start on this thread after one yield
 * to the event loop (see `AsyncKdfOptions`).
 *
 * @example
 * ```ts
 * import { pbkdf2Async } from '@org/wasm-crypto/pbkdf2';
 * import { sha512 } from '@org/wasm-crypto/sha2';
 * const key = await pbkdf2Async(sha512, 'password', 'salt', { c: 210_000 });
 * ```
 */
export async function pbkdf2Async(hash: HashFunction, password: BytesInput, salt: BytesInput, options: Pbkdf2Options): Promise<Bytes> {
  return runAsync(pbkdf2Call(hash, password, salt, options), options);
}

/**
 * noble's name for {@link Pbkdf2Options}.
 *
 * @example
 * ```ts
 * import type { Pbkdf2Opt } from '@org/wasm-crypto/pbkdf2';
 * const options: Pbkdf2Opt = { c: 210_000, dkLen: 64 };
 * ```
 */
export type Pbkdf2Opt = Pbkdf2Options;
