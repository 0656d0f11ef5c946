// Password storage: PHC strings over Argon2, scrypt, PBKDF2 and bcrypt, with random salts.
import { checkInteger, describe, type BytesInput } from '@org/wasm-runtime';
import { argon2Call, DEFAULT_MAXMEM } from './argon2.js';
import { bcryptCall, bcryptPlan, parseBcrypt } from './bcrypt.js';
import type { HashFunction } from './hash.js';
import { runAsync, runSync, type AsyncKdfOptions, type KdfCall } from './kdf-async.js';
import { checkOptions } from './options.js';
import { checkArgon2Work, checkWork, MAX_BCRYPT_COST, MAX_PBKDF2_ROUNDS, MAX_SCRYPT_WORK } from './limits.js';
import { pbkdf2Call } from './pbkdf2.js';
import { isPasslibPbkdf2, parsePasslibPbkdf2 } from './passlib.js';
import { argon2Phc, argon2Settings } from './argon2-phc.js';
import { onlyParams, parsePhc, phcBase64, phcDecode, phcInteger, type Phc } from './phc.js';
import { scryptCall } from './scrypt.js';
import { sha256, sha512 } from './sha2.js';
import { randomBytes } from './noble-utils.js';
import { equalBytes } from './utils.js';

/**
 * The algorithms `hashPassword` writes and `verifyPassword` reads.
 *
 * @example
 * ```ts
 * import { hashPassword, type PasswordAlgorithm } from '@org/wasm-crypto/password';
 * const algorithm: PasswordAlgorithm = 'scrypt';
 * hashPassword('password', { algorithm });
 * ```
 */
export type PasswordAlgorithm = 'argon2id' | 'argon2i' | 'argon2d' | 'scrypt' | 'pbkdf2-sha256' | 'pbkdf2-sha512' | 'bcrypt';

/**
 * Options of {@link hashPassword}; every cost defaults to OWASP's current recommendation for the algorithm.
 *
 * @example
 * ```ts
 * import { hashPassword, type HashPasswordOptions } from '@org/wasm-crypto/password';
 * const options: HashPasswordOptions = { algorithm: 'argon2id', m: 65536, t: 3 };
 * hashPassword('password', options); // '$argon2id$v=19$m=65536,t=3,p=1$…'
 * ```
 */
export interface HashPasswordOptions extends AsyncKdfOptions {
  /** Default `'argon2id'`. */
  algorithm?: PasswordAlgorithm;
  /** Argon2 passes (default 2); m × t at most 2²⁵ (about half a minute of work). */
  t?: number;
  /** Argon2 memory in KiB (default 19 456: OWASP's 19 MiB). */
  m?: number;
  /** Argon2 or scrypt parallelism (default 1). */
  p?: number;
  /** scrypt cost N (default 2¹⁷); N × r × p at most 2²⁷ (about half a minute of work). */
  N?: number;
  /** scrypt block size r (default 8). */
  r?: number;
  /** PBKDF2 iterations (default 600 000 for SHA-256, 210 000 for SHA-512). */
  c?: number;
  /** bcrypt cost (default 10, at most 19: about half a minute of work). */
  cost?: number;
  /** Hash length in bytes (default 32; bcrypt's is fixed). */
  dkLen?: number;
  /** Salt length in bytes (default 16; bcrypt's is 16). */
  saltLen?: number;
  /**
   * An Argon2 secret (a pepper, kept apart from the stored hashes; the string does not record
   * it): {@link verifyPassword} then needs the same `secret`. Only Argon2 has one; with another
   * algorithm it is refused.
   */
  secret?: BytesInput;
}

/** How bcrypt strings begin (`$2a$`, `$2b$`, `$2y$`), which tells them from PHC and passlib strings. */
const BCRYPT_PREFIX = /^\$2[aby]\$/;

/** The hash of each PBKDF2 variant, by its PHC id. */
const PBKDF2_HASH: Record<'pbkdf2-sha256' | 'pbkdf2-sha512', HashFunction> = { 'pbkdf2-sha256': sha256, 'pbkdf2-sha512': sha512 };

/**
 * Options of {@link verifyPassword}.
 *
 * @example
 * ```ts
 * import { verifyPassword, type VerifyPasswordOptions } from '@org/wasm-crypto/password';
 * const options: VerifyPasswordOptions = { secret: process.env.PEPPER };
 * verifyPassword(stored, 'password', options); // true or false
 * ```
 */
