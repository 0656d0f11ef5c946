// Typed-array checks that hold for arrays of any realm (an iframe, `vm`, a test environment),
// where `instanceof` fails, and that read a view through the built-in getters, which a subclass
// or a Proxy cannot redirect.

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype) as object;
const builtin = (key: PropertyKey): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, key)!.get as (this: unknown) => unknown;
const kindOf = builtin(Symbol.toStringTag);
const bufferOf = builtin('buffer');
const byteOffsetOf = builtin('byteOffset');
const byteLengthOf = builtin('byteLength');

/**
 * A typed array's own kind (`'Uint8Array'`, `'Uint8ClampedArray'`, …), read from its internal
 * slot; undefined for anything else, a `DataView` or a `Proxy` included.
 */
export function typedArrayKind(value: unknown): string | undefined {
  return ArrayBuffer.isView(value) ? (kindOf.call(value) as string | undefined) : undefined;
}

/**
 * The bytes that typed array `view` covers, as a `Uint8Array` over the same memory (no copy),
 * read through the built-in getters. A TypeError naming `name` if its buffer was detached.
 */
export function typedArrayBytes(view: ArrayBufferView, name: string): Uint8Array {
  const buffer = bufferOf.call(view) as ArrayBufferLike;
  try {
    return new Uint8Array(buffer, byteOffsetOf.call(view) as number, byteLengthOf.call(view) as number);
  } catch {
    // The only way construction over a view's own range fails.
    throw new TypeError(`${name}'s buffer is detached (it was transferred)`);
  }
}
