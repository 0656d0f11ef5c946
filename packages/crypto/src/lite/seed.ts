// The seeds of the lite xxHash functions, passed to the module as 8 little-endian bytes.
import type { SeedOptions } from '../xxhash.js';
import { liteHash, type LiteHash } from './hash.js';
import type { LiteModule } from './module.js';
import { optionsOf } from './options.js';

/** A seeded hash of `module` whose seed has `bits` bits. */
export const seeded = (module: LiteModule, variant: number, outputLen: number, bits: 32 | 64): LiteHash<SeedOptions> =>
  liteHash(module, 1, outputLen, (options?: SeedOptions) => {
    const seed = optionsOf(options).seed;
    if (seed === undefined) return { variant, outputLen };
    const value = typeof seed === 'bigint' || Number.isSafeInteger(seed) ? BigInt(seed) : -1n;
    if (BigInt.asUintN(bits, value) !== value) throw new RangeError(`seed must be an integer from 0 to 2^${bits} - 1; got ${String(seed)}`);
    const param = new Uint8Array(8);
    new DataView(param.buffer).setBigUint64(0, value, true);
    return { variant, param, outputLen };
  });
