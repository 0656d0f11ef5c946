// The lite Argon2 derivation, shared by the raw functions (argon2.ts) and the password storage
// (argon2-password.ts).
import type { BytesInput } from '@org/wasm-runtime';
import { ARGON2_VARIANTS, type Argon2Id } from '../argon2-phc.js';
import type { LiteArgon2Options } from './argon2.js';
import { checkMemory, copyOf, liteKdf, secretCopies, type Derivation } from './kdf.js';
import { integer, optionsOf } from './options.js';

const wasm = liteKdf('argon2');

/**
 * The Argon2 derivation of `variant`, made when `runNow` or
 * `runLater` calls it: options checked first, then the inputs copied (the secrets last). Errors
 * about `options.key` call it `keyName` (the password functions' `secret`).
 */
export const argon2 = (variant: Argon2Id, password: BytesInput, salt: BytesInput, options?: LiteArgon2Options, keyName = 'key') => (): Derivation => {
  const o = optionsOf(options);
  const p = o.p === undefined ? 1 : integer(o.p, 'p', 1, 0xffffff);
  const t = o.t === undefined ? 3 : integer(o.t, 't', 1, 2 ** 32 - 1);
  const m = o.m === undefined ? 2 ** 20 : integer(o.m, 'm', 8 * p, 2 ** 32 - 1);
  const dkLen = o.dkLen === undefined ? 32 : integer(o.dkLen, 'dkLen', 4, 1 << 20);
  const version = o.version === undefined ? 0x13 : o.version;
  if (version !== 0x10 && version !== 0x13) throw new RangeError(`version must be 0x10 or 0x13; got ${String(version)}`);
  // Argon2 uses 4·p·⌊m / 4p⌋ blocks of 1 KiB (RFC 9106 section 3.2), as noble counts it.
  const blocks = Math.floor(m / (4 * p)) * 4 * p * 1024;
  checkMemory(blocks, blocks, o.maxmem);
  const saltBytes = copyOf(salt, 'salt');
  if (saltBytes.length < 8) throw new RangeError(`salt must be at least 8 bytes; got ${saltBytes.length}`);
  const data = copyOf(o.personalization === undefined ? '' : o.personalization, 'personalization');
  if (data.length > 32) throw new RangeError(`personalization must be at most 32 bytes; got ${data.length}`);
  const [key, pw] = secretCopies([o.key === undefined ? '' : o.key, keyName], [password, 'password']) as [Uint8Array, Uint8Array];
  return wasm.plan([pw, saltBytes, key, data], dkLen, (derive, lens) => derive(ARGON2_VARIANTS[variant], version, t, m, p, ...lens, dkLen));
};

