// Non-cryptographic checksums, as hash-wasm offers them. Ids follow crates/crypto/src/families/checksum.rs.
// Each returns the checksum's big-endian bytes (its hex is the usual written form).
import { checkInteger, describe } from '@org/wasm-runtime';
import { slots } from './binding.js';
import { hashFunction, type ConfigurableHash, type HashFunction } from './hash.js';
import { checkOptions } from './options.js';

const checksum = (id: number, outputLen: number): HashFunction => hashFunction({ slot: slots.checksum, id, outputLen, blockLen: 1 });

/** Options of the seeded xxHash functions. */
export interface SeedOptions {
  /** The seed: a number for xxHash32 (0–2³²−1); a bigint or safe integer for the 64-bit ones. */
  seed?: number | bigint;
}

const seeded = (id: number, outputLen: number, bits: 32 | 64): ConfigurableHash<SeedOptions> =>
  hashFunction({ slot: slots.checksum, id, outputLen, blockLen: 1 }, (options: SeedOptions) => {
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
 * CRC-32 (ISO-HDLC: zlib, gzip, PNG, Ethernet).
 *
 * @example
 * ```ts
 * import { crc32, bytesToHex } from '@org/wasm-crypto';
 * bytesToHex(crc32('123456789')); // 'cbf43926'
 * ```
 */
export const crc32: HashFunction = checksum(70, 4);
/**
 * CRC-32C (Castagnoli: iSCSI, ext4, SCTP).
 *
 * @example
 * ```ts
 * import { crc32c } from '@org/wasm-crypto/checksum';
 * crc32c('123456789'); // e3 06 92 83
 * ```
 */
export const crc32c: HashFunction = checksum(71, 4);
/**
 * CRC-64/XZ (the CRC-64 of xz and of hash-wasm's `crc64`).
 *
 * @example
 * ```ts
 * import { crc64 } from '@org/wasm-crypto/checksum';
 * crc64('123456789'); // 99 5d c9 bb df 19 39 fa
 * ```
 */
export const crc64: HashFunction = checksum(72, 8);
/**
 * Adler-32 (zlib's stream checksum).
 *
 * @example
 * ```ts
 * import { adler32 } from '@org/wasm-crypto/checksum';
 * adler32('Wikipedia'); // 11 e6 03 98
 * ```
 */
export const adler32: HashFunction = checksum(73, 4);
/**
 * xxHash32, with an optional 32-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash32 } from '@org/wasm-crypto/checksum';
 * xxhash32('abc', { seed: 42 }); // 4 bytes
 * ```
 */
export const xxhash32: ConfigurableHash<SeedOptions> = seeded(74, 4, 32);
/**
 * xxHash64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash64 } from '@org/wasm-crypto/checksum';
 * xxhash64('abc', { seed: 42n }); // 8 bytes
 * ```
 */
export const xxhash64: ConfigurableHash<SeedOptions> = seeded(75, 8, 64);
/**
 * XXH3-64, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash3 } from '@org/wasm-crypto/checksum';
 * xxhash3('abc'); // 8 bytes
 * ```
 */
export const xxhash3: ConfigurableHash<SeedOptions> = seeded(76, 8, 64);
/**
 * XXH3-128, with an optional 64-bit seed.
 *
 * @example
 * ```ts
 * import { xxhash128 } from '@org/wasm-crypto/checksum';
 * xxhash128('abc'); // 16 bytes
 * ```
 */
export const xxhash128: ConfigurableHash<SeedOptions> = seeded(77, 16, 64);
