// ESKDF, as `@noble/hashes/eskdf.js`: a main seed from a username and a password (scrypt XOR
// PBKDF2-SHA256, each over its own separator byte), and child keys derived from it per protocol
// and account with HKDF-SHA256. The KDFs are this package's wasm; `eskdf()` runs the two slow
// ones off the calling thread.
/**
 * `@org/wasm-crypto/eskdf`: ESKDF, as `@noble/hashes/eskdf.js` — a keychain derived from a
 * username and a password, giving child keys per protocol and account. Not re-exported by the
 * package root, whose `scrypt` and `pbkdf2` it would shadow.
 *
 * @example
 * ```ts
 * import { eskdf } from '@org/wasm-crypto/eskdf';
 * const keys = await eskdf('example@example.org', 'beginning-new-example');
 * keys.deriveChildKey('aes', 0); // 32 bytes
 * ```
 * @module
 */
import type { Bytes } from '@org/wasm-runtime';
import { bytesToHex, hexToBytes, utf8ToBytes } from './utils.js';
import { hkdf } from './hkdf.js';
import { pbkdf2 as pbkdf2Kdf, pbkdf2Async } from './pbkdf2.js';
import { scrypt as scryptKdf, scryptAsync } from './scrypt.js';
import { sha256 } from './sha2.js';

/**
 * Options of {@link ESKDF.deriveChildKey}: a key length, or a modulus to reduce the key below.
 *
 * @example
 * ```ts
 * import { eskdf, type ChildKeyOptions } from '@org/wasm-crypto/eskdf';
 * const keychain = await eskdf('example-university', 'beginning-splendid-...');
 * const options: ChildKeyOptions = { keyLength: 64 };
 * keychain.deriveChildKey('ssh', 'work', options);
 * ```
 */
export type ChildKeyOptions =
  | undefined
  | {
      /** The key length in bytes, 16–8160 (HKDF-SHA256 gives at most 8160). */
      keyLength: number;
    }
  | {
      /** Returns a number from 1 to `modulus − 1` (big-endian bytes) instead; at least 2⁵⁶, as noble. */
      modulus: bigint;
    };

/**
 * The keychain {@link eskdf} returns.
 *
 * @example
 * ```ts
 * import { eskdf, type ESKDF } from '@org/wasm-crypto/eskdf';
 * const keychain: ESKDF = await eskdf('example-university', 'beginning-splendid-...');
 * const key = keychain.deriveChildKey('aes', 0);
 * keychain.expire();
 * ```
 */
export interface ESKDF {
  /**
   * A child key for `protocol` (3–15 lowercase letters and digits) and `accountId` (a 32-bit
   * number; text of 1–255 characters for the protocols `password`, `password0`…`password999`,
   * `ssh`, `tor` and `file`). 32 bytes unless `options` asks for `keyLength` (16–8160) bytes or a
   * number below `modulus`.
   */
  deriveChildKey(protocol: string, accountId?: number | string, options?: ChildKeyOptions): Bytes;
  /** Wipes the main seed; later `deriveChildKey` calls throw. */
  expire(): void;
  /** Six bytes identifying the main seed, as `AB:CD:EF:01:23:45`, to show users. */
  readonly fingerprint: string;
}

/** ESKDF's fixed parameters, for the synchronous helpers and `eskdf()` alike. */
const SCRYPT_OPTIONS = { N: 2 ** 19, r: 8, p: 1, dkLen: 32 } as const;
const PBKDF2_OPTIONS = { c: 2 ** 17, dkLen: 32 } as const;
// The separators keep the scrypt and PBKDF2 inputs apart.
const SCRYPT_SEPARATOR = '\x01';
const PBKDF2_SEPARATOR = '\x02';

/**
 * scrypt with ESKDF's parameters (N = 2¹⁹, r = 8, p = 1, 32 bytes).
 *
 * @example
 * ```ts
 * import { scrypt } from '@org/wasm-crypto/eskdf';
 * scrypt('password', 'salt'); // 32 bytes, 512 MiB of work memory
 * ```
 */
