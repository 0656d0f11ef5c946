// Option and length checks of the configurable lite functions (SHAKE, BLAKE3, xxHash) and of
// `xof()`.

/** The longest output of one call (as the full entries allow). */
export const MAX_OUTPUT = 1 << 24;

/** An integer in `[min, max]`, or a RangeError naming it. */
export function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    // (A string quoted: `got "1"` says why 1 was refused.)
    throw new RangeError(`${name} must be an integer from ${min} to ${max}; got ${typeof value == 'string' ? `"${value}"` : String(value)}`);
  }
  return value;
}

/** `options` as an object to read (none: empty), or a TypeError. */
export function optionsOf<T extends object>(options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw new TypeError(`options must be an object; got ${String(options)}`);
  return options;
}

/** `options.dkLen` checked, or `fallback`. */
export const dkLenOf = (dkLen: unknown, fallback: number): number => (dkLen === undefined ? fallback : integer(dkLen, 'dkLen', 0, MAX_OUTPUT));
