// Option checks of the configurable lite functions (SHAKE, BLAKE3, xxHash).
import { integer, MAX_OUTPUT } from './module.js';

/** `options` as an object to read (none: empty), or a TypeError. */
export function optionsOf<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new TypeError(`options must be an object; got ${String(options)}`);
  return options;
}

/** `options.dkLen` checked, or `fallback`. */
export const dkLenOf = (dkLen: unknown, fallback: number): number => (dkLen === undefined ? fallback : integer(dkLen, 'dkLen', 0, MAX_OUTPUT));
