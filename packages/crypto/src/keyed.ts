// What HMAC, HKDF and PBKDF2 share: finding the hash's keyed module, and handling secrets.
import { toBytes, type BytesInput, type ModuleSlot } from '@org/wasm-runtime';
import type { KeyedGlue } from './binding.js';
import { hashDef } from './hash.js';

/** The module and id of `hash` for the keyed constructions (SHA-2, SHA-3, legacy hashes). */
export function keyedHash(hash: unknown, fn: string): { slot: ModuleSlot<KeyedGlue>; id: number; outputLen: number } {
  const def = hashDef(hash, 'hash');
  if (!def.keyed) throw new TypeError(`${fn}: this hash has no HMAC here (use a SHA-2, SHA-3 or legacy hash)`);
  return { slot: def.slot as ModuleSlot<KeyedGlue>, id: def.id, outputLen: def.outputLen };
}

/** Runs `use` with `secret` as bytes, wiping the copy if we made it from a string. */
export function withSecret<T>(secret: BytesInput, name: string, use: (bytes: Uint8Array) => T): T {
  const bytes = toBytes(secret, name);
  try {
    return use(bytes);
  } finally {
    if (typeof secret === 'string') bytes.fill(0);
  }
}
