// BLAKE3 (plain, keyed, derive-key; any output length) in the size-first module, from the official
// `blake3` crate.
import type { Blake3Options } from '../blake3.js';
import { liteHash, type LiteHash } from './hash.js';
import { bytesOf, liteModule } from './module.js';
import { dkLenOf, optionsOf } from './options.js';
export type { Blake3Options } from '../blake3.js';

/**
 * BLAKE3, as `@noble/hashes`' `blake3`: `dkLen` for any output length, `key` (32 bytes) for the
 * keyed mode, `context` for derive-key mode; `create().xof(n)` reads on.
 *
 * @example
 * ```ts
 * import { blake3 } from '@org/wasm-crypto/lite/blake3';
 * blake3('abc');
 * blake3('abc', { key: new Uint8Array(32), dkLen: 64 });
 * blake3('input key material', { context: 'example.com 2026-11-25 session keys' });
 * ```
 */
export const blake3: LiteHash<Blake3Options> = liteHash(liteModule('blake3'), 64, 32, (options?: Blake3Options) => {
  const { dkLen, key, context } = optionsOf(options);
  if (key !== undefined && context !== undefined) throw new TypeError('blake3: give either key or context, not both');
  const keyBytes = key === undefined ? undefined : bytesOf(key, 'key');
  if (keyBytes && keyBytes.length !== 32) throw new RangeError(`blake3: key must be 32 bytes; got ${keyBytes.length}`);
  const param = keyBytes ?? (context === undefined ? undefined : bytesOf(context, 'context'));
  return { variant: keyBytes ? 1 : param ? 2 : 0, param, outputLen: dkLenOf(dkLen, 32), xof: true };
});
