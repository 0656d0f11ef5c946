// scrypt (RFC 7914), as `@noble/hashes/scrypt.js`, from RustCrypto's `scrypt`.
import { checkInteger, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { DEFAULT_MAXMEM } from './argon2.js';
import { slots } from './binding.js';
import { kdfCall, runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { secretBytes } from './keyed.js';
import { checkOptions } from './options.js';

/**
 * Options of scrypt.
 *
 * @example
 * ```ts
 * import { scrypt, type ScryptOptions } from '@org/wasm-crypto/scrypt';
 * const options: ScryptOptions = { N: 2 ** 17, r: 8, p: 1, dkLen: 32 }; // 128 MiB
 * scrypt('password', 'salt', options);
 * ```
 */
export interface ScryptOptions extends AsyncKdfOptions {
  /** CPU/memory cost: a power of two ≥ 2 (OWASP: 2¹⁷ with r = 8, p = 1). */
  N: number;
  /** Block size, 1 to 2²⁰ (memory is 128·r·N bytes). */
  r: number;
  /** Parallelism, 1 to 2²⁰. */
  p: number;
  /** Output length in bytes, 1 to 2²⁰ (default 32). */
  dkLen?: number;
  /** Refuse parameters needing more memory than this, in bytes, at most 3 GiB (default 1 GiB + 2 KiB, as noble). */
  maxmem?: number;
}

/**
 * scrypt (RFC 7914). The password is wiped from wasm memory after use; parameters needing more
 * than `maxmem` bytes are refused before any memory is taken.
 *
 * @example
 * ```ts
 * import { scrypt } from '@org/wasm-crypto/scrypt';
 * const key = scrypt('password', 'salt', { N: 2 ** 17, r: 8, p: 1, dkLen: 32 });
 * ```
 */
export function scrypt(password: BytesInput, salt: BytesInput, options: ScryptOptions): Bytes {
  return runSync(scryptCall(password, salt, options), options);
}

/**
 * The validated scrypt computation.
 * @internal
 */
export function scryptCall(password: BytesInput, salt: BytesInput, options: ScryptOptions): KdfCall {
  const o = checkOptions(options);
  const n = checkInteger(o.N, 'N', 2, 2 ** 52);
  if (!Number.isInteger(Math.log2(n))) throw new RangeError(`N must be a power of two; got ${n}`);
  const r = checkInteger(o.r, 'r', 1, 1 << 20);
  const p = checkInteger(o.p, 'p', 1, 1 << 20);
  const dkLen = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 1, 1 << 20);
  const maxmem = o.maxmem === undefined ? DEFAULT_MAXMEM : checkInteger(o.maxmem, 'maxmem', 1, 3 * 2 ** 30);
  const saltBytes = toBytes(salt, 'salt');
  const owned: Uint8Array[] = [];
  const args = [secretBytes(password, 'password', owned), saltBytes, n, r, p, dkLen, maxmem] as const;
  return kdfCall(slots.scrypt, 'scrypt', args, owned, (glue, a) => glue.scrypt(...a));
}

/**
 * {@link scrypt} returning a Promise, as noble's `scryptAsync`; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { scryptAsync } from '@org/wasm-crypto/scrypt';
 * const key = await scryptAsync('password', 'salt', { N: 2 ** 17, r: 8, p: 1 });
 * ```
 */
export async function scryptAsync(password: BytesInput, salt: BytesInput, options: ScryptOptions): Promise<Bytes> {
  return runAsync(scryptCall(password, salt, options), options);
}

/**
 * noble's name for {@link ScryptOptions}.
 *
 * @example
 * ```ts
 * import type { ScryptOpts } from '@org/wasm-crypto/scrypt';
 * const options: ScryptOpts = { N: 2 ** 15, r: 8, p: 1 };
 * ```
 */
export type ScryptOpts = ScryptOptions;
