// scrypt (RFC 7914) in the size-first module, from RustCrypto's `scrypt`, shaped like
// `@noble/hashes/scrypt.js` (and the full `/scrypt` entry).
import type { Bytes, BytesInput } from '@org/wasm-runtime';
import type { AsyncKdfOptions } from '../kdf-async.js';
import type { ScryptOptions } from '../scrypt.js';
import { checkMemory, copyOf, liteKdf, runLater, runNow, secretCopies, type Derivation, type LiteKdfOptions } from './kdf.js';
import { integer, optionsOf } from './options.js';

/**
 * Options of the lite scrypt: those of noble's and the full entry's (`onProgress` and `asyncTick`
 * as in {@link LiteKdfOptions}).
 *
 * @example
 * ```ts
 * import { scrypt, type LiteScryptOptions } from '@org/wasm-crypto/lite/scrypt';
 * const options: LiteScryptOptions = { N: 2 ** 17, r: 8, p: 1 }; // 128 MiB, OWASP's minimum
 * scrypt('password', 'salt', options);
 * ```
 */
export interface LiteScryptOptions extends Omit<ScryptOptions, keyof AsyncKdfOptions>, LiteKdfOptions {}

const wasm = liteKdf('scrypt');

/**
 * The scrypt derivation, made when `runNow` or `runLater` calls it: options checked first, then
 * the inputs copied (the password last).
 */
const scryptOf = (password: BytesInput, salt: BytesInput, options: LiteScryptOptions) => (): Derivation => {
  const o = optionsOf(options);
  const n = integer(o.N, 'N', 2, 2 ** 52);
  const logN = Math.log2(n);
  if (!Number.isInteger(logN)) throw new RangeError(`N must be a power of two; got ${n}`);
  const r = integer(o.r, 'r', 1, 1 << 20);
  const p = integer(o.p, 'p', 1, 1 << 20);
  const dkLen = o.dkLen === undefined ? 32 : integer(o.dkLen, 'dkLen', 1, 1 << 20);
  // Counted as noble counts it, 128·r·(N + p + 1), so that both accept the same parameters.
  checkMemory(128 * r * (n + p + 1), 128 * r * Math.max(n, p), o.maxmem);
  const saltBytes = copyOf(salt, 'salt');
  const [pw] = secretCopies([password, 'password']) as [Uint8Array];
  return wasm.plan([pw, saltBytes], dkLen, (derive, lens) => derive(logN, r, p, ...lens, dkLen));
};

/**
 * scrypt (RFC 7914). The password and scrypt's memory are wiped from wasm memory when done.
 *
 * @example
 * ```ts
 * import { scrypt } from '@org/wasm-crypto/lite/scrypt';
 * const key = scrypt('password', 'salt', { N: 2 ** 17, r: 8, p: 1, dkLen: 32 });
 * ```
 */
export const scrypt = (password: BytesInput, salt: BytesInput, options: LiteScryptOptions): Bytes =>
  runNow(scryptOf(password, salt, options), options);

/**
 * {@link scrypt} returning a Promise, as noble's `scryptAsync`: it yields to the event loop once,
 * then runs on this thread (the full `/scrypt` entry runs it in a worker).
 *
 * @example
 * ```ts
 * import { scryptAsync } from '@org/wasm-crypto/lite/scrypt';
 * const key = await scryptAsync('password', 'salt', { N: 2 ** 17, r: 8, p: 1 });
 * ```
 */
export const scryptAsync = async (password: BytesInput, salt: BytesInput, options: LiteScryptOptions): Promise<Bytes> =>
  runLater(scryptOf(password, salt, options), options);
