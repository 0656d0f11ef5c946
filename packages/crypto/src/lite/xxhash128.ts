// XXH3-128 in the size-first module, from `xxhash-rust`: big-endian bytes, as the full `/xxhash`
// entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

/**
 * XXH3-128, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash128 } from '@org/wasm-crypto/lite/xxhash128';
 * xxhash128('abc', { seed: 1n }); // 16 bytes
 * ```
 */
export const xxhash128: LiteHash<SeedOptions> = seeded(liteModule('xxhash128'), 0, 16, 64);
