// Feeding a message to a streaming hasher in pieces, for the vector tests.

/** `data` split at the given cut points (fractions of its length, in any order). */
export function splitAt(data: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => Math.floor(c * data.length)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let prev = 0;
  for (const p of points) {
    out.push(data.subarray(prev, p));
    prev = p;
  }
  out.push(data.subarray(prev));
  return out;
}

/** The digest of `parts`, given to `hasher` one `update()` each. */
export function streamed(hasher: { update(d: Uint8Array): unknown; digest(): Uint8Array }, parts: Uint8Array[]): Uint8Array {
  for (const part of parts) hasher.update(part);
  return hasher.digest();
}
