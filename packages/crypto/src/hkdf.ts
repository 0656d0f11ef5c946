// HKDF (RFC 5869), as `@noble/hashes/hkdf.js`, from RustCrypto's `hkdf`.
import { checkInteger, ownBytes, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import type { HashFunction } from './hash.js';
import { keyedHash, withSecret } from './keyed.js';

const EMPTY = new Uint8Array(0);

/**
 * HKDF-Extract: a pseudorandom key (one hash length) from input keying material and a salt.
 *
 * @example
 * ```ts
 * import { extract } from '@org/wasm-crypto/hkdf';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const prk = extract(sha256, sharedSecret, salt);
 * ```
 */
export function extract(hash: HashFunction, ikm: BytesInput, salt?: BytesInput): Bytes {
  const { slot, id } = keyedHash(hash, 'extract');
  const saltBytes = salt === undefined ? EMPTY : toBytes(salt, 'salt');
  return ownBytes(withSecret(ikm, 'ikm', (bytes) => slot.get().call((glue) => glue.hkdfExtract(id, bytes, saltBytes))));
}

/**
 * HKDF-Expand: `length` bytes (default 32, as noble; at most 255 hash lengths) from a pseudorandom
 * key of at least one hash length and `info`.
 *
 * @example
 * ```ts
 * import { expand, extract } from '@org/wasm-crypto/hkdf';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const key = expand(sha256, extract(sha256, ikm), 'my app: encryption key', 32);
 * ```
 */
export function expand(hash: HashFunction, prk: BytesInput, info?: BytesInput, length?: number): Bytes {
  const { slot, id, outputLen } = keyedHash(hash, 'expand');
  const infoBytes = info === undefined ? EMPTY : toBytes(info, 'info');
  const len = length === undefined ? 32 : checkInteger(length, 'length', 0, 255 * outputLen);
  return withSecret(prk, 'prk', (bytes) => {
    // RFC 5869 §2.3: the PRK is at least HashLen octets.
    if (bytes.length < outputLen) throw new RangeError(`expand: prk must be at least ${outputLen} bytes (one hash length); got ${bytes.length}`);
    if (len === 0) return new Uint8Array(0); // as @noble/hashes
    return ownBytes(slot.get().call((glue) => glue.hkdfExpand(id, bytes, infoBytes, len)));
  });
}

/**
 * HKDF (RFC 5869): extract then expand, `length` bytes (default 32, as noble's `expand`) from
 * input keying material, an optional salt and optional info. Secrets are wiped from wasm memory
 * after use.
 *
 * @example
 * ```ts
 * import { hkdf } from '@org/wasm-crypto/hkdf';
 * import { sha256 } from '@org/wasm-crypto/sha2';
 * const key = hkdf(sha256, sharedSecret, salt, 'my app: encryption key', 32);
 * ```
 */
export function hkdf(hash: HashFunction, ikm: BytesInput, salt: BytesInput | undefined, info: BytesInput | undefined, length = 32): Bytes {
  const { slot, id, outputLen } = keyedHash(hash, 'hkdf');
  const saltBytes = salt === undefined ? EMPTY : toBytes(salt, 'salt');
  const infoBytes = info === undefined ? EMPTY : toBytes(info, 'info');
  const len = checkInteger(length, 'length', 0, 255 * outputLen);
  if (len === 0) return new Uint8Array(0); // as @noble/hashes
  return ownBytes(withSecret(ikm, 'ikm', (bytes) => slot.get().call((glue) => glue.hkdf(id, bytes, saltBytes, infoBytes, len))));
}
