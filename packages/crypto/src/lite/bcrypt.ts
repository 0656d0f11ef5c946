// bcrypt in the size-first module, from the `bcrypt` crate's core, shaped like the full
// `/bcrypt` entry: `$2b$` strings made, `$2a$`/`$2b$`/`$2y$` strings verified.
import type { BytesInput } from '@org/wasm-runtime';
import type { BcryptOptions } from '../bcrypt.js';
import type { AsyncKdfOptions } from '../kdf-async.js';
import { bcryptBase64, parseBcrypt } from '../bcrypt-format.js';
import { sameBytes } from '../constant-time.js';
import { copyOf, liteKdf, runLater, runNow, type Derivation, type LiteKdfOptions } from './kdf.js';
import { integer, optionsOf } from './options.js';

/**
 * Options of the lite {@link bcrypt}: those of the full entry's (`onProgress` and `asyncTick` as in
 * {@link LiteKdfOptions}).
 *
 * @example
 * ```ts
 * import { bcrypt, type LiteBcryptOptions } from '@org/wasm-crypto/lite/bcrypt';
 * const options: LiteBcryptOptions = { cost: 12 }; // a random salt
 * bcrypt('password', options); // '$2b$12$…'
 * ```
 */
export interface LiteBcryptOptions extends Omit<BcryptOptions, keyof AsyncKdfOptions>, LiteKdfOptions {}

const wasm = liteKdf('bcrypt');

/** The 23 bytes of bcrypt, with the password copied (only its first 72 bytes count). */
function bcryptOf(password: BytesInput, salt: Uint8Array, cost: number): Derivation {
  return wasm.plan([salt, copyOf(password, 'password')], 23, (derive, [, passwordLen]) => derive(cost, passwordLen!));
}

/** A new `$2b$` string: its encoding once the hash is known, and (made by `make`) its derivation. */
function plan(password: BytesInput, options: LiteBcryptOptions): { make: () => Derivation; encode: (hash: Uint8Array) => string } {
  const o = optionsOf(options);
  const cost = integer(o.cost, 'cost', 4, 31);
  const salt = o.salt === undefined ? crypto.getRandomValues(new Uint8Array(16)) : copyOf(o.salt, 'salt');
  if (salt.length !== 16) throw new RangeError(`salt must be 16 bytes; got ${salt.length}`);
  // Encoded now: the derivation wipes its copy of the salt.
  const prefix = `$2b$${String(cost).padStart(2, '0')}$${bcryptBase64(salt)}`;
  return { make: () => bcryptOf(password, salt, cost), encode: (hash) => prefix + bcryptBase64(hash) };
}

/** Whether `password` matches `encoded`: the derivation that tells (made by `make`), and the test. */
function check(password: BytesInput, encoded: string): { make: () => Derivation; matches: (hash: Uint8Array) => boolean } {
  const { cost, salt, hash } = parseBcrypt(encoded);
  return { make: () => bcryptOf(password, salt, cost), matches: (ours) => sameBytes(ours, hash) };
}

/**
 * bcrypt: the `$2b$` string of `password` (only its first 72 bytes count, as in every bcrypt).
 *
 * @example
 * ```ts
 * import { bcrypt, bcryptVerify } from '@org/wasm-crypto/lite/bcrypt';
 * const hash = bcrypt('password', { cost: 10 }); // '$2b$10$…'
 * bcryptVerify('password', hash); // true
 * ```
 */
export function bcrypt(password: BytesInput, options: LiteBcryptOptions): string {
  const { make, encode } = plan(password, options);
  return encode(runNow(make, options));
}

/**
 * Checks `password` against a `$2a$`, `$2b$` or `$2y$` string, comparing in constant time.
 *
 * @example
 * ```ts
 * import { bcryptVerify } from '@org/wasm-crypto/lite/bcrypt';
 * bcryptVerify('password', '$2b$10$…');
 * ```
 */
export function bcryptVerify(password: BytesInput, encoded: string): boolean {
  const { make, matches } = check(password, encoded);
  return matches(runNow(make, undefined));
}

/**
 * {@link bcrypt} returning a Promise: it yields to the event loop once, then runs on this thread
 * (the full `/bcrypt` entry runs it in a worker).
 *
 * @example
 * ```ts
 * import { bcryptAsync } from '@org/wasm-crypto/lite/bcrypt';
 * const hash = await bcryptAsync('password', { cost: 12 });
 * ```
 */
export async function bcryptAsync(password: BytesInput, options: LiteBcryptOptions): Promise<string> {
  const { make, encode } = plan(password, options);
  return encode(await runLater(make, options));
}

/**
 * {@link bcryptVerify} returning a Promise; see {@link bcryptAsync}.
 *
 * @example
 * ```ts
 * import { bcryptVerifyAsync } from '@org/wasm-crypto/lite/bcrypt';
 * const ok = await bcryptVerifyAsync('password', stored);
 * ```
 */
export async function bcryptVerifyAsync(password: BytesInput, encoded: string, options?: LiteKdfOptions): Promise<boolean> {
  const { make, matches } = check(password, encoded);
  return matches(await runLater(make, options));
}
