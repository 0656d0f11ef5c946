// BLAKE3 (plain and keyed, any output length) in the size-first module, from the official `blake3`
// crate. Derive-key mode is the full `/blake3` entry's (crates/crypto-lite/src/blake3.rs says why).
import type { Blake3Options } from '../blake3.js';
import { liteHash, LiteXofHasher, type LiteHash } from './hash.js';
import { bytesOf } from './loader.js';
import { liteModule } from './module.js';
import { dkLenOf, optionsOf } from './options.js';

/**
 * Options of the lite {@link blake3}: those of the full entry's BLAKE3 but `context` (derive-key
 * mode, which only the full `@org/wasm-crypto/blake3` has).
 *
 * @example
 * ```ts
 * import { blake3, type LiteBlake3Options } from '@org/wasm-crypto/lite/blake3';
 * const options: LiteBlake3Options = { key: new Uint8Array(32), dkLen: 64 };
 * blake3('message', options);
 * ```
 */
export type LiteBlake3Options = Omit<Blake3Options, 'context'>;

/**
 * BLAKE3, as `@noble/hashes`' `blake3` without derive-key mode: `dkLen` for any output length,
 * `key` (32 bytes) for the keyed mode; `create().xof(n)` reads on.
 *
 * @example
 * ```ts
 * import { blake3 } from '@org/wasm-crypto/lite/blake3';
 * blake3('abc');
 * blake3('abc', { key: new Uint8Array(32), dkLen: 64 });
 * ```
 */
export const blake3: LiteHash<LiteBlake3Options, LiteXofHasher> = liteHash(liteModule('blake3'), 64, 32, (options?: LiteBlake3Options) => {
  const { dkLen, key, context } = optionsOf(options as Blake3Options | undefined);
  if (context !== undefined) throw new TypeError('lite/blake3 has no derive-key mode (context): use @org/wasm-crypto/blake3');
  const param = key === undefined ? undefined : bytesOf(key, 'key');
  if (param && param.length !== 32) throw new RangeError(`blake3: key must be 32 bytes; got ${param.length}`);
  return { variant: param ? 1 : 0, param, outputLen: dkLenOf(dkLen, 32), secret: param !== undefined };
}, LiteXofHasher);