export interface VerifyPasswordOptions extends AsyncKdfOptions {
  /** Refuse strings whose parameters need more memory than this, in bytes (default 1 GiB + 2 KiB). */
  maxmem?: number;
  /**
   * The Argon2 secret (pepper) the hash was made with, if any. Strings of the other algorithms
   * have none, so for them it is ignored: hashes stored before a pepper was introduced still verify.
   */
  secret?: BytesInput;
}

/**
 * Hashes a password for storage: a PHC string with a random salt from the platform's CSPRNG,
 * Argon2id by default with OWASP's parameters (m = 19 MiB, t = 2, p = 1). Check it later with
 * {@link verifyPassword}.
 *
 * @example
 * ```ts
 * import { hashPassword, verifyPassword } from '@org/wasm-crypto/password';
 * const stored = hashPassword('correct horse battery staple'); // '$argon2id$v=19$m=19456,t=2,p=1$…'
 * verifyPassword(stored, 'correct horse battery staple'); // true
 * ```
 */
export function hashPassword(password: BytesInput, options?: HashPasswordOptions): string {
  const { call, encode } = hashPlan(password, options);
  return encode(runSync(call, options));
}

/**
 * A new password hash: the KDF computation, the string it encodes into, and its output length.
 * `newSalt` makes the salt (the CSPRNG; {@link needsRehash} passes zeros, as it never runs the plan).
 */
function hashPlan(
  password: BytesInput,
  options: HashPasswordOptions | undefined,
  newSalt: (length: number) => Uint8Array = randomBytes,
): { call: KdfCall; encode: (hash: Uint8Array) => string; dkLen: number } {
  const o = checkOptions(options) as HashPasswordOptions;
  const algorithm = o.algorithm ?? 'argon2id';
  if (typeof algorithm !== 'string') throw new TypeError(`algorithm must be a string; got ${describe(algorithm)}`);
  if (o.secret !== undefined && !algorithm.startsWith('argon2')) throw new RangeError(`a secret (pepper) is used by Argon2 only, not ${algorithm}`);
  const dkLen = o.dkLen === undefined ? 32 : checkInteger(o.dkLen, 'dkLen', 16, 1024);
  const salt = newSalt(o.saltLen === undefined ? 16 : checkInteger(o.saltLen, 'saltLen', 8, 1024));
  const phc = (id: string, params: string) => (hash: Uint8Array) => `$${id}$${params}$${phcBase64(salt)}$${phcBase64(hash)}`;
  switch (algorithm) {
    case 'argon2id':
    case 'argon2i':
    case 'argon2d': {
      const [t, m, p] = [o.t ?? 2, o.m ?? 19456, o.p ?? 1];
      checkArgon2Work(m, t, algorithm);
      const call = argon2Call(algorithm, password, salt, { t, m, p, dkLen, ...(o.secret === undefined ? {} : { key: o.secret }) }, 'secret');
      return { call, encode: (hash) => argon2Phc(algorithm, { m, t, p }, salt, hash), dkLen };
    }
    case 'scrypt': {
      const [N, r, p] = [o.N ?? 2 ** 17, o.r ?? 8, o.p ?? 1];
      checkScryptWork(N, r, p);
      return { call: scryptCall(password, salt, { N, r, p, dkLen }), encode: phc('scrypt', `ln=${Math.log2(N)},r=${r},p=${p}`), dkLen };
    }
    case 'pbkdf2-sha256':
    case 'pbkdf2-sha512': {
      const c = o.c ?? (algorithm === 'pbkdf2-sha256' ? 600_000 : 210_000);
      checkPbkdf2Work(c, dkLen, PBKDF2_HASH[algorithm]);
      return { call: pbkdf2Call(PBKDF2_HASH[algorithm], password, salt, { c, dkLen }), encode: phc(algorithm, `i=${c},l=${dkLen}`), dkLen };
    }
    case 'bcrypt':
      checkBcryptWork(o.cost, 'bcrypt');
      // bcrypt's salt is always 16 bytes: a 16-byte `salt` is used, any other length gets a fresh one.
      return { ...bcryptPlan(password, { cost: o.cost ?? 10, salt: salt.length === 16 ? salt : newSalt(16) }), dkLen: 23 };
    default:
      throw new RangeError(`unknown password algorithm ${describe(algorithm)}`);
  }
}

