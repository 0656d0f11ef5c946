//! Hashes kept for compatibility with existing formats and protocols, not for new designs:
//! MD4, MD5 and SHA-1 are broken (collisions), RIPEMD-160 is dated. SM3 (GB/T 32905) and
//! Whirlpool (ISO/IEC 10118-3) are sound but niche. All from RustCrypto's crates.

use crate::algorithm::{Spec, fixed};
use crate::keyed::eager;

/// MD4, MD5, SHA-1, RIPEMD-160, SM3 and Whirlpool: ids 60–65.
pub static SPECS: [Spec; 6] = [
    fixed::<md4::Md4>(60, "md4", Some(eager::<md4::Md4>())),
    fixed::<md5::Md5>(61, "md5", Some(eager::<md5::Md5>())),
    fixed::<sha1::Sha1>(62, "sha1", Some(eager::<sha1::Sha1>())),
    fixed::<ripemd::Ripemd160>(63, "ripemd160", Some(eager::<ripemd::Ripemd160>())),
    fixed::<sm3::Sm3>(64, "sm3", Some(eager::<sm3::Sm3>())),
    fixed::<whirlpool::Whirlpool>(65, "whirlpool", Some(eager::<whirlpool::Whirlpool>())),
];
