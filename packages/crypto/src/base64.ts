// Standard base64, without validation: shared by utils' checked functions, the PHC format and the
// lite entries (which keep the runtime out).

/**
 * Standard base64 of `bytes`, with padding.
 * @internal
 */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode's argument list short.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The bytes of standard base64 the caller has checked (padding optional).
 * @internal
 */
export const fromBase64 = (text: string): Uint8Array<ArrayBuffer> => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
