//! The algorithm families, one cargo feature (and one wasm module) each.

use crate::algorithm::Spec;

#[cfg(feature = "blake2")]
pub mod blake2;
#[cfg(feature = "blake3")]
pub mod blake3;
#[cfg(feature = "checksum")]
pub mod checksum;
#[cfg(any(feature = "sha3", feature = "sha3_addons"))]
mod keccak;
#[cfg(feature = "legacy")]
pub mod legacy;
#[cfg(feature = "legacy_extra")]
pub mod legacy_extra;
#[cfg(feature = "sha2")]
pub mod sha2;
#[cfg(feature = "sha3")]
pub mod sha3;
#[cfg(feature = "sha3_addons")]
pub mod sha3_addons;
#[cfg(feature = "xxhash")]
pub mod xxhash;

/// Every algorithm of the families in this build.
pub fn all() -> impl Iterator<Item = &'static Spec> {
    let families: [&'static [Spec]; 9] = [
        #[cfg(feature = "sha2")]
        &sha2::SPECS,
        #[cfg(not(feature = "sha2"))]
        &[],
        #[cfg(feature = "sha3")]
        &sha3::SPECS,
        #[cfg(not(feature = "sha3"))]
        &[],
        #[cfg(feature = "sha3_addons")]
        &sha3_addons::SPECS,
        #[cfg(not(feature = "sha3_addons"))]
        &[],
        #[cfg(feature = "blake2")]
        &blake2::SPECS,
        #[cfg(not(feature = "blake2"))]
        &[],
        #[cfg(feature = "blake3")]
        &blake3::SPECS,
        #[cfg(not(feature = "blake3"))]
        &[],
        #[cfg(feature = "legacy")]
        &legacy::SPECS,
        #[cfg(not(feature = "legacy"))]
        &[],
        #[cfg(feature = "legacy_extra")]
        &legacy_extra::SPECS,
        #[cfg(not(feature = "legacy_extra"))]
        &[],
        #[cfg(feature = "checksum")]
        &checksum::SPECS,
        #[cfg(not(feature = "checksum"))]
        &[],
        #[cfg(feature = "xxhash")]
        &xxhash::SPECS,
        #[cfg(not(feature = "xxhash"))]
        &[],
    ];
    families.into_iter().flatten()
}
