/** Argument checks run in TypeScript before anything crosses into WebAssembly. */

/**
 * Anything we accept as bytes: a string is encoded as UTF-8.
 *
 * @example
 * ```ts
 * import { sha256, type BytesInput } from '@org/wasm-crypto';
 * const inputs: BytesInput[] = ['text', new Uint8Array([1, 2]), new ArrayBuffer(8), new Float64Array(2)];
 * inputs.forEach((input) => sha256(input));
 * ```
 */
export type BytesInput = Uint8Array | ArrayBuffer | ArrayBufferView | string;

/**
 * The bytes the packages return: a `Uint8Array` over a plain `ArrayBuffer`
 * (`Uint8Array<ArrayBuffer>` on TypeScript 5.7 and later, plain `Uint8Array` before), as
 * `@noble/hashes` types its outputs, so that they can go straight to WebCrypto, `Blob` or
 * `Response`.
 *
 * @example
 * ```ts
 * import { sha256, type Bytes } from '@org/wasm-crypto';
 * const digest: Bytes = sha256('abc');
 * await crypto.subtle.importKey('raw', digest, 'HMAC', false, ['sign']); // a BufferSource
 * ```
 */
export type Bytes = ReturnType<typeof Uint8Array.of>;

/** Types as {@link Bytes} an array this package made (wasm-bindgen's outputs are fresh copies too). */
export const ownBytes = (bytes: Uint8Array): Bytes => bytes as Bytes;

const utf8 = new TextEncoder();

/** Returns a `Uint8Array` over `input` without copying (strings are encoded as UTF-8). */
export function toBytes(input: BytesInput, name: string): Uint8Array {
  if (input instanceof Uint8Array) return input;
  if (typeof input === 'string') return utf8.encode(input);
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError(`${name} must be a Uint8Array, ArrayBuffer, typed array or string; got ${describe(input)}`);
}

/** Checks that `value` is an integer in `[min, max]`. */
export function checkInteger(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number; got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}; got ${value}`);
  }
  return value;
}

/** Checks that `value` is a finite number in `[min, max]` (bounds inclusive unless `exclusiveMin`). */
export function checkNumber(
  value: unknown,
  name: string,
  min: number,
  max: number,
  exclusiveMin = false,
): number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number; got ${describe(value)}`);
  const tooLow = exclusiveMin ? !(value > min) : !(value >= min);
  if (!Number.isFinite(value) || tooLow || value > max) {
    const lower = exclusiveMin ? `greater than ${min}` : `at least ${min}`;
    throw new RangeError(`${name} must be a finite number ${lower} and at most ${max}; got ${value}`);
  }
  return value;
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return value.constructor?.name ?? 'an object';
  return typeof value;
}
