// BLAKE3, as `@noble/hashes/blake3.js`, from the official crate. Id follows crates/crypto/src/families/blake3.rs.
import { toBytes, type BytesInput } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash } from './hash.js';
import { keyOption } from './keyed.js';
import { checkOptions, dkLen } from './options.js';

/**
 * Options of BLAKE3.
 *
 * @example
 * ```ts
 * import { blake3, type Blake3Options } from '@org/wasm-crypto/blake3';
 * const keyed: Blake3Options = { key: new Uint8Array(32) }; // a MAC
 * const derive: Blake3Options = { context: 'example.com 2025-01-01 session keys', dkLen: 64 };
 * blake3('message', keyed);
 * blake3(inputKeyMaterial, derive);
 * ```
 */
export interface Blake3Options {
  /** Output length in bytes (default 32; BLAKE3 is an extendable-output function). */
  dkLen?: number;
  /** Keyed mode: a 32-byte key. */
  key?: BytesInput;
  /** Derive-key mode: the context string (UTF-8 text); not together with `key`. */
  context?: BytesInput;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const isUtf8 = (bytes: Uint8Array): boolean => {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

/** `number` value selecting derive-key mode (crates/crypto/src/families/blake3.rs). */
const DERIVE_KEY = 1;

/**
 * BLAKE3: plain hashing, keyed hashing (`key`, 32 bytes) or key derivation (`context`), with
 * any output length. Uses SIMD128 where the runtime supports it.
 *
 * @example
 * ```ts
 * import { blake3 } from '@org/wasm-crypto/blake3';
 * blake3('abc'); // 32 bytes
 * blake3('abc', { dkLen: 64 });
 * blake3('input key material', { context: 'my app 2026-11-24 session keys', dkLen: 32 });
 * ```
 */
export const blake3: ConfigurableHash<Blake3Options> = hashFunction(
  { slot: slots.blake3, id: 50, outputLen: 32, blockLen: 64, canXOF: true, keyed: true },
  (options: Blake3Options) => {
    const o = checkOptions(options);
    if (o.key !== undefined && o.context !== undefined) throw new TypeError('blake3: give either key or context, not both');
    const context = o.context === undefined ? undefined : toBytes(o.context as BytesInput, 'context');
    // The blake3 crate takes the context as a Rust string.
    if (context && !isUtf8(context)) throw new RangeError('blake3: context must be UTF-8 text; these bytes are not');
    const outLen = dkLen(o, 32, 0);
    const key = keyOption(o.key, (bytes) => {
      if (bytes.length !== 32) throw new RangeError(`blake3: key must be 32 bytes; got ${bytes.length}`);
    });
    return {
      params: { outLen, key, personalization: context, number: context ? DERIVE_KEY : undefined },
      owned: typeof o.key === 'string',
    };
  },
);

/**
 * noble's name for {@link Blake3Options}.
 *
 * @example
 * ```ts
 * import type { Blake3Opts } from '@org/wasm-crypto/blake3';
 * const options: Blake3Opts = { dkLen: 64 };
 * ```
 */
export type Blake3Opts = Blake3Options;
