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
