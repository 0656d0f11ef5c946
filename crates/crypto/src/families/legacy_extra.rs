//! MD4 (broken: collisions by hand; for NTLM and ed2k only), and SM3 (GB/T 32905) and Whirlpool
//! (ISO/IEC 10118-3), sound but niche: the hashes hash-wasm offers and `@noble/hashes` does not,
//! from RustCrypto's crates. A module apart from `legacy`, so that an MD5 import stays small.

use crate::algorithm::{Spec, saveable};
use crate::keyed::eager;

/// MD4, SM3 and Whirlpool: ids 60, 64 and 65.
pub static SPECS: [Spec; 3] = [
    saveable::<md4::Md4>(60, "md4", Some(eager::<md4::Md4>())),
    saveable::<sm3::Sm3>(64, "sm3", Some(eager::<sm3::Sm3>())),
    saveable::<whirlpool::Whirlpool>(65, "whirlpool", Some(eager::<whirlpool::Whirlpool>())),
];
