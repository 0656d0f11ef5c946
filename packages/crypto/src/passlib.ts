// passlib's PBKDF2 hashes, which Python applications store: `$pbkdf2-sha256$<rounds>$<salt>$<hash>`
// (also `-sha512`, and `$pbkdf2$` for SHA-1), salt and hash in passlib's "adapted base64": the
// standard alphabet with `.` for `+`, no padding. Read by verifyPassword, never written.
import { phcDecode } from './phc.js';

/** A parsed passlib PBKDF2 hash. */
export interface PasslibPbkdf2 {
  /** The PHC id of the same algorithm. */
  readonly id: 'pbkdf2-sha256' | 'pbkdf2-sha512';
  readonly rounds: number;
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
}

// Rounds in decimal without leading zeros (passlib rejects those), as passlib writes them.
const FORMAT = /^\$pbkdf2(-sha1|-sha256|-sha512)?\$([1-9]\d{0,9})\$([A-Za-z0-9./]*)\$([A-Za-z0-9./]+)$/;
const HASH_LEN = { sha256: 32, sha512: 64 } as const;

/** Whether `encoded` is in passlib's PBKDF2 format rather than PHC's (`$pbkdf2-sha256$i=…`). */
export function isPasslibPbkdf2(encoded: string): boolean {
  return /^\$pbkdf2(-sha\d+)?\$\d/.test(encoded);
}

/** Parses a passlib PBKDF2 hash; a RangeError says what is wrong with it. */
export function parsePasslibPbkdf2(encoded: string): PasslibPbkdf2 {
  const m = FORMAT.exec(encoded);
  if (!m) throw new RangeError('malformed passlib PBKDF2 hash: expected $pbkdf2-sha256$<rounds>$<salt>$<hash>');
  const [, variant, roundsText, saltText, hashText] = m as unknown as [string, string | undefined, string, string, string];
  // SHA-1 lives in the legacy family, which the password functions do not load.
  if (variant === undefined || variant === '-sha1') throw new RangeError('passlib PBKDF2-SHA1 hashes ($pbkdf2$) are not read; verify them with pbkdf2(sha1, …) from @org/wasm-crypto/legacy');
  const digest = variant === '-sha256' ? 'sha256' : 'sha512';
  const rounds = Number(roundsText);
  const decode = (text: string, what: string): Uint8Array => phcDecode(text.replaceAll('.', '+'), what, 'passlib PBKDF2 hash');
  const hash = decode(hashText, 'hash');
  if (hash.length !== HASH_LEN[digest]) throw new RangeError(`malformed passlib PBKDF2 hash: a PBKDF2-${digest.toUpperCase()} hash is ${HASH_LEN[digest]} bytes; got ${hash.length}`);
  return { id: `pbkdf2-${digest}`, rounds, salt: decode(saltText, 'salt'), hash };
}
