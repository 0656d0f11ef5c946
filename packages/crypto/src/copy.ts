// Copying caller bytes before keeping or wiping them.

/**
 * An exact copy of `bytes` in a fresh ArrayBuffer. Not `bytes.slice()`: a Node `Buffer`'s `slice`
 * is a view of the same memory, so wiping "the copy" would wipe the caller's data.
 */
export const copyOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);
