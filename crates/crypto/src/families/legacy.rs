//! Hashes kept for compatibility with existing formats and protocols, not for new designs: MD5
//! and SHA-1 are broken (collisions), RIPEMD-160 is dated. The three of `@noble/hashes`'
//! `legacy`, from RustCrypto's crates; MD4, SM3 and Whirlpool are the `legacy_extra` family.

use crate::algorithm::{Spec, saveable};
use crate::keyed::eager;

/// MD5, SHA-1 and RIPEMD-160: ids 61–63.
pub static SPECS: [Spec; 3] = [
    saveable::<md5::Md5>(61, "md5", Some(eager::<md5::Md5>())),
    saveable::<sha1::Sha1>(62, "sha1", Some(eager::<sha1::Sha1>())),
    saveable::<ripemd::Ripemd160>(63, "ripemd160", Some(eager::<ripemd::Ripemd160>())),
];
