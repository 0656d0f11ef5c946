//! The SHA-3 derived functions: cSHAKE, KMAC, TupleHash and ParallelHash (NIST SP 800-185) from
//! `tiny-keccak` (the only maintained crate with all four), and TurboSHAKE and KangarooTwelve
//! (RFC 9861), RustCrypto's `turboshake` and `k12`. A module apart from SHA-3's, as noble's
//! `sha3-addons` is apart from its `sha3`.

use digest::consts::{U16, U32, U64, U136, U168};
use digest::{CustomizedInit, ExtendableOutput, XofReader};
use tiny_keccak::{CShake, Hasher as _, IntoXof, Kmac, ParallelHash, TupleHash, Xof as _};

use super::keccak::{Shake128, Shake256, TkReader, TkShake};
use crate::algorithm::Spec;
use crate::keyed::{Keyed, digest_adapter, simple};
use crate::params::{ParamError, Params};
use crate::stream::{Absorb, Reader, Session, Stream, Xof};

/// The SHA-3 add-ons: ids 20–37.
pub static SPECS: [Spec; 18] = [
    xof(20, "cshake128", 16, 168, |p| {
        Ok(Session::boxed(TkShake(CShake::v128(
            &p.salt,
            &p.personalization,
        ))))
    }),
    xof(21, "cshake256", 32, 136, |p| {
        Ok(Session::boxed(TkShake(CShake::v256(
            &p.salt,
            &p.personalization,
        ))))
    }),
    xof(22, "kmac128", 16, 168, |p| {
        Ok(Session::boxed(Tk(Kmac::v128(p.key(), &p.personalization))))
    }),
    xof(23, "kmac256", 32, 136, |p| {
        Ok(Session::boxed(Tk(Kmac::v256(p.key(), &p.personalization))))
    }),
    xof(24, "tuplehash128", 16, 168, |p| {
        Ok(Session::boxed(Tk(TupleHash::v128(&p.personalization))))
    }),
    xof(25, "tuplehash256", 32, 136, |p| {
        Ok(Session::boxed(Tk(TupleHash::v256(&p.personalization))))
    }),
    xof(26, "parallelhash128", 16, 168, |p| {
        Ok(Session::boxed(Tk(ParallelHash::v128(
            &p.personalization,
            block_size(p)?,
        ))))
    }),
    xof(27, "parallelhash256", 32, 136, |p| {
        Ok(Session::boxed(Tk(ParallelHash::v256(
            &p.personalization,
            block_size(p)?,
        ))))
    }),
    xof(28, "turboshake128", 32, 168, |p| {
        turboshake::<168>(domain(p)?)
    }),
    xof(29, "turboshake256", 64, 136, |p| {
        turboshake::<136>(domain(p)?)
    }),
    xof(30, "k12", 32, 168, |p| {
        Ok(Session::boxed(Xof(k12::CustomKt128::new_customized(
            &p.personalization,
        ))))
    }),
    xof(31, "kt256", 64, 136, |p| {
        Ok(Session::boxed(Xof(k12::CustomKt256::new_customized(
            &p.personalization,
        ))))
    }),
    xof(32, "kmac128xof", 16, 168, |p| {
        Ok(Session::boxed(TkXof(Kmac::v128(
            p.key(),
            &p.personalization,
        ))))
    }),
    xof(33, "kmac256xof", 32, 136, |p| {
        Ok(Session::boxed(TkXof(Kmac::v256(
            p.key(),
            &p.personalization,
        ))))
    }),
    xof(34, "tuplehash128xof", 16, 168, |p| {
        Ok(Session::boxed(TkXof(TupleHash::v128(&p.personalization))))
    }),
    xof(35, "tuplehash256xof", 32, 136, |p| {
        Ok(Session::boxed(TkXof(TupleHash::v256(&p.personalization))))
    }),
    xof(36, "parallelhash128xof", 16, 168, |p| {
        Ok(Session::boxed(TkXof(ParallelHash::v128(
            &p.personalization,
            block_size(p)?,
        ))))
    }),
    xof(37, "parallelhash256xof", 32, 136, |p| {
        Ok(Session::boxed(TkXof(ParallelHash::v256(
            &p.personalization,
            block_size(p)?,
        ))))
    }),
];

