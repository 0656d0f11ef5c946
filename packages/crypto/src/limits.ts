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
