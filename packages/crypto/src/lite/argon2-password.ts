// Password storage over the lite Argon2: PHC strings written and read as the full `/password`
// entry writes and reads them, for Argon2 only.
import type { BytesInput } from '@org/wasm-runtime';
import { argon2Phc, argon2Settings, isArgon2Id, type Argon2Id } from '../argon2-phc.js';
import { sameBytes } from '../constant-time.js';
import { checkArgon2Work } from '../limits.js';
import type { HashPasswordOptions, VerifyPasswordOptions } from '../password.js';
import { parsePhc } from '../phc.js';
import type { LiteArgon2Options } from './argon2.js';
import { argon2 } from './argon2-derive.js';
import { runLater, runNow, type Derivation, type LiteKdfOptions } from './kdf.js';
import { integer, optionsOf } from './options.js';

/**
 * Options of the lite {@link hashPassword}: the full entry's, for Argon2 (OWASP's parameters by
 * default: m = 19 MiB, t = 2, p = 1).
 *
 * @example
 * ```ts
 * import { hashPassword, type LiteHashPasswordOptions } from '@org/wasm-crypto/lite/argon2';
 * const options: LiteHashPasswordOptions = { m: 65536, t: 3 };
 * hashPassword('password', options); // '$argon2id$v=19$m=65536,t=3,p=1$…'
 * ```
 */
export interface LiteHashPasswordOptions extends Pick<HashPasswordOptions, 't' | 'm' | 'p' | 'dkLen' | 'saltLen' | 'secret'>, LiteKdfOptions {
  /** Default `'argon2id'`. */
  algorithm?: 'argon2id' | 'argon2i' | 'argon2d';
}

/**
 * Options of the lite {@link verifyPassword}: the full entry's.
 *
 * @example
 * ```ts
 * import { verifyPassword, type LiteVerifyPasswordOptions } from '@org/wasm-crypto/lite/argon2';
 * const options: LiteVerifyPasswordOptions = { secret: process.env.PEPPER };
 * verifyPassword(stored, 'password', options); // true or false
 * ```
 */
export interface LiteVerifyPasswordOptions extends Pick<VerifyPasswordOptions, 'maxmem' | 'secret'>, LiteKdfOptions {}

/** A new Argon2 PHC string: its derivation (made by `make`) and its encoding once the hash is known. */
function hashPlan(password: BytesInput, options: LiteHashPasswordOptions | undefined): { make: () => Derivation; encode: (hash: Uint8Array) => string } {
  const o = optionsOf(options);
  const algorithm = o.algorithm === undefined ? 'argon2id' : o.algorithm;
  if (!isArgon2Id(algorithm)) throw new RangeError(`algorithm must be argon2id, argon2i or argon2d here (/password has the others); got ${String(algorithm)}`);
  const [t, m, p] = [o.t === undefined ? 2 : o.t, o.m === undefined ? 19456 : o.m, o.p === undefined ? 1 : o.p];
  const dkLen = o.dkLen === undefined ? 32 : integer(o.dkLen, 'dkLen', 16, 1024);
  const salt = crypto.getRandomValues(new Uint8Array(o.saltLen === undefined ? 16 : integer(o.saltLen, 'saltLen', 8, 1024)));
  checkArgon2Work(m, t, algorithm);
  const make = argon2(algorithm, password, salt, { t, m, p, dkLen, key: o.secret } as LiteArgon2Options, 'secret');
  // Encoded from the numbers the derivation checks (it refuses any that are not integers in range).
  return { make, encode: (hash) => argon2Phc(algorithm, { m, t, p }, salt, hash) };
}

/** What `encoded` asks for: its derivation (made by `make`) and the test of its result. */
function verifyPlan(encoded: string, password: BytesInput, options: LiteVerifyPasswordOptions | undefined): { make: () => Derivation; matches: (hash: Uint8Array) => boolean } {
  if (typeof encoded !== 'string') throw new TypeError(`encoded must be a string; got ${encoded === null ? 'null' : typeof encoded}`);
  const o = optionsOf(options);
  if (!/^\$argon2(id|i|d)\$/.test(encoded)) throw new RangeError('not an Argon2 PHC string (/password reads the others)');
  const phc = parsePhc(encoded);
  const { version, t, m, p, personalization } = argon2Settings(phc);
  // The maker reads absent options as undefined, so they need not be left out.
  const settings = { version, t, m, p, dkLen: phc.hash.length, maxmem: o.maxmem, key: o.secret, personalization } as LiteArgon2Options;
  const make = argon2(phc.id as Argon2Id, password, phc.salt, settings, 'secret');
  return { make, matches: (hash) => sameBytes(hash, phc.hash) };
}

/**
 * Hashes a password for storage: an Argon2 PHC string with a random salt from the platform's
 * CSPRNG, Argon2id by default with OWASP's parameters (m = 19 MiB, t = 2, p = 1), as the full
 * `/password` entry's `hashPassword` writes it. Check it later with {@link verifyPassword}.
 *
 * @example
 * ```ts
 * import { hashPassword, verifyPassword } from '@org/wasm-crypto/lite/argon2';
 * const stored = hashPassword('correct horse battery staple'); // '$argon2id$v=19$m=19456,t=2,p=1$…'
 * verifyPassword(stored, 'correct horse battery staple'); // true
 * ```
 */
export function hashPassword(password: BytesInput, options?: LiteHashPasswordOptions): string {
  const { make, encode } = hashPlan(password, options);
  return encode(runNow(make, options));
}

/**
 * Checks a password against a stored Argon2 PHC string (`$argon2id$`, `$argon2i$`, `$argon2d$`,
 * parameters in any order), comparing in constant time, as the full `/password` entry's
 * `verifyPassword` reads it: false for a wrong password; a RangeError for a malformed string, for
 * another algorithm's string, or for parameters over `maxmem` or about half a minute of work.
 *
 * @example
 * ```ts
 * import { verifyPassword } from '@org/wasm-crypto/lite/argon2';
 * if (!verifyPassword(stored, attempt)) throw new Error('wrong password');
 * ```
 */
export function verifyPassword(encoded: string, password: BytesInput, options?: LiteVerifyPasswordOptions): boolean {
  const { make, matches } = verifyPlan(encoded, password, options);
  return matches(runNow(make, options));
}

/**
 * {@link hashPassword} returning a Promise: it yields to the event loop once, then runs on this
 * thread (the full `/password` entry runs it in a worker).
 *
 * @example
 * ```ts
 * import { hashPasswordAsync } from '@org/wasm-crypto/lite/argon2';
 * const stored = await hashPasswordAsync('correct horse battery staple');
 * ```
 */
export async function hashPasswordAsync(password: BytesInput, options?: LiteHashPasswordOptions): Promise<string> {
  const { make, encode } = hashPlan(password, options);
  return encode(await runLater(make, options));
}

/**
 * {@link verifyPassword} returning a Promise; see {@link hashPasswordAsync}.
 *
 * @example
 * ```ts
 * import { verifyPasswordAsync } from '@org/wasm-crypto/lite/argon2';
 * const ok = await verifyPasswordAsync(stored, attempt);
 * ```
 */
export async function verifyPasswordAsync(encoded: string, password: BytesInput, options?: LiteVerifyPasswordOptions): Promise<boolean> {
  const { make, matches } = verifyPlan(encoded, password, options);
  return matches(await runLater(make, options));
}
