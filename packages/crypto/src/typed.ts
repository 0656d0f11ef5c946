// Typed-array checks that also hold for arrays from another realm (an iframe, `vm`, a test
// environment), where `instanceof` fails.

/** `%TypedArray%.prototype[Symbol.toStringTag]`: a typed array's own kind, read from its internal slot. */
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)?.get;

const tagOf = (value: unknown): unknown => (ArrayBuffer.isView(value) ? typedArrayTag?.call(value) : undefined);

/** Whether `value` is a `Uint8Array` (a Node `Buffer` included), of any realm. */
export const isUint8Array = (value: unknown): value is Uint8Array => tagOf(value) === 'Uint8Array';

/** Whether `value` is a `Uint32Array`, of any realm. */
export const isUint32Array = (value: unknown): value is Uint32Array => tagOf(value) === 'Uint32Array';