/**
 * Checks a password against a stored hash, comparing in constant time. Reads Argon2id/2i/2d PHC
 * strings (parameters in any order), scrypt (`$scrypt$ln=…,r=…,p=…`), PBKDF2 (`$pbkdf2-sha256$i=…,l=…`,
 * also SHA-512, and passlib's `$pbkdf2-sha256$<rounds>$…`) and bcrypt (`$2a$`, `$2b$`, `$2y$`). Returns false for
 * a wrong password; throws a RangeError for a malformed string or parameters beyond the limits: memory
 * over `maxmem` (a `WasmError` naming it), or more than about half a minute of work (Argon2 m × t over
 * 2²⁵ KiB passes, scrypt N × r × p over 2²⁷, bcrypt cost over 19, PBKDF2 over 10⁸ rounds per output
 * block of one hash length, c × ⌈dkLen / hash length⌉), so that a planted string cannot tie up a
 * server. The raw KDFs (`argon2id`, `bcryptVerify`, …) accept more.
 *
 * @example
 * ```ts
 * import { verifyPassword } from '@org/wasm-crypto/password';
 * if (!verifyPassword(stored, attempt)) throw new Error('wrong password');
 * ```
 */
export function verifyPassword(encoded: string, password: BytesInput, options?: VerifyPasswordOptions): boolean {
  const { call, expected } = verifyPlan(encoded, password, options);
  return equalBytes(runSync(call, options), expected);
}

/**
 * Whether a stored hash should be replaced by a fresh {@link hashPassword} with these options (at the
 * user's next successful login, when the password is at hand): true when it was made with another
 * algorithm, other parameters, another hash or salt length, or an older Argon2 version than
 * `hashPassword(…, options)` writes now. Modelled on PHP's `password_needs_rehash`. bcrypt's
 * `$2a$`/`$2y$`/`$2b$` count as the same algorithm; passlib's PBKDF2 strings always need a rehash
 * (into the PHC format). Nothing is computed and no randomness is drawn.
 *
 * @param encoded - A stored hash, in any format {@link verifyPassword} reads.
 * @param options - What new hashes are made with (the {@link hashPassword} options; defaults alike).
 * @throws TypeError if `encoded` is not a string or an option has the wrong type; RangeError for a
 *   string {@link verifyPassword} refuses (before computing), or for options {@link hashPassword}
 *   refuses before computing (memory beyond its limit shows only when {@link hashPassword} runs).
 *
 * @example
 * ```ts
 * import { hashPassword, needsRehash, verifyPassword } from '@org/wasm-crypto/password';
 * if (verifyPassword(stored, attempt) && needsRehash(stored)) stored = hashPassword(attempt);
 * ```
 */
export function needsRehash(encoded: string, options?: HashPasswordOptions): boolean {
  // Both plans are only built, never run: the stored string is read as verifyPassword reads it (so
  // both refuse the same strings), and the options are checked as hashPassword checks them.
  verifyPlan(encoded, '', undefined);
  const { encode, dkLen } = hashPlan('', options, (length) => new Uint8Array(length));
  return settingsOf(encoded) !== settingsOf(encode(new Uint8Array(dkLen)));
}

/**
 * What a stored hash was made with, leaving out its salt and hash bytes: two strings give the same
 * text exactly when they share the algorithm, version, parameters (in any order) and lengths.
 */
function settingsOf(encoded: string): string {
  if (BCRYPT_PREFIX.test(encoded)) return `bcrypt cost=${parseBcrypt(encoded).cost}`;
  if (isPasslibPbkdf2(encoded)) return `passlib ${parsePasslibPbkdf2(encoded).id}`;
  const phc = parsePhc(encoded);
  const params = new Map(phc.params);
  // PBKDF2's `l=` may be left out (the hash's length, as verifyPassword reads it); hashPassword writes it.
  if (phc.id.startsWith('pbkdf2-') && !params.has('l')) params.set('l', String(phc.hash.length));
  const sorted = [...params].map(([name, value]) => `${name}=${value}`).sort();
  return `${phc.id} v=${phc.version ?? 'none'} ${sorted.join(',')} salt=${phc.salt.length} hash=${phc.hash.length}`;
}

/** The KDF computation a stored hash describes, and the hash it must reproduce. */
function verifyPlan(encoded: string, password: BytesInput, options: VerifyPasswordOptions | undefined): { call: KdfCall; expected: Uint8Array } {
  if (typeof encoded !== 'string') throw new TypeError(`encoded must be a string; got ${describe(encoded)}`);
  const o = checkOptions(options) as VerifyPasswordOptions;
  const maxmem = o.maxmem === undefined ? DEFAULT_MAXMEM : checkInteger(o.maxmem, 'maxmem', 1, 3 * 2 ** 30);
  if (BCRYPT_PREFIX.test(encoded)) {
    const { cost, salt, hash } = parseBcrypt(encoded);
    checkBcryptWork(cost, 'bcryptVerify');
    return { call: bcryptCall(password, salt, cost), expected: hash };
  }
  if (isPasslibPbkdf2(encoded)) {
    const { id, rounds, salt, hash } = parsePasslibPbkdf2(encoded);
    checkPbkdf2Work(rounds, hash.length, PBKDF2_HASH[id]);
    return { call: pbkdf2Call(PBKDF2_HASH[id], password, salt, { c: rounds, dkLen: hash.length }), expected: hash };
  }
  const phc = parsePhc(encoded);
  return { call: deriveCall(phc, password, maxmem, o.secret), expected: phc.hash };
}

