//! SHA-2 (FIPS 180-4), from RustCrypto's `sha2`.

use crate::algorithm::{Spec, saveable};
use crate::keyed::eager;

/// SHA-224, SHA-256, SHA-384, SHA-512, SHA-512/224 and SHA-512/256: ids 0–5.
pub static SPECS: [Spec; 6] = [
    saveable::<sha2::Sha224>(0, "sha224", Some(eager::<sha2::Sha224>())),
    saveable::<sha2::Sha256>(1, "sha256", Some(eager::<sha2::Sha256>())),
    saveable::<sha2::Sha384>(2, "sha384", Some(eager::<sha2::Sha384>())),
    saveable::<sha2::Sha512>(3, "sha512", Some(eager::<sha2::Sha512>())),
    saveable::<sha2::Sha512_224>(4, "sha512_224", Some(eager::<sha2::Sha512_224>())),
    saveable::<sha2::Sha512_256>(5, "sha512_256", Some(eager::<sha2::Sha512_256>())),
];
