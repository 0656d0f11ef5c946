//! SHA-3 and SHAKE (FIPS 202) and Keccak (the pre-standard padding Ethereum uses), from
//! `tiny-keccak`: on wasm about twice as fast as the `keccak` crate behind RustCrypto's `sha3`
//! (its permutation is unrolled into locals; measured 376 vs 201 MB/s for SHA3-256). The bare
//! permutation with a chosen round count (noble's `keccakP`) is the `keccak` crate's, since
//! `tiny-keccak` has only the 24- and 12-round ones. The SP 800-185 and RFC 9861 functions are the
//! `sha3_addons` family, a module of their own, so that importing SHA3-256 does not download them.

use digest::consts::{U28, U32, U48, U64, U72, U104, U136, U144, U168};
use tiny_keccak::{Hasher as _, Keccak, Sha3, Shake};

use super::keccak::{Shake128, Shake256, TkShake};
use crate::algorithm::{Spec, fixed};
use crate::keyed::{Keyed, digest_adapter, simple};
use crate::params::{ParamError, Params};
use crate::stream::{Session, Stream};

/// The SHA-3 family: ids 10–19, 38 and 39.
pub static SPECS: [Spec; 12] = [
    fixed::<Sha3_224>(10, "sha3_224", Some(simple::<Sha3_224>())),
    fixed::<Sha3_256>(11, "sha3_256", Some(simple::<Sha3_256>())),
    fixed::<Sha3_384>(12, "sha3_384", Some(simple::<Sha3_384>())),
    fixed::<Sha3_512>(13, "sha3_512", Some(simple::<Sha3_512>())),
    fixed::<Keccak224>(14, "keccak_224", Some(simple::<Keccak224>())),
    fixed::<Keccak256>(15, "keccak_256", Some(simple::<Keccak256>())),
    fixed::<Keccak384>(16, "keccak_384", Some(simple::<Keccak384>())),
    fixed::<Keccak512>(17, "keccak_512", Some(simple::<Keccak512>())),
    xof(18, "shake128", 16, 168, |_| {
        Ok(Session::boxed(TkShake(Shake::v128())))
    }),
    xof(19, "shake256", 32, 136, |_| {
        Ok(Session::boxed(TkShake(Shake::v256())))
    }),
    // SHAKE with longer default outputs (noble's `shake128_32` and `shake256_64`).
    xof(38, "shake128_32", 32, 168, |_| {
        Ok(Session::boxed(TkShake(Shake::v128())))
    }),
    xof(39, "shake256_64", 64, 136, |_| {
        Ok(Session::boxed(TkShake(Shake::v256())))
    }),
];

/// HMAC, HKDF and PBKDF2 over SHAKE at its default output length (as `@noble/hashes`' `hmac`).
const fn keyed(id: u32) -> Option<Keyed> {
    Some(match id {
        18 => simple::<Shake128>(),
        19 => simple::<Shake256>(),
        38 => simple::<Shake128_32>(),
        39 => simple::<Shake256_64>(),
        _ => return None,
    })
}

/// SHAKE: any output length; it reads no option but the length.
const fn xof(
    id: u32,
    name: &'static str,
    output_len: usize,
    block_len: usize,
    construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
) -> Spec {
    super::keccak::xof(id, name, output_len, block_len, &[], keyed(id), construct)
}

/// Wraps a fixed-output `tiny-keccak` hash in RustCrypto's `digest` traits (see
/// [`digest_adapter`]). SHAKE is wrapped at its default output length, the HMAC output noble gives.
macro_rules! tiny_keccak_digest {
    ($($name:ident: $inner:ident::$ctor:ident, $out:ty, $rate:ty;)*) => {$(
        digest_adapter! {
            #[doc = concat!("`", stringify!($name), "` from `tiny-keccak`, with the `digest` traits.")]
            $name($inner) = $inner::$ctor(), $out, $rate, |inner, out| inner.finalize(out);
        }
    )*};
}

tiny_keccak_digest! {
    Sha3_224: Sha3::v224, U28, U144;
    Sha3_256: Sha3::v256, U32, U136;
    Sha3_384: Sha3::v384, U48, U104;
    Sha3_512: Sha3::v512, U64, U72;
    Keccak224: Keccak::v224, U28, U144;
    Keccak256: Keccak::v256, U32, U136;
    Keccak384: Keccak::v384, U48, U104;
    Keccak512: Keccak::v512, U64, U72;
    Shake128_32: Shake::v128, U32, U168;
    Shake256_64: Shake::v256, U64, U136;
}

/// Keccak-p[1600, `rounds`] (FIPS 202, section 3.3): the last `rounds` (1–24) rounds of
/// Keccak-f[1600] on 25 lanes, in place; `@noble/hashes`' `keccakP`. From RustCrypto's `keccak`
/// crate, at its 0.1 series: 0.2 takes the round count as a const parameter, and the 24
/// instantiations it would need cost 33 KiB.
pub fn keccak_p1600(lanes: &mut [u64; 25], rounds: u32) -> Result<(), ParamError> {
    match rounds {
        1..=24 => {
            keccak::p1600(lanes, rounds as usize);
            Ok(())
        }
        _ => Err(ParamError::Range {
            name: "rounds",
            min: 1,
            max: 24,
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::keccak_p1600;

    #[test]
    fn twenty_four_rounds_are_keccak_f() {
        let mut ours: [u64; 25] =
            core::array::from_fn(|i| (i as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut reference = ours;
        keccak_p1600(&mut ours, 24).unwrap();
        tiny_keccak::keccakf(&mut reference);
        assert_eq!(ours, reference);
    }

    #[test]
    fn fewer_rounds_differ_and_bad_counts_are_refused() {
        let mut twelve = [0u64; 25];
        let mut full = [0u64; 25];
        keccak_p1600(&mut twelve, 12).unwrap();
        keccak_p1600(&mut full, 24).unwrap();
        assert_ne!(twelve, full);
        for bad in [0, 25, u32::MAX] {
            let mut lanes = [7u64; 25];
            assert!(keccak_p1600(&mut lanes, bad).is_err());
            assert_eq!(lanes, [7u64; 25], "a refused call leaves the state alone");
        }
    }
}
