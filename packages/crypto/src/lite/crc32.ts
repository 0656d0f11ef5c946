// CRC-32 and CRC-32C in the size-first module, from the `crc` crate. Each returns the checksum's
// big-endian bytes, as the full `/checksum` entry does.
import { fixedHash, type LiteHash } from './hash.js';
import { liteModule } from './module.js';

const wasm = liteModule('crc32');

/**
 * CRC-32 (ISO-HDLC: zlib, gzip, PNG, Ethernet).
 *
 * @example
 * ```ts
 * import { crc32 } from '@org/wasm-crypto/lite/crc32';
 * crc32('123456789'); // cb f4 39 26
 * ```
 */
export const crc32: LiteHash = fixedHash(wasm, 0, 4, 1);

/**
 * CRC-32C (Castagnoli: iSCSI, ext4, SCTP).
 *
 * @example
 * ```ts
 * import { crc32c } from '@org/wasm-crypto/lite/crc32';
 * crc32c('123456789'); // e3 06 92 83
 * ```
 */
export const crc32c: LiteHash = fixedHash(wasm, 1, 4, 1);
