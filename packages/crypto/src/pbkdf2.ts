// PBKDF2 (RFC 8018), as `@noble/hashes/pbkdf2.js`, from RustCrypto's `pbkdf2`.
import { checkInteger, toBytes, type BytesInput } from '@org/wasm-runtime';
import type { HashFunction } from './hash.js';
import { runAsync, type AsyncKdfOptions } from './kdf-async.js';
import { keyedHash, withSecret } from './keyed.js';
import { checkOptions } from './options.js';

/** Options of PBKDF2. */
export interface Pbkdf2Options extends AsyncKdfOptions {
  /** Iterations, 1 to 100 000 000 (OWASP 2023: 600 000 for SHA-256, 210 000 for SHA-512). */
  c: number;
  /** Output length in bytes (default 32, at most 1 MiB). */
  dkLen?: number;
}

/**
 * PBKDF2-HMAC (RFC 8018) with any SHA-2, SHA-3 or legacy hash of this package. The password is
 * wiped from wasm memory after use.
 *
 * @example
 * ```ts
 * import { pbkdf2 } from '@org/wasm-crypto/pbkdf2';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const key = pbkdf2(sha256, 'password', 'salt', { c: 600_000, dkLen: 32 });
 * ```
 */
export function pbkdf2(hash: HashFunction, password: BytesInput, salt: BytesInput, options: Pbkdf2Options): Uint8Array {
  const { slot, id } = keyedHash(hash, 'pbkdf2');
  const o = checkOptions(options);
  const rounds = checkInteger(o.c, 'c', 1, 100_000_000);
  const len = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 1, 1 << 20);
  const saltBytes = toBytes(salt, 'salt');
  return withSecret(password, 'password', (bytes) => slot.get().call((glue) => glue.pbkdf2(id, bytes, saltBytes, rounds, len)));
}

/**
 * PBKDF2 returning a Promise, as noble's `pbkdf2Async`. It yields to the event loop once before
 * it starts; the derivation itself is one WebAssembly call.
 *
 * @example
 * ```ts
 * import { pbkdf2Async } from '@org/wasm-crypto/pbkdf2';
 * import { sha512 } from '@org/wasm-crypto/sha2';
 * const key = await pbkdf2Async(sha512, 'password', 'salt', { c: 210_000 });
 * ```
 */
export function pbkdf2Async(hash: HashFunction, password: BytesInput, salt: BytesInput, options: Pbkdf2Options): Promise<Uint8Array> {
  return runAsync(options, () => pbkdf2(hash, password, salt, options));
}
