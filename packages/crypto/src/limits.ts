// Limits shared by several modules, kept out of the public exports.

/**
 * The most PBKDF2 iterations accepted (about half a minute of SHA-256), as the Rust core's
 * `MAX_ROUNDS`.
 */
export const MAX_PBKDF2_ROUNDS = 100_000_000;

/**
 * The longest PBKDF2 output accepted, in bytes (1 MiB), as the Rust core's `MAX_PBKDF2_LEN`.
 */
export const MAX_PBKDF2_LEN = 1 << 20;

// The most work password storage (`hashPassword`, `verifyPassword`, `needsRehash`) accepts: about
// half a minute each on one core of a 2024 laptop-class CPU, so that a stored string cannot tie up
// a server for hours. The raw KDFs (`argon2id`, `scrypt`, `bcrypt`, …) accept their full ranges.
// PBKDF2's limit there is MAX_PBKDF2_ROUNDS in all: c rounds per hash-length block of the output.

/** Argon2's m × t, in KiB passes: 2²⁵ (32 GiB of passes over memory, about 25 s). */
export const MAX_ARGON2_WORK = 2 ** 25;

/** scrypt's N × r × p: 2²⁷ (128 times the default N = 2¹⁷, r = 8, p = 1; about 30 s). */
export const MAX_SCRYPT_WORK = 2 ** 27;

/** bcrypt's cost: 19 (2¹⁹ rounds of its key schedule; cost 10 takes 60 ms, so about 30 s). */
export const MAX_BCRYPT_COST = 19;

/**
 * Refuses settings that would take password storage more than about half a minute: `factors`
 * multiply to the work, which must be at most `max`. Factors that are not integers are left to
 * the KDF's own checks, which give the precise error. `primitive` is the raw function that accepts
 * more, for whoever truly needs it.
 */
export function checkWork(what: string, factors: readonly unknown[], max: number, primitive: string): void {
  if (!factors.every(Number.isSafeInteger)) return;
  const work = (factors as number[]).reduce((product, factor) => product * factor, 1);
  if (work > max) {
    throw new RangeError(`${what} must be at most ${max} for password storage (about half a minute of work); got ${work}. ${primitive}() itself accepts more`);
  }
}

/** Argon2's work for password storage, as `hashPassword` and `verifyPassword` (full and lite) check it. */
export const checkArgon2Work = (m: unknown, t: unknown, primitive: string): void => checkWork('Argon2 m × t', [m, t], MAX_ARGON2_WORK, primitive);
