// xxHash32 in the size-first module, from `xxhash-rust`: big-endian bytes, as the full `/xxhash`
// entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

/**
 * xxHash32, with an optional 32-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash32 } from '@org/wasm-crypto/lite/xxhash32';
 * xxhash32('abc', { seed: 42 }); // 4 bytes
 * ```
 */
export const xxhash32: LiteHash<SeedOptions> = seeded(liteModule('xxhash32'), 0, 4, 32);
