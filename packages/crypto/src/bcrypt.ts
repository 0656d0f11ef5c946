// bcrypt, from the `bcrypt` crate's core; the `$2b$` string format is ours.
import { checkInteger, toBytes, type BytesInput } from '@org/wasm-runtime';
import { bcryptBase64, parseBcrypt } from './bcrypt-format.js';
import { slots } from './binding.js';
import { kdfCall, runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { secretBytes } from './keyed.js';
import { checkOptions } from './options.js';
import { equalBytes } from './utils.js';

export { bcryptBase64, bcryptUnbase64, parseBcrypt } from './bcrypt-format.js';

/**
 * Options of {@link bcrypt}.
 *
 * @example
 * ```ts
 * import { bcrypt, type BcryptOptions } from '@org/wasm-crypto/bcrypt';
 * const options: BcryptOptions = { cost: 12 }; // a random salt
 * bcrypt('password', options); // '$2b$12$…'
 * ```
 */
export interface BcryptOptions extends AsyncKdfOptions {
  /** Cost: 2^cost rounds, 4 to 31 (OWASP: at least 10). */
  cost: number;
  /** A 16-byte salt; random from the platform's CSPRNG when not given. */
  salt?: Uint8Array;
}

/**
 * bcrypt: the `$2b$` string of `password` (only its first 72 bytes count, as in every bcrypt).
 *
 * @example
 * ```ts
 * import { bcrypt, bcryptVerify } from '@org/wasm-crypto/bcrypt';
 * const hash = bcrypt('password', { cost: 10 }); // '$2b$10$…'
 * bcryptVerify('password', hash); // true
 * ```
 */
export function bcrypt(password: BytesInput, options: BcryptOptions): string {
  const { call, encode } = bcryptPlan(password, options);
  return encode(runSync(call, options));
}

/**
 * The computation of a new `$2b$` string, and its encoding once the hash is known.
 * @internal
 */
export function bcryptPlan(password: BytesInput, options: BcryptOptions): { call: KdfCall; encode: (hash: Uint8Array) => string } {
  const o = checkOptions(options);
  const cost = checkInteger(o.cost, 'cost', 4, 31);
  const salt = o.salt === undefined ? globalThis.crypto.getRandomValues(new Uint8Array(16)) : toBytes(o.salt as BytesInput, 'salt');
  if (salt.length !== 16) throw new RangeError(`salt must be 16 bytes; got ${salt.length}`);
  // Encoded now: an async caller may change its salt array before the hash is ready.
  const prefix = `$2b$${String(cost).padStart(2, '0')}$${bcryptBase64(salt)}`;
  const encode = (hash: Uint8Array) => prefix + bcryptBase64(hash);
  return { call: bcryptCall(password, salt, cost), encode };
}

/**
 * The validated bcrypt computation (23 output bytes).
 * @internal
 */
export function bcryptCall(password: BytesInput, salt: Uint8Array, cost: number): KdfCall {
  const owned: Uint8Array[] = [];
  const args = [secretBytes(password, 'password', owned), salt, cost] as const;
  return kdfCall(slots.bcrypt, 'bcrypt', args, owned, (glue, a) => glue.bcrypt(...a));
}

/**
 * Checks `password` against a `$2a$`, `$2b$` or `$2y$` string, in constant time.
 *
 * @example
 * ```ts
 * import { bcryptVerify } from '@org/wasm-crypto/bcrypt';
 * bcryptVerify('password', '$2b$10$…');
 * ```
 */
export function bcryptVerify(password: BytesInput, encoded: string): boolean {
  const { cost, salt, hash } = parseBcrypt(encoded);
  return equalBytes(runSync(bcryptCall(password, salt, cost)), hash);
}

/**
 * {@link bcryptVerify} returning a Promise; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { bcryptVerifyAsync } from '@org/wasm-crypto/bcrypt';
 * const ok = await bcryptVerifyAsync('password', stored);
 * ```
 */
export async function bcryptVerifyAsync(password: BytesInput, encoded: string, options?: AsyncKdfOptions): Promise<boolean> {
  const { cost, salt, hash } = parseBcrypt(encoded);
  return equalBytes(await runAsync(bcryptCall(password, salt, cost), options), hash);
}

/**
 * {@link bcrypt} returning a Promise; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { bcryptAsync } from '@org/wasm-crypto/bcrypt';
 * const hash = await bcryptAsync('password', { cost: 12 });
 * ```
 */
export async function bcryptAsync(password: BytesInput, options: BcryptOptions): Promise<string> {
  const { call, encode } = bcryptPlan(password, options);
  return encode(await runAsync(call, options));
}
