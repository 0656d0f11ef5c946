// XXH3-64 in the size-first module, from `xxhash-rust`: big-endian bytes, as the full `/xxhash`
// entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

/**
 * XXH3-64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash3 } from '@org/wasm-crypto/lite/xxhash3';
 * xxhash3('abc', { seed: 1n }); // 8 bytes
 * ```
 */
export const xxhash3: LiteHash<SeedOptions> = seeded(liteModule('xxhash3'), 0, 8, 64);
