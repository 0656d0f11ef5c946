//! The hash functions this crate offers, by a stable numeric id that crosses the wasm boundary.

use sha2::digest::DynDigest;

/// A supported hash function. The discriminant is its id in the JS API
/// (`packages/crypto/src/sha2.ts` mirrors it):
/// append new algorithms, never renumber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Algorithm {
    /// SHA-224 (FIPS 180-4).
    Sha224 = 0,
    /// SHA-256 (FIPS 180-4).
    Sha256 = 1,
    /// SHA-384 (FIPS 180-4).
    Sha384 = 2,
    /// SHA-512 (FIPS 180-4).
    Sha512 = 3,
    /// SHA-512/224 (FIPS 180-4).
    Sha512_224 = 4,
    /// SHA-512/256 (FIPS 180-4).
    Sha512_256 = 5,
}

impl Algorithm {
    /// Every algorithm, in id order.
    pub const ALL: [Algorithm; 6] = [
        Self::Sha224,
        Self::Sha256,
        Self::Sha384,
        Self::Sha512,
        Self::Sha512_224,
        Self::Sha512_256,
    ];

    /// The algorithm with this id, if there is one.
    pub fn from_id(id: u32) -> Option<Self> {
        Self::ALL.get(usize::try_from(id).ok()?).copied()
    }

    /// A fresh hasher. Boxed behind `DynDigest` so that one streaming type and one batch loop
    /// serve every algorithm (RustCrypto provides the implementations).
    pub fn hasher(self) -> Box<dyn DynDigest> {
        match self {
            Self::Sha224 => Box::new(sha2::Sha224::default()),
            Self::Sha256 => Box::new(sha2::Sha256::default()),
            Self::Sha384 => Box::new(sha2::Sha384::default()),
            Self::Sha512 => Box::new(sha2::Sha512::default()),
            Self::Sha512_224 => Box::new(sha2::Sha512_224::default()),
            Self::Sha512_256 => Box::new(sha2::Sha512_256::default()),
        }
    }

    /// Digest length in bytes.
    pub fn output_len(self) -> usize {
        self.hasher().output_size()
    }
}

/// The digest of `data` under `algorithm`.
pub fn digest(algorithm: Algorithm, data: &[u8]) -> Vec<u8> {
    let mut hasher = algorithm.hasher();
    hasher.update(data);
    hasher.finalize().into_vec()
}
