// XXH3 with 64- and 128-bit output in the size-first module, from `xxhash-rust`: big-endian bytes,
// as the full `/xxhash` entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

const wasm = liteModule('xxh3');

/**
 * XXH3-64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash3 } from '@org/wasm-crypto/lite/xxh3';
 * xxhash3('abc'); // 8 bytes
 * ```
 */
export const xxhash3: LiteHash<SeedOptions> = seeded(wasm, 0, 8, 64);

/**
 * XXH3-128, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash128 } from '@org/wasm-crypto/lite/xxh3';
 * xxhash128('abc', { seed: 1n }); // 16 bytes
 * ```
 */
export const xxhash128: LiteHash<SeedOptions> = seeded(wasm, 1, 16, 64);
