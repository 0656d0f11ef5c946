// Argon2 (RFC 9106), as `@noble/hashes/argon2.js`, from RustCrypto's `argon2`.
import { checkInteger, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { kdfCall, runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { ARGON2_VARIANTS, type Argon2Id } from './argon2-phc.js';
import { secretsOrWipe } from './copy.js';
import { secretBytes } from './keyed.js';
import { bytesOption, checkOptions } from './options.js';

/**
 * Most memory a KDF may use unless `maxmem` allows more: 1 GiB + 2 KiB, as noble.
 *
 * @example
 * ```ts
 * import { argon2id, DEFAULT_MAXMEM } from '@org/wasm-crypto/argon2';
 * // 2 GiB of Argon2 memory needs maxmem above the default
 * argon2id('pw', salt, { t: 1, m: 2 ** 21, p: 4, maxmem: 2 * DEFAULT_MAXMEM });
 * ```
 */
export const DEFAULT_MAXMEM = 2 ** 30 + 2048;

/** Argon2's costs when not given, as noble's: 3 passes over 1 GiB, one lane. */
const DEFAULT_COSTS = { t: 3, m: 2 ** 20, p: 1 } as const;

/**
 * Options of Argon2.
 *
 * @example
 * ```ts
 * import { argon2id, type Argon2Options } from '@org/wasm-crypto/argon2';
 * const options: Argon2Options = { t: 2, m: 19456, p: 1, dkLen: 32 }; // OWASP's minimum
 * argon2id('password', 'somesaltsomesalt', options);
 * ```
 */
export interface Argon2Options extends AsyncKdfOptions {
  /** Passes over memory (time cost), ≥ 1 (default 3, as noble). */
  t?: number;
  /** Memory in KiB, ≥ 8·p (default 2²⁰, 1 GiB, as noble; OWASP: 19 456 with t = 2, or 47 104 with t = 1). */
  m?: number;
  /** Lanes (parallelism), 1 to 2²⁴−1 (default 1). Lanes run one after another here. */
  p?: number;
  /** Output length in bytes, 4 to 2²⁰ (default 32). */
  dkLen?: number;
  /** Argon2 version: 0x13 (default) or 0x10. */
  version?: number;
  /** The secret K (a pepper). */
  key?: BytesInput;
  /** The associated data X, at most 32 bytes (the `argon2` crate's limit). */
  personalization?: BytesInput;
  /**
   * Refuse parameters needing more memory than this, in bytes, at most 3 GiB (default 1 GiB +
   * 2 KiB, `DEFAULT_MAXMEM`, as noble).
   */
  maxmem?: number;
}

/**
 * The validated Argon2 computation of variant `variant`; shared by the exported functions and
 * the password functions (which call the key `secret`, the name errors about it use).
 * @internal
 */
export function argon2Call(variant: Argon2Id, password: BytesInput, salt: BytesInput, options: Argon2Options = {}, keyName = 'key'): KdfCall {
  const o = checkOptions(options);
  const p = checkInteger(o.p ?? DEFAULT_COSTS.p, 'p', 1, 0xffffff);
  const t = checkInteger(o.t ?? DEFAULT_COSTS.t, 't', 1, 2 ** 32 - 1);
  const m = checkInteger(o.m ?? DEFAULT_COSTS.m, 'm', 8 * p, 2 ** 32 - 1);
  const dkLen = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 4, 1 << 20);
  const version = o.version === undefined ? 0x13 : checkInteger(o.version, 'version', 0x10, 0x13);
  if (version !== 0x10 && version !== 0x13) throw new RangeError(`version must be 0x10 or 0x13; got ${version}`);
  const maxmem = o.maxmem === undefined ? DEFAULT_MAXMEM : checkInteger(o.maxmem, 'maxmem', 1, 3 * 2 ** 30);
  const saltBytes = toBytes(salt, 'salt');
  if (saltBytes.length < 8) throw new RangeError(`salt must be at least 8 bytes; got ${saltBytes.length}`);
  const data = bytesOption(o, 'personalization') ?? new Uint8Array(0);
  const { value: [pw, secret], owned } = secretsOrWipe((owned) => [
    secretBytes(password, 'password', owned),
    // Only an absent key is none: a null one is an error (as in noble), so that a pepper read from
    // a missing setting (`process.env.PEPPER ?? null`) is not silently dropped.
    secretBytes(o.key === undefined ? new Uint8Array(0) : (o.key as BytesInput), keyName, owned),
  ] as const);
  const args = [ARGON2_VARIANTS[variant], version, t, m, p, dkLen, maxmem, pw, saltBytes, secret, data] as const;
  return kdfCall(slots.argon2, 'argon2', args, owned, (glue, a) => glue.argon2(...a));
}

/**
 * Argon2id (RFC 9106), the recommended password hash: raw output bytes. For stored password
 * hashes use `hashPassword`, which adds a random salt and encodes a PHC string.
 *
 * @example
 * ```ts
 * import { argon2id } from '@org/wasm-crypto/argon2';
 * const key = argon2id('password', 'somesaltsomesalt', { t: 2, m: 19456, p: 1 });
 * ```
 */
export function argon2id(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Bytes {
  return runSync(argon2Call('argon2id', password, salt, options), options);
}

/**
 * Argon2i (RFC 9106): data-independent memory access.
 *
 * @example
 * ```ts
 * import { argon2i } from '@org/wasm-crypto/argon2';
 * argon2i('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export function argon2i(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Bytes {
  return runSync(argon2Call('argon2i', password, salt, options), options);
}

/**
 * Argon2d (RFC 9106): data-dependent memory access (fastest, for settings without side channels).
 *
 * @example
 * ```ts
 * import { argon2d } from '@org/wasm-crypto/argon2';
 * argon2d('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export function argon2d(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Bytes {
  return runSync(argon2Call('argon2d', password, salt, options), options);
}

/**
 * {@link argon2id} returning a Promise, as noble's `argon2idAsync`; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { argon2idAsync } from '@org/wasm-crypto/argon2';
 * const key = await argon2idAsync('password', 'somesaltsomesalt', { t: 2, m: 19456, p: 1 });
 * ```
 */
export async function argon2idAsync(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Promise<Bytes> {
  return runAsync(argon2Call('argon2id', password, salt, options), options);
}

/**
 * {@link argon2i} returning a Promise.
 *
 * @example
 * ```ts
 * import { argon2iAsync } from '@org/wasm-crypto/argon2';
 * await argon2iAsync('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export async function argon2iAsync(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Promise<Bytes> {
  return runAsync(argon2Call('argon2i', password, salt, options), options);
}

/**
 * {@link argon2d} returning a Promise.
 *
 * @example
 * ```ts
 * import { argon2dAsync } from '@org/wasm-crypto/argon2';
 * await argon2dAsync('password', 'somesaltsomesalt', { t: 3, m: 4096, p: 1 });
 * ```
 */
export async function argon2dAsync(password: BytesInput, salt: BytesInput, options: Argon2Options = {}): Promise<Bytes> {
  return runAsync(argon2Call('argon2d', password, salt, options), options);
}

/**
 * noble's name for {@link Argon2Options}.
 *
 * @example
 * ```ts
 * import type { ArgonOpts } from '@org/wasm-crypto/argon2';
 * const options: ArgonOpts = { t: 3, m: 65536, p: 4 };
 * ```
 */
export type ArgonOpts = Argon2Options;