/// Which options each function reads (by id); every other option is rejected.
const fn options(id: u32) -> &'static [&'static str] {
    match id {
        20 | 21 => &["salt", "personalization"],
        22 | 23 | 32 | 33 => &["key", "personalization"],
        24 | 25 | 30 | 31 | 34 | 35 => &["personalization"],
        26 | 27 | 36 | 37 => &["personalization", "number"],
        28 | 29 => &["number"],
        _ => &[],
    }
}

/// HMAC, HKDF and PBKDF2 over each function at its defaults (`@noble/hashes`' `hmac` takes any
/// hash with `create()`); not over KMAC, which needs a key to start.
const fn keyed(id: u32) -> Option<Keyed> {
    Some(match id {
        20 => simple::<Shake128>(),
        21 => simple::<Shake256>(),
        24 => simple::<TupleHash128>(),
        25 => simple::<TupleHash256>(),
        26 => simple::<ParallelHash128>(),
        27 => simple::<ParallelHash256>(),
        28 => simple::<TurboShake128>(),
        29 => simple::<TurboShake256>(),
        30 => simple::<Kt128>(),
        31 => simple::<Kt256>(),
        34 => simple::<TupleHash128Xof>(),
        35 => simple::<TupleHash256Xof>(),
        36 => simple::<ParallelHash128Xof>(),
        37 => simple::<ParallelHash256Xof>(),
        _ => return None,
    })
}

/// An extendable-output function with the options and keyed constructions of its id.
const fn xof(
    id: u32,
    name: &'static str,
    output_len: usize,
    block_len: usize,
    construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
) -> Spec {
    super::keccak::xof(
        id,
        name,
        output_len,
        block_len,
        options(id),
        keyed(id),
        construct,
    )
}

/// ParallelHash's block size B in bytes; 8 when not given (as `@noble/hashes`).
fn block_size(params: &Params) -> Result<usize, ParamError> {
    match params.number.unwrap_or(8) {
        b if b >= 1 => Ok(b as usize),
        _ => Err(ParamError::Range {
            name: "blockLen",
            min: 1,
            max: u32::MAX,
        }),
    }
}

/// TurboSHAKE's domain byte D, 0x01–0x7F (RFC 9861); 0x1F when not given.
fn domain(params: &Params) -> Result<u8, ParamError> {
    match params.number.unwrap_or(0x1F) {
        d @ 0x01..=0x7F => Ok(d as u8),
        _ => Err(ParamError::Range {
            name: "D",
            min: 0x01,
            max: 0x7F,
        }),
    }
}

/// TurboSHAKE with domain byte `d`: the crate takes D as a const parameter, so every allowed
/// value is instantiated.
fn turboshake<const RATE: usize>(d: u8) -> Result<Box<dyn Stream>, ParamError> {
    macro_rules! each_domain {
        ($($ds:literal)*) => {
            match d {
                $($ds => Session::boxed(Xof(turboshake::TurboShake::<RATE, $ds>::default())),)*
                _ => return Err(ParamError::Range { name: "D", min: 0x01, max: 0x7F }),
            }
        };
    }
    Ok(each_domain!(
        1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32
        33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60 61
        62 63 64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79 80 81 82 83 84 85 86 87 88 89 90
        91 92 93 94 95 96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111 112 113 114
        115 116 117 118 119 120 121 122 123 124 125 126 127
    ))
}

/// A `tiny-keccak` function squeezed to the requested length (for the fixed-length SP 800-185
/// functions the length is encoded into the hash, so they differ from their XOF variants).
#[derive(Clone)]
struct Tk<H>(H);

