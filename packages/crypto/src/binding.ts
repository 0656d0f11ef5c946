/**
 * One module slot per wasm family, set by the entry (node, web, inline or workerd) the user's
 * runtime picked. The glue types come from wasm-bindgen's declarations of each family build.
 */
import { ModuleSlot } from '@org/wasm-runtime';
import type * as Sha2Glue from '../wasm/wasm_crypto_sha2.node.cjs';
import type * as Sha3Module from '../wasm/wasm_crypto_sha3.node.cjs';
import type * as ChecksumGlue from '../wasm/wasm_crypto_checksum.node.cjs';
import type * as Argon2Module from '../wasm/wasm_crypto_argon2.node.cjs';
import type * as ScryptModule from '../wasm/wasm_crypto_scrypt.node.cjs';
import type * as BcryptModule from '../wasm/wasm_crypto_bcrypt.node.cjs';

type Raw<T> = Omit<T, '__wasmVariant' | 'default'>;

/** Every hash family's exports (crates/crypto/src/wasm/hashing.rs). */
export type HashGlue = Raw<typeof ChecksumGlue>;
/** The exports of the families with HMAC, HKDF and PBKDF2 (all hash families but the checksums). */
export type KeyedGlue = Raw<typeof Sha2Glue>;
/** The SHA-3 family's exports: a keyed family's, and the bare permutation (`keccakP`). */
export type Sha3Glue = Raw<typeof Sha3Module>;
export type Argon2Glue = Raw<typeof Argon2Module>;
export type ScryptGlue = Raw<typeof ScryptModule>;
export type BcryptGlue = Raw<typeof BcryptModule>;

const scope = '@org/wasm-crypto';

/** The wasm module of each family. */
export const slots = {
  sha2: new ModuleSlot<KeyedGlue>(`${scope}/sha2`),
  sha3: new ModuleSlot<Sha3Glue>(`${scope}/sha3`),
  sha3_addons: new ModuleSlot<KeyedGlue>(`${scope}/sha3-addons`),
  blake2: new ModuleSlot<KeyedGlue>(`${scope}/blake2`),
  blake3: new ModuleSlot<KeyedGlue>(`${scope}/blake3`),
  legacy: new ModuleSlot<KeyedGlue>(`${scope}/legacy`),
  legacy_extra: new ModuleSlot<KeyedGlue>(`${scope}/legacy-extra`),
  checksum: new ModuleSlot<HashGlue>(`${scope}/checksum`),
  xxhash: new ModuleSlot<HashGlue>(`${scope}/xxhash`),
  argon2: new ModuleSlot<Argon2Glue>(`${scope}/argon2`),
  scrypt: new ModuleSlot<ScryptGlue>(`${scope}/scrypt`),
  bcrypt: new ModuleSlot<BcryptGlue>(`${scope}/bcrypt`),
};

/** A family of the package: one wasm module. */
export type Family = keyof typeof slots;

/**
 * The family of a slot, from its name: '@org/wasm-crypto/sha3-addons' → 'sha3_addons'. By name, not
 * by identity, because a hash may come from another bundle of this package (each CJS subpath is
 * one), whose slots are other objects.
 */
export function familyOf(slot: { readonly name: string }): Family {
  return slot.name.slice(slot.name.lastIndexOf('/') + 1).replace(/-/g, '_') as Family;
}
