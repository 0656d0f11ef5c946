// xxHash64 in the size-first module, from `xxhash-rust`: big-endian bytes, as the full `/xxhash`
// entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

/**
 * xxHash64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash64 } from '@org/wasm-crypto/lite/xxhash64';
 * xxhash64('abc', { seed: 42n }); // 8 bytes
 * ```
 */
export const xxhash64: LiteHash<SeedOptions> = seeded(liteModule('xxhash64'), 0, 8, 64);