impl<H: tiny_keccak::Hasher + Clone + 'static> Absorb for Tk<H> {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.finalize(out);
    }
}

/// The XOF variant of an SP 800-185 function (KMACXOF, TupleHashXOF, ParallelHashXOF).
#[derive(Clone)]
struct TkXof<H>(H);

impl<H: tiny_keccak::Hasher + IntoXof + Clone + 'static> Absorb for TkXof<H>
where
    H::Xof: Clone + 'static,
{
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.into_xof().squeeze(out);
    }

    fn reader(self) -> Option<Box<dyn Reader>> {
        Some(Box::new(TkReader(self.0.into_xof())))
    }
}

// The other functions at their defaults, for HMAC, HKDF and PBKDF2 over them as `@noble/hashes`
// computes them (its `hmac` takes any hash with `create()`): cSHAKE without N and S is SHAKE.
digest_adapter! {
    /// TupleHash128 with no customization, 16-byte output.
    TupleHash128(TupleHash) = TupleHash::v128(&[]), U16, U168, |inner, out| inner.finalize(out);
}
digest_adapter! {
    /// TupleHash256 with no customization, 32-byte output.
    TupleHash256(TupleHash) = TupleHash::v256(&[]), U32, U136, |inner, out| inner.finalize(out);
}
digest_adapter! {
    /// TupleHashXOF128 with no customization, 16 bytes of output.
    TupleHash128Xof(TupleHash) = TupleHash::v128(&[]), U16, U168,
        |inner, out| inner.into_xof().squeeze(out);
}
digest_adapter! {
    /// TupleHashXOF256 with no customization, 32 bytes of output.
    TupleHash256Xof(TupleHash) = TupleHash::v256(&[]), U32, U136,
        |inner, out| inner.into_xof().squeeze(out);
}
digest_adapter! {
    /// ParallelHash128 with no customization and 8-byte blocks (noble's default), 16-byte output.
    ParallelHash128(ParallelHash) = ParallelHash::v128(&[], 8), U16, U168,
        |inner, out| inner.finalize(out);
}
digest_adapter! {
    /// ParallelHash256 with no customization and 8-byte blocks, 32-byte output.
    ParallelHash256(ParallelHash) = ParallelHash::v256(&[], 8), U32, U136,
        |inner, out| inner.finalize(out);
}
digest_adapter! {
    /// ParallelHashXOF128 with no customization and 8-byte blocks, 16 bytes of output.
    ParallelHash128Xof(ParallelHash) = ParallelHash::v128(&[], 8), U16, U168,
        |inner, out| inner.into_xof().squeeze(out);
}
digest_adapter! {
    /// ParallelHashXOF256 with no customization and 8-byte blocks, 32 bytes of output.
    ParallelHash256Xof(ParallelHash) = ParallelHash::v256(&[], 8), U32, U136,
        |inner, out| inner.into_xof().squeeze(out);
}
digest_adapter! {
    /// TurboSHAKE128 with the default domain byte 0x1F, 32 bytes of output.
    TurboShake128(turboshake::TurboShake<168, 0x1F>) = Default::default(), U32, U168,
        |inner, out| inner.finalize_xof().read(out);
}
digest_adapter! {
    /// TurboSHAKE256 with the default domain byte 0x1F, 64 bytes of output.
    TurboShake256(turboshake::TurboShake<136, 0x1F>) = Default::default(), U64, U136,
        |inner, out| inner.finalize_xof().read(out);
}
digest_adapter! {
    /// KT128 with no customization, 32 bytes of output.
    Kt128(k12::Kt128) = Default::default(), U32, U168, |inner, out| inner.finalize_xof().read(out);
}
digest_adapter! {
    /// KT256 with no customization, 64 bytes of output.
    Kt256(k12::Kt256) = Default::default(), U64, U136, |inner, out| inner.finalize_xof().read(out);
}
