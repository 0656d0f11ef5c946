// Comparing secrets, shared by `equalBytes` and the lite bcrypt (which keeps the runtime out).

/**
 * Whether `a` and `b` hold the same bytes, comparing all of them without stopping at the first
 * difference (best effort: JavaScript engines promise no timing). Lengths are not secret.
 * @internal
 */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] as number) ^ (b[i] as number);
  return difference === 0;
}
