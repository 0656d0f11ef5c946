// NIST hash OIDs, for the `oid` of our SHA-2/SHA-3 functions and noble's `oidNist` helper.
import type { Bytes } from '@org/wasm-runtime';

/**
 * What {@link oidNist} returns.
 *
 * @example
 * ```ts
 * import { oidNist, type NistOid } from '@org/wasm-crypto/utils';
 * const sha256Oid: NistOid = oidNist(0x01); // 2.16.840.1.101.3.4.2.1
 * ```
 */
export interface NistOid {
  /** The DER-encoded object identifier. */
  readonly oid: Bytes;
}

/**
 * `{ oid }`: the DER encoding of NIST's hash algorithm OID 2.16.840.1.101.3.4.2.`suffix`.
 *
 * @example
 * ```ts
 * import { oidNist } from '@org/wasm-crypto/utils';
 * oidNist(0x01).oid; // SHA-256's OID
 * ```
 */
export function oidNist(suffix: number): NistOid {
  return { oid: Uint8Array.from([0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, suffix]) };
}
