// Non-cryptographic checksums, as hash-wasm offers them: CRC-32, CRC-32C, CRC-64 and Adler-32
// (xxHash is in xxhash.ts, a module of its own). Ids follow crates/crypto/src/families/checksum.rs.
// Each returns the checksum's big-endian bytes (its hex is the usual written form).
import { slots } from './binding.js';
import { hashFunction, type HashFunction } from './hash.js';

const checksum = (id: number, outputLen: number): HashFunction => hashFunction({ slot: slots.checksum, id, outputLen, blockLen: 1 });

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
