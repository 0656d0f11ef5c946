// BLAKE2b and BLAKE2s (RFC 7693), as `@noble/hashes/blake2.js`. Ids follow crates/crypto/src/families/blake2.rs.
import type { BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash } from './hash.js';
import { keyOption } from './keyed.js';
import { bytesOption, checkOptions, dkLen } from './options.js';

/**
 * Options of BLAKE2.
 *
 * @example
 * ```ts
 * import { blake2b, type Blake2Options } from '@org/wasm-crypto/blake2';
 * const options: Blake2Options = { dkLen: 32, key: 'a secret key', personalization: 'app-v1' };
 * blake2b('message', options);
 * ```
 */
export interface Blake2Options {
  /** Output length in bytes: 1–64 for BLAKE2b (default 64), 1–32 for BLAKE2s (default 32). */
  dkLen?: number;
  /** A key for keyed hashing (a MAC): up to 64 bytes (BLAKE2b) or 32 (BLAKE2s). */
  key?: BytesInput;
  /** Salt: up to 16 bytes (BLAKE2b) or 8 (BLAKE2s), zero-padded. */
  salt?: BytesInput;
  /** Personalization: up to 16 bytes (BLAKE2b) or 8 (BLAKE2s), zero-padded. */
  personalization?: BytesInput;
}

const blake2 = (id: number, outputLen: number, blockLen: number): ConfigurableHash<Blake2Options> =>
  hashFunction({ slot: slots.blake2, id, outputLen, blockLen, keyed: true }, (options: Blake2Options) => {
    const o = checkOptions(options);
    const salt = bytesOption(o, 'salt');
    const personalization = bytesOption(o, 'personalization');
    // Key up to the maximum output size; salt and personalization up to a quarter block.
    const atMost = (name: string, value: Uint8Array | undefined, max: number): void => {
      if (value && value.length > max) throw new RangeError(`${name} must be at most ${max} bytes; got ${value.length}`);
    };
    atMost('salt', salt, blockLen / 8);
    atMost('personalization', personalization, blockLen / 8);
    const outLen = dkLen(o, outputLen, 1, outputLen);
    const key = keyOption(o.key, (bytes) => atMost('key', bytes, outputLen));
    return {
      params: { outLen, key: key && key.length > 0 ? key : undefined, salt, personalization },
      owned: typeof o.key === 'string',
    };
  });

/**
 * BLAKE2b (RFC 7693): 64-byte digests by default, with optional key, salt and personalization.
 *
 * @example
 * ```ts
 * import { blake2b } from '@org/wasm-crypto/blake2';
 * blake2b('abc'); // 64 bytes
 * blake2b('abc', { dkLen: 32, key: 'secret' }); // a 32-byte MAC
 * ```
 */
export const blake2b: ConfigurableHash<Blake2Options> = blake2(40, 64, 128);

/**
 * BLAKE2s (RFC 7693): 32-byte digests by default, for 32-bit platforms.
 *
 * @example
 * ```ts
 * import { blake2s } from '@org/wasm-crypto/blake2';
 * blake2s('abc'); // 32 bytes
 * ```
 */
export const blake2s: ConfigurableHash<Blake2Options> = blake2(41, 32, 64);

/**
 * noble's name for {@link Blake2Options}.
 *
 * @example
 * ```ts
 * import type { Blake2Opts } from '@org/wasm-crypto/blake2';
 * const options: Blake2Opts = { dkLen: 16 };
 * ```
 */
export type Blake2Opts = Blake2Options;