export function scrypt(password: string | Uint8Array, salt: string | Uint8Array): Bytes {
  return scryptKdf(password, salt, SCRYPT_OPTIONS);
}

/**
 * PBKDF2-HMAC-SHA256 with ESKDF's parameters (2¹⁷ iterations, 32 bytes).
 *
 * @example
 * ```ts
 * import { pbkdf2 } from '@org/wasm-crypto/eskdf';
 * pbkdf2('password', 'salt'); // 32 bytes
 * ```
 */
export function pbkdf2(password: string | Uint8Array, salt: string | Uint8Array): Bytes {
  return pbkdf2Kdf(sha256, password, salt, PBKDF2_OPTIONS);
}

const isText = (value: unknown, min: number, max: number): value is string =>
  typeof value === 'string' && value.length >= min && value.length <= max;

function checkCredentials(username: unknown, password: unknown): void {
  for (const [name, value] of [
    ['username', username],
    ['password', password],
  ] as const) {
    if (typeof value !== 'string') throw new TypeError(`eskdf: ${name} must be a string`);
    if (!isText(value, 8, 255)) throw new RangeError(`eskdf: ${name} must be 8–255 characters long`);
  }
}

/** `a` XOR `b` (32 bytes each), wiping both. */
function xor32(a: Uint8Array, b: Uint8Array): Bytes {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  a.fill(0);
  b.fill(0);
  return out;
}

/**
 * The 32-byte ESKDF main seed of a username and a password (each 8–255 characters): scrypt
 * XOR PBKDF2-SHA256. Synchronous and slow (about a second); {@link eskdf} runs it off-thread.
 *
 * @example
 * ```ts
 * import { deriveMainSeed } from '@org/wasm-crypto/eskdf';
 * const seed = deriveMainSeed('example@example.org', 'beginning-new-example');
 * ```
 */
export function deriveMainSeed(username: string, password: string): Bytes {
  checkCredentials(username, password);
  const fromScrypt = scrypt(password + SCRYPT_SEPARATOR, username + SCRYPT_SEPARATOR);
  try {
    return xor32(fromScrypt, pbkdf2(password + PBKDF2_SEPARATOR, username + PBKDF2_SEPARATOR));
  } finally {
    fromScrypt.fill(0);
  }
}

/** HKDF's salt (the account) and info (the protocol) for a child key. */
function saltAndInfo(protocol: unknown, accountId: unknown): { salt: Uint8Array; info: Uint8Array } {
  if (typeof protocol !== 'string' || !/^[a-z0-9]{3,15}$/.test(protocol)) {
    throw new RangeError('eskdf: protocol must be 3–15 lowercase letters and digits');
  }
  const textAccounts = /^(password\d{0,3}|ssh|tor|file)$/.test(protocol);
  let salt: Uint8Array;
  if (typeof accountId === 'string') {
    if (!textAccounts) throw new TypeError(`eskdf: the accountId of protocol ${protocol} must be a number`);
    if (!isText(accountId, 1, 255)) throw new RangeError('eskdf: accountId must be text of 1–255 characters');
    salt = utf8ToBytes(accountId);
  } else if (typeof accountId === 'number') {
    if (!Number.isInteger(accountId) || accountId < 0 || accountId > 2 ** 32 - 1) throw new RangeError(`eskdf: accountId must be an integer from 0 to 2³² − 1; got ${accountId}`);
    salt = new Uint8Array(4);
    new DataView(salt.buffer).setUint32(0, accountId, false);
  } else {
    throw new TypeError(`eskdf: accountId must be a number${textAccounts ? ' or a string' : ''}`);
  }
  return { salt, info: utf8ToBytes(protocol) };
}

/** The longest child key: HKDF-SHA256's 255 hash lengths. */
const MAX_KEY_LENGTH = 255 * 32;

