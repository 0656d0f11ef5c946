//! Password hashing and memory-hard KDFs: Argon2 (RFC 9106, RustCrypto's `argon2`), scrypt
//! (RFC 7914, RustCrypto's `scrypt`) and bcrypt (the `bcrypt` crate's core), each a family of its
//! own. This module checks parameters against sane limits before any memory is allocated; the
//! PHC-string encoding lives in the TypeScript package, over these raw functions.

use core::fmt;

#[cfg(feature = "argon2")]
mod argon2;
#[cfg(feature = "bcrypt")]
mod bcrypt;
#[cfg(feature = "scrypt")]
mod scrypt;

#[cfg(feature = "argon2")]
pub use argon2::{Argon2Options, argon2};
#[cfg(feature = "bcrypt")]
pub use bcrypt::{BCRYPT_MAX_COST, BCRYPT_MIN_COST, bcrypt_raw};
#[cfg(feature = "scrypt")]
pub use scrypt::scrypt;

/// Most memory a KDF may use unless the caller allows more, in bytes (as `@noble/hashes`).
pub const DEFAULT_MAX_MEMORY: u64 = (1 << 30) + 2048;
/// Most memory a KDF may use at all: what a 32-bit wasm memory can hold next to the rest.
pub const HARD_MAX_MEMORY: u64 = 3 << 30;
/// The largest buffer one allocation can hold, in bytes: `isize::MAX`, which is 2 GiB − 1 in 32-bit
/// wasm. scrypt's V and Argon2's memory are single allocations, so `maxmem` alone does not bound them.
pub const MAX_ALLOCATION: u64 = isize::MAX as u64;
/// Longest output of a password KDF, in bytes.
pub const MAX_KDF_OUTPUT: usize = 1 << 20;

/// Why a password KDF rejects its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordError {
    /// A numeric parameter out of its range.
    Range {
        /// The parameter.
        name: &'static str,
        /// Smallest accepted.
        min: u64,
        /// Largest accepted.
        max: u64,
    },
    /// An input with a length out of its range.
    Length {
        /// The input.
        name: &'static str,
        /// Shortest accepted.
        min: usize,
        /// Longest accepted.
        max: usize,
    },
    /// The parameters need more memory than allowed.
    Memory {
        /// What they need, in bytes.
        needed: u64,
        /// What is allowed, in bytes.
        allowed: u64,
    },
    /// A buffer the parameters need is larger than one allocation can hold ([`MAX_ALLOCATION`]).
    Allocation {
        /// The buffer, as the parameters size it.
        buffer: &'static str,
        /// Its size, in bytes.
        needed: u64,
    },
    /// scrypt's N is not a power of two.
    NotPowerOfTwo,
}

impl fmt::Display for PasswordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Range { name, min, max } => write!(f, "{name} must be from {min} to {max}"),
            Self::Length { name, min, max } => {
                write!(f, "{name} must be from {min} to {max} bytes long")
            }
            Self::Memory { needed, allowed } => write!(
                f,
                "these parameters need {needed} bytes of memory, more than maxmem ({allowed}); \
                 raise maxmem to allow them"
            ),
            Self::Allocation { buffer, needed } => write!(
                f,
                "{buffer} would be {needed} bytes, more than one allocation can hold here \
                 ({MAX_ALLOCATION} bytes); lower the parameters"
            ),
            Self::NotPowerOfTwo => f.write_str("N must be a power of two greater than 1"),
        }
    }
}

impl std::error::Error for PasswordError {}

/// Fails unless `min <= value <= max`.
pub(crate) fn in_range(
    name: &'static str,
    value: u64,
    min: u64,
    max: u64,
) -> Result<(), PasswordError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(PasswordError::Range { name, min, max })
    }
}

/// Fails unless `needed <= maxmem <= HARD_MAX_MEMORY`.
pub(crate) fn check_memory(needed: u64, maxmem: u64) -> Result<(), PasswordError> {
    in_range("maxmem", maxmem, 1, HARD_MAX_MEMORY)?;
    if needed > maxmem {
        return Err(PasswordError::Memory {
            needed,
            allowed: maxmem,
        });
    }
    Ok(())
}

/// Fails unless a `needed`-byte `buffer` fits in one allocation.
pub(crate) fn check_allocation(buffer: &'static str, needed: u64) -> Result<(), PasswordError> {
    if needed > MAX_ALLOCATION {
        return Err(PasswordError::Allocation { buffer, needed });
    }
    Ok(())
}

/// Fails unless `out_len` is within `min..=MAX_KDF_OUTPUT`.
pub(crate) fn check_output(out_len: usize, min: usize) -> Result<(), PasswordError> {
    if (min..=MAX_KDF_OUTPUT).contains(&out_len) {
        Ok(())
    } else {
        Err(PasswordError::Range {
            name: "dkLen",
            min: min as u64,
            max: MAX_KDF_OUTPUT as u64,
        })
    }
}
