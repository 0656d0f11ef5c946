// Typed-array checks that also hold for arrays from another realm (an iframe, `vm`, a test
// environment), where `instanceof` fails.
import { typedArrayKind } from '@org/wasm-runtime';

/** Whether `value` is a `Uint8Array` (a Node `Buffer` included), of any realm. */
export const isUint8Array = (value: unknown): value is Uint8Array => typedArrayKind(value) === 'Uint8Array';

/** Whether `value` is a `Uint32Array`, of any realm. */
export const isUint32Array = (value: unknown): value is Uint32Array => typedArrayKind(value) === 'Uint32Array';
