import { describe, ownBytes, toBytes, type Bytes, type BytesInput } from '@org/wasm-runtime';
import { fromBase64, toBase64 } from './base64.js';
import { sameBytes } from './constant-time.js';
import { isUint8Array } from './typed.js';

/**
 * Compares two byte arrays without stopping at the first difference (best effort: JavaScript
 * engines promise no timing), for MACs, password hashes and other secrets. Arrays of different
 * lengths are unequal (their lengths are not secret).
 *
 * @example
 * ```ts
 * import { equalBytes } from '@org/wasm-crypto';
 * if (!equalBytes(received, expected)) throw new Error('bad tag');
 * ```
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (!isUint8Array(a)) throw new TypeError(`a must be a Uint8Array; got ${describe(a)}`);
  if (!isUint8Array(b)) throw new TypeError(`b must be a Uint8Array; got ${describe(b)}`);
  return sameBytes(a, b);
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * Lower-case hex of bytes (any typed array or `ArrayBuffer`).
 *
 * @example
 * ```ts
 * import { bytesToHex, sha256 } from '@org/wasm-crypto';
 * bytesToHex(sha256('abc')); // 'ba7816bf…'
 * ```
 */
export function bytesToHex(bytes: Exclude<BytesInput, string>): string {
  if (typeof bytes === 'string') throw new TypeError('bytes must be bytes, not a string');
  const view = toBytes(bytes, 'bytes');
  let out = '';
  for (const byte of view) out += HEX[byte];
  return out;
}

/**
 * Bytes of a hex string (either case, even length).
 *
 * @example
 * ```ts
 * import { hexToBytes } from '@org/wasm-crypto';
 * hexToBytes('cafe'); // Uint8Array [0xca, 0xfe]
 * ```
 */
export function hexToBytes(hex: string): Bytes {
  if (typeof hex !== 'string') throw new TypeError(`hex must be a string; got ${describe(hex)}`);
  if (hex.length % 2 !== 0) throw new RangeError(`hex must have an even length; got ${hex.length}`);
  if (!/^[0-9a-fA-F]*$/.test(hex)) throw new RangeError('hex may only contain 0-9, a-f and A-F');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/**
 * Standard base64 (RFC 4648, with padding) of bytes.
 *
 * @example
 * ```ts
 * import { bytesToBase64 } from '@org/wasm-crypto';
 * bytesToBase64(new Uint8Array([1, 2, 3])); // 'AQID'
 * ```
 */
export function bytesToBase64(bytes: Exclude<BytesInput, string>): string {
  if (typeof bytes === 'string') throw new TypeError('bytes must be bytes, not a string');
  return toBase64(toBytes(bytes, 'bytes'));
}

/**
 * Bytes of a standard base64 string (padding optional, but if present it must complete the last
 * group of 4; whitespace is not allowed).
 *
 * @example
 * ```ts
 * import { base64ToBytes } from '@org/wasm-crypto';
 * base64ToBytes('AQID'); // Uint8Array [1, 2, 3]
 * ```
 */
export function base64ToBytes(base64: string): Bytes {
  if (typeof base64 !== 'string') throw new TypeError(`base64 must be a string; got ${describe(base64)}`);
  const unpadded = base64.replace(/=+$/, '');
  const padded = unpadded.length !== base64.length;
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || unpadded.length % 4 === 1 || (padded && base64.length % 4 !== 0)) {
    throw new RangeError('base64 must be standard base64 (A-Z, a-z, 0-9, +, /; padding, if any, to a multiple of 4)');
  }
  return fromBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')) as Bytes;
}

/**
 * UTF-8 bytes of a string (the encoding every hash function applies to string input).
 *
 * @example
 * ```ts
 * import { utf8ToBytes } from '@org/wasm-crypto';
 * utf8ToBytes('é'); // Uint8Array [0xc3, 0xa9]
 * ```
 */
export function utf8ToBytes(text: string): Bytes {
  if (typeof text !== 'string') throw new TypeError(`text must be a string; got ${describe(text)}`);
  return ownBytes(toBytes(text, 'text'));
}

/**
 * The string of UTF-8 bytes; invalid UTF-8 is a `TypeError` rather than silently replaced.
 *
 * @example
 * ```ts
 * import { bytesToUtf8 } from '@org/wasm-crypto';
 * bytesToUtf8(new Uint8Array([0xc3, 0xa9])); // 'é'
 * ```
 */
export function bytesToUtf8(bytes: Exclude<BytesInput, string>): string {
  if (typeof bytes === 'string') throw new TypeError('bytes must be bytes, not a string');
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(toBytes(bytes, 'bytes'));
}

// noble's other helpers (assertions, byte and word helpers, createHasher, randomBytes, oidNist).
export * from './noble-utils.js';