// The work of each algorithm, as hashPassword and verifyPassword alike check it (limits.ts).
const checkScryptWork = (N: unknown, r: unknown, p: unknown) => checkWork('scrypt N × r × p', [N, r, p], MAX_SCRYPT_WORK, 'scrypt');
const checkBcryptWork = (cost: unknown, primitive: string) => checkWork('bcrypt cost', [cost], MAX_BCRYPT_COST, primitive);

/** PBKDF2's work: `c` rounds for each hash-length block of the output, at most 10⁸ rounds in all. */
function checkPbkdf2Work(c: unknown, dkLen: number, hash: HashFunction): void {
  checkWork('PBKDF2 c × ⌈dkLen / hash length⌉', [c, Math.ceil(dkLen / hash.outputLen)], MAX_PBKDF2_ROUNDS, 'pbkdf2');
}

/** Fails for a `v=` field, which only Argon2 strings have. */
function noVersion(phc: Phc): void {
  if (phc.version !== undefined) throw new RangeError(`malformed PHC string: ${phc.id} has no version (v=)`);
}

/** The computation a parsed PHC string describes. */
function deriveCall(phc: Phc, password: BytesInput, maxmem: number, secret: BytesInput | undefined): KdfCall {
  const dkLen = phc.hash.length;
  switch (phc.id) {
    case 'argon2id':
    case 'argon2i':
    case 'argon2d': {
      const { personalization, ...settings } = argon2Settings(phc);
      const extra = { ...(secret === undefined ? {} : { key: secret }), ...(personalization ? { personalization } : {}) };
      return argon2Call(phc.id, password, phc.salt, { ...settings, dkLen, maxmem, ...extra }, 'secret');
    }
    case 'scrypt': {
      noVersion(phc);
      onlyParams(phc, ['ln', 'r', 'p']);
      const ln = phcInteger(phc, 'ln', 1, 52);
      const r = phcInteger(phc, 'r', 1, 1 << 20);
      const p = phcInteger(phc, 'p', 1, 1 << 20);
      checkScryptWork(2 ** ln, r, p);
      return scryptCall(password, phc.salt, { N: 2 ** ln, r, p, dkLen, maxmem });
    }
    case 'pbkdf2-sha256':
    case 'pbkdf2-sha512': {
      noVersion(phc);
      onlyParams(phc, ['i', 'l']);
      const c = phcInteger(phc, 'i', 1, MAX_PBKDF2_ROUNDS);
      const l = phcInteger(phc, 'l', 1, 1024, dkLen);
      if (l !== dkLen) throw new RangeError('malformed PHC string: l= does not match the hash length');
      if (dkLen > 1024) throw new RangeError(`PBKDF2 hashes of more than 1024 bytes are not read; got ${dkLen}`);
      checkPbkdf2Work(c, dkLen, PBKDF2_HASH[phc.id]);
      return pbkdf2Call(PBKDF2_HASH[phc.id], password, phc.salt, { c, dkLen });
    }
    default:
      throw new RangeError(`unsupported password hash algorithm: ${phc.id}`);
  }
}


/**
 * {@link hashPassword} returning a Promise; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { hashPasswordAsync } from '@org/wasm-crypto/password';
 * const stored = await hashPasswordAsync('password', { onProgress: (f) => console.log(f) });
 * ```
 */
export async function hashPasswordAsync(password: BytesInput, options?: HashPasswordOptions): Promise<string> {
  const { call, encode } = hashPlan(password, options);
  return encode(await runAsync(call, options));
}

/**
 * {@link verifyPassword} returning a Promise; see `AsyncKdfOptions`.
 *
 * @example
 * ```ts
 * import { verifyPasswordAsync } from '@org/wasm-crypto/password';
 * const ok = await verifyPasswordAsync(stored, 'password');
 * ```
 */
export async function verifyPasswordAsync(encoded: string, password: BytesInput, options?: VerifyPasswordOptions): Promise<boolean> {
  const { call, expected } = verifyPlan(encoded, password, options);
  return equalBytes(await runAsync(call, options), expected);
}
