// bcrypt, from the `bcrypt` crate's core; the `$2b$` string format is ours.
import { checkInteger, describe, toBytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { kdfCall, runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { secretBytes } from './keyed.js';
import { checkOptions } from './options.js';
import { equalBytes } from './utils.js';

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * bcrypt's own base64 (its alphabet, no padding).
 * @internal
 */
export function bcryptBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const chars = [a >> 2, ((a & 3) << 4) | (b >> 4), ((b & 15) << 2) | (c >> 6), c & 63];
    const count = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let j = 0; j < count; j++) out += ALPHABET[chars[j] as number];
  }
  return out;
}

/**
 * Decodes bcrypt's base64 into `length` bytes (ignoring the unused low bits of the last character, as OpenBSD does); undefined if malformed.
 * @internal
 */
export function bcryptUnbase64(text: string, length: number): Uint8Array | undefined {
  if (text.length !== Math.ceil((length * 4) / 3)) return undefined;
  const out = new Uint8Array(length);
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n < length) out[n++] = (value >> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

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
 * The parts of a `$2a$`/`$2b$`/`$2y$` string; throws a RangeError naming the problem.
 * @internal
 */
export function parseBcrypt(encoded: string): { cost: number; salt: Uint8Array; hash: Uint8Array } {
  if (typeof encoded !== 'string') throw new TypeError(`hash must be a string; got ${describe(encoded)}`);
  const match = /^\$2[aby]\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/.exec(encoded);
  if (!match) throw new RangeError('not a bcrypt hash: expected $2a$, $2b$ or $2y$, a two-digit cost and 53 characters');
  const cost = Number(match[1]);
  if (cost < 4 || cost > 31) throw new RangeError(`bcrypt cost must be from 4 to 31; got ${cost}`);
  const salt = bcryptUnbase64(match[2] as string, 16);
  const hash = bcryptUnbase64(match[3] as string, 23);
  if (!salt || !hash) throw new RangeError('not a bcrypt hash: malformed salt or hash');
  return { cost, salt, hash };
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
