// xxHash32 and xxHash64 in the size-first module, from `xxhash-rust`: big-endian bytes, as the
// full `/xxhash` entry returns them.
import type { SeedOptions } from '../xxhash.js';
import type { LiteHash } from './hash.js';
import { liteModule } from './module.js';
import { seeded } from './seed.js';
export type { SeedOptions } from '../xxhash.js';

const wasm = liteModule('xxhash');

/**
 * xxHash32, with an optional 32-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash32 } from '@org/wasm-crypto/lite/xxhash';
 * xxhash32('abc', { seed: 42 }); // 4 bytes
 * ```
 */
export const xxhash32: LiteHash<SeedOptions> = seeded(wasm, 0, 4, 32);

/**
 * xxHash64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash64 } from '@org/wasm-crypto/lite/xxhash';
 * xxhash64('abc', { seed: 42n }); // 8 bytes
 * ```
 */
export const xxhash64: LiteHash<SeedOptions> = seeded(wasm, 1, 8, 64);
