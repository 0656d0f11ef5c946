// Argon2's PHC strings (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`), read and written alike by
// `hashPassword`/`verifyPassword` and by the lite `/lite/argon2` (so free of the runtime).
import { checkArgon2Work } from './limits.js';
import { onlyParams, phcBase64, phcDecode, phcInteger, type Phc } from './phc.js';

/** The Argon2 variants, by PHC id. */
export type Argon2Id = 'argon2id' | 'argon2i' | 'argon2d';

/** Argon2's variant numbers in the wasm modules (crates/crypto and crates/crypto-lite). */
export const ARGON2_VARIANTS = { argon2d: 0, argon2i: 1, argon2id: 2 } as const;

/** Whether `id` is an Argon2 PHC id. */
export const isArgon2Id = (id: unknown): id is Argon2Id => id === 'argon2id' || id === 'argon2i' || id === 'argon2d';

/** What an Argon2 PHC string describes, besides salt and hash. */
export interface Argon2Settings {
  readonly version: number;
  readonly t: number;
  readonly m: number;
  readonly p: number;
  /** The associated data (`data=`), if any. */
  readonly personalization?: Uint8Array;
}

/**
 * The settings of a parsed Argon2 string, checked as `verifyPassword` reads them: parameters in
 * any order, version 0x10 when there is no `v=`, no `keyid=`, at most 32 bytes of `data=`, and at
 * most about half a minute of work.
 */
export function argon2Settings(phc: Phc): Argon2Settings {
  onlyParams(phc, ['m', 't', 'p', 'keyid', 'data']);
  if (phc.params.has('keyid')) throw new RangeError('Argon2 key ids (keyid=) are not supported');
  const version = phc.version ?? 0x10;
  if (version !== 0x10 && version !== 0x13) throw new RangeError(`unsupported Argon2 version ${version}`);
  const p = phcInteger(phc, 'p', 1, 0xffffff);
  const m = phcInteger(phc, 'm', 8 * p, 2 ** 32 - 1);
  const t = phcInteger(phc, 't', 1, 2 ** 32 - 1);
  checkArgon2Work(m, t, phc.id);
  const data = phc.params.get('data');
  if (data === undefined) return { version, t, m, p };
  const personalization = phcDecode(data, 'data parameter');
  // RustCrypto's argon2 takes at most 32 bytes of associated data (the PHC format's own limit).
  if (personalization.length > 32) throw new RangeError(`Argon2 data= of more than 32 bytes is not supported; got ${personalization.length}`);
  return { version, t, m, p, personalization };
}

/** The PHC string of an Argon2 (version 0x13) hash. */
export const argon2Phc = (id: Argon2Id, { m, t, p }: { m: number; t: number; p: number }, salt: Uint8Array, hash: Uint8Array): string =>
  `$${id}$v=19$m=${m},t=${t},p=${p}$${phcBase64(salt)}$${phcBase64(hash)}`;
