// Copying caller bytes before keeping or wiping them, and wiping the copies made so far when a
// later input is refused. Free of the runtime, for the lite entries too.

/**
 * An exact copy of `bytes` in a fresh ArrayBuffer. Not `bytes.slice()`: a Node `Buffer`'s `slice`
 * is a view of the same memory, so wiping "the copy" would wipe the caller's data.
 */
export const copyOf = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

/**
 * Runs `encode`, which turns secrets into bytes (adding the copies it makes to `owned`); if it
 * throws (a later secret of the wrong type), the copies already made are wiped before the error
 * goes on.
 */
export function secretsOrWipe<T>(encode: (owned: Uint8Array[]) => T): { value: T; owned: Uint8Array[] } {
  const owned: Uint8Array[] = [];
  try {
    return { value: encode(owned), owned };
  } catch (error) {
    for (const bytes of owned) bytes.fill(0);
    throw error;
  }
}
