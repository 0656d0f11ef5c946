// xxHash32, xxHash64, XXH3-64 and XXH3-128, as hash-wasm offers them, with seeds. Ids follow
// crates/crypto/src/families/xxhash.rs. Each returns the hash's big-endian bytes (its hex is the
// usual written form).
import { checkInteger, describe } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash } from './hash.js';
import { checkOptions } from './options.js';

/**
 * Options of the seeded xxHash functions.
 *
 * @example
 * ```ts
 * import { xxhash64, type SeedOptions } from '@org/wasm-crypto/xxhash';
 * const options: SeedOptions = { seed: 42n };
 * xxhash64('message', options);
 * ```
 */
export interface SeedOptions {
  /** The seed: a number for xxHash32 (0–2³²−1); a bigint or safe integer for the 64-bit ones. */
  seed?: number | bigint;
}

const seeded = (id: number, outputLen: number, bits: 32 | 64): ConfigurableHash<SeedOptions> =>
  hashFunction({ slot: slots.xxhash, id, outputLen, blockLen: 1 }, (options: SeedOptions) => {
    const seed = checkOptions(options).seed;
    if (seed === undefined) return { params: { outLen: outputLen }, owned: false };
    if (bits === 32) return { params: { outLen: outputLen, number: checkInteger(seed, 'seed', 0, 2 ** 32 - 1) }, owned: false };
    const big = typeof seed === 'bigint' ? seed : typeof seed === 'number' && Number.isSafeInteger(seed) && seed >= 0 ? BigInt(seed) : undefined;
    if (big === undefined || big < 0n || big >= 1n << 64n) throw new RangeError(`seed must be an integer from 0 to 2^64 - 1; got ${describe(seed)}`);
    const salt = new Uint8Array(8);
    new DataView(salt.buffer).setBigUint64(0, big, true);
    return { params: { outLen: outputLen, salt }, owned: false };
  });

/**
 * xxHash32, with an optional 32-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash32 } from '@org/wasm-crypto/xxhash';
 * xxhash32('abc', { seed: 42 }); // 4 bytes
 * ```
 */
export const xxhash32: ConfigurableHash<SeedOptions> = seeded(74, 4, 32);
/**
 * xxHash64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash64 } from '@org/wasm-crypto/xxhash';
 * xxhash64('abc', { seed: 42n }); // 8 bytes
 * ```
 */
export const xxhash64: ConfigurableHash<SeedOptions> = seeded(75, 8, 64);
/**
 * XXH3-64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash3 } from '@org/wasm-crypto/xxhash';
 * xxhash3('abc'); // 8 bytes
 * ```
 */
export const xxhash3: ConfigurableHash<SeedOptions> = seeded(76, 8, 64);
/**
 * XXH3-128, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash128 } from '@org/wasm-crypto/xxhash';
 * xxhash128('abc'); // 16 bytes
 * ```
 */
export const xxhash128: ConfigurableHash<SeedOptions> = seeded(77, 16, 64);
