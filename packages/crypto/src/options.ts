// Checks and converts the options of the configurable hash functions.
import { checkInteger, describe, toBytes, type BytesInput } from '@org/wasm-runtime';
import type { RawParams } from './hash.js';

/** Longest output of an extendable-output function in one call (crates/crypto/src/params.rs). */
export const MAX_XOF_LEN = 1 << 24;

/** Fails unless `options` is an object (or undefined). */
export function checkOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new TypeError(`options must be an object; got ${describe(options)}`);
  return options as Record<string, unknown>;
}

/** `options.dkLen`, or `fallback`, checked to be an integer in `[min, max]`. */
export function dkLen(options: Record<string, unknown>, fallback: number, min = 1, max = MAX_XOF_LEN): number {
  return options.dkLen === undefined ? fallback : checkInteger(options.dkLen, 'dkLen', min, max);
}

/** An optional byte-string option (UTF-8 for strings). */
export function bytesOption(options: Record<string, unknown>, name: string): Uint8Array | undefined {
  const value = options[name];
  return value === undefined ? undefined : toBytes(value as BytesInput, name);
}

/** Raw parameters whose key is ours to wipe when the caller gave a string. */
export function withKey(params: RawParams, key: unknown): { params: RawParams; owned: boolean } {
  return { params, owned: typeof key === 'string' };
}