/** The HKDF output length for `options`: 32, `keyLength`, or 8 bytes more than the modulus. */
function keyLength(options: ChildKeyOptions): number {
  if (!options || typeof options !== 'object') return 32;
  const hasLength = 'keyLength' in options;
  const hasModulus = 'modulus' in options;
  if (hasLength === hasModulus) throw new TypeError('eskdf: give options either keyLength or modulus');
  if (hasModulus) {
    const { modulus } = options;
    if (typeof modulus !== 'bigint') throw new TypeError('eskdf: modulus must be a bigint');
    // As noble: the key (8 bytes more than the modulus) must be at least 16 bytes long.
    if (modulus < 2n ** 56n) throw new RangeError('eskdf: modulus must be at least 2^56');
    const length = Math.ceil(modulus.toString(2).length / 8) + 8;
    if (length > MAX_KEY_LENGTH) throw new RangeError(`eskdf: modulus must be below 2^${8 * (MAX_KEY_LENGTH - 8)}`);
    return length;
  }
  const length: unknown = options.keyLength;
  if (typeof length !== 'number') throw new TypeError('eskdf: keyLength must be a number');
  if (!Number.isInteger(length) || length < 16 || length > MAX_KEY_LENGTH) throw new RangeError(`eskdf: keyLength must be an integer from 16 to ${MAX_KEY_LENGTH}; got ${length}`);
  return length;
}

/** `key` as a number reduced into [1, modulus − 1], in 8 bytes fewer than `key` (so the bias is negligible). */
function reduce(key: Uint8Array, modulus: bigint): Bytes {
  const reduced = (BigInt(`0x${bytesToHex(key)}`) % (modulus - 1n)) + 1n;
  const length = key.length - 8;
  const bytes = hexToBytes(reduced.toString(16).padStart(length * 2, '0'));
  if (bytes.length !== length) throw new RangeError('eskdf: the reduced key does not fit its length');
  return bytes;
}

/**
 * ESKDF: derives the main seed of a username and a password (each 8–255 characters) off the
 * calling thread, and returns a keychain of child keys for protocols and accounts. Its scrypt
 * takes 512 MiB, more than Cloudflare Workers allow (128 MB).
 *
 * @example
 * ```ts
 * import { eskdf } from '@org/wasm-crypto/eskdf';
 * const keys = await eskdf('example@example.org', 'beginning-new-example');
 * keys.fingerprint; // 'B6:2C:85:DF:E3:A1'
 * const aesKey = keys.deriveChildKey('aes', 0);
 * const sshKey = keys.deriveChildKey('ssh', 'github');
 * keys.expire();
 * ```
 */
export async function eskdf(username: string, password: string): Promise<ESKDF> {
  checkCredentials(username, password);
  const halves = await Promise.allSettled([
    scryptAsync(password + SCRYPT_SEPARATOR, username + SCRYPT_SEPARATOR, SCRYPT_OPTIONS),
    pbkdf2Async(sha256, password + PBKDF2_SEPARATOR, username + PBKDF2_SEPARATOR, PBKDF2_OPTIONS),
  ]);
  const [fromScrypt, fromPbkdf2] = halves;
  if (fromScrypt.status === 'rejected' || fromPbkdf2.status === 'rejected') {
    for (const half of halves) if (half.status === 'fulfilled') half.value.fill(0);
    throw fromScrypt.status === 'rejected' ? fromScrypt.reason : (fromPbkdf2 as PromiseRejectedResult).reason;
  }
  let seed: Uint8Array | undefined = xor32(fromScrypt.value, fromPbkdf2.value);

  const deriveChildKey = (protocol: string, accountId: number | string = 0, options?: ChildKeyOptions): Bytes => {
    if (!seed) throw new Error('eskdf: this keychain has expired');
    const { salt, info } = saltAndInfo(protocol, accountId);
    const key = hkdf(sha256, seed, salt, info, keyLength(options));
    if (!options || !('modulus' in options)) return key;
    const reduced = reduce(key, options.modulus);
    key.fill(0);
    return reduced;
  };
  const expire = (): void => {
    seed?.fill(1);
    seed = undefined;
  };
  const printKey = deriveChildKey('fingerprint', 0);
  const fingerprint = Array.from(printKey.subarray(0, 6), (byte) => byte.toString(16).padStart(2, '0').toUpperCase()).join(':');
  printKey.fill(0);
  return Object.freeze({ deriveChildKey, expire, fingerprint });
}
