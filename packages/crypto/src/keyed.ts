// What HMAC, HKDF and PBKDF2 share: finding the hash's keyed module, and handling secrets.
import { toBytes, type BytesInput, type ModuleSlot } from '@org/wasm-runtime';
import type { KeyedGlue } from './binding.js';
import { secretsOrWipe } from './copy.js';
import { hashDef } from './hash.js';

/** The module and id of `hash` for the keyed constructions (HMAC, HKDF, PBKDF2). */
export function keyedHash(hash: unknown, fn: string): { slot: ModuleSlot<KeyedGlue>; id: number; outputLen: number } {
  const def = hashDef(hash, 'hash');
  if (!def.keyed) throw new TypeError(`${fn}: this hash has no HMAC (KMAC needs a key to start, and the checksums are not hashes for it)`);
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

/** `secret` as bytes; a copy made from a string is added to `owned`, for wiping after use. */
export function secretBytes(secret: BytesInput, name: string, owned: Uint8Array[]): Uint8Array {
  const bytes = toBytes(secret, name);
  if (typeof secret === 'string') owned.push(bytes);
  return bytes;
}

/**
 * An optional key option as bytes, once `check` accepts it: a copy made from a string is wiped if
 * it does not. Hash options encode their key last, after the checks that need no key.
 */
export function keyOption(key: unknown, check: (bytes: Uint8Array) => void): Uint8Array | undefined {
  if (key === undefined) return undefined;
  return secretsOrWipe((owned) => {
    const bytes = secretBytes(key as BytesInput, 'key', owned);
    check(bytes);
    return bytes;
  }).value;
}
