//! Key derivation over the hash table: HKDF (RFC 5869) and PBKDF2 (RFC 8018), from RustCrypto's
//! `hkdf` and `pbkdf2` (instantiated per hash in [`crate::keyed`]). This module checks the
//! parameters. Outputs are `Zeroizing`, and the wasm allocator wipes what it frees.

use core::fmt;

use zeroize::Zeroizing;

use crate::algorithm::Spec;
use crate::keyed::Keyed;

/// Most PBKDF2 rounds accepted: far above any recommendation, low enough to bound a call.
pub const MAX_ROUNDS: u32 = 100_000_000;
/// Longest PBKDF2 output accepted, in bytes.
pub const MAX_PBKDF2_LEN: usize = 1 << 20;

/// Parameters the KDFs reject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KdfError {
    /// HKDF output longer than 255 hash lengths (RFC 5869's limit), or a PBKDF2 output longer
    /// than [`MAX_PBKDF2_LEN`].
    LengthTooLarge {
        /// The limit for this hash.
        max: usize,
    },
    /// A zero-length output.
    ZeroLength,
    /// An HKDF pseudorandom key shorter than the hash's output.
    PrkTooShort {
        /// The hash's output length.
        min: usize,
    },
    /// PBKDF2 with 0 rounds, or more than [`MAX_ROUNDS`].
    BadRounds,
    /// The hash has no HMAC here (a checksum, or KMAC, which needs a key to start).
    NotKeyed,
}

impl fmt::Display for KdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::LengthTooLarge { max } => write!(f, "the output may be at most {max} bytes"),
            Self::ZeroLength => f.write_str("the output length must be at least 1"),
            Self::PrkTooShort { min } => {
                write!(f, "the pseudorandom key must be at least {min} bytes")
            }
            Self::BadRounds => write!(f, "the number of rounds must be from 1 to {MAX_ROUNDS}"),
            Self::NotKeyed => f.write_str("this hash cannot be used with HMAC, HKDF or PBKDF2"),
        }
    }
}

impl std::error::Error for KdfError {}

/// HMAC, HKDF and PBKDF2 of `spec`, if it has them.
pub fn keyed(spec: &Spec) -> Result<&Keyed, KdfError> {
    spec.keyed.as_ref().ok_or(KdfError::NotKeyed)
}

fn check_hkdf_len(spec: &Spec, len: usize) -> Result<(), KdfError> {
    let max = 255 * spec.output_len;
    if len == 0 {
        Err(KdfError::ZeroLength)
    } else if len > max {
        Err(KdfError::LengthTooLarge { max })
    } else {
        Ok(())
    }
}

/// HKDF-Extract: the pseudorandom key (one hash length) from input keying material and a salt.
pub fn hkdf_extract(spec: &Spec, ikm: &[u8], salt: &[u8]) -> Result<Zeroizing<Vec<u8>>, KdfError> {
    let mut prk = Zeroizing::new(vec![0; spec.output_len]);
    (keyed(spec)?.hkdf_extract)(salt, ikm, &mut prk);
    Ok(prk)
}

/// HKDF-Expand: `len` bytes (at most 255 hash lengths) from a pseudorandom key and `info`.
pub fn hkdf_expand(
    spec: &Spec,
    prk: &[u8],
    info: &[u8],
    len: usize,
) -> Result<Zeroizing<Vec<u8>>, KdfError> {
    let expand = keyed(spec)?.hkdf_expand;
    check_hkdf_len(spec, len)?;
    let mut out = Zeroizing::new(vec![0; len]);
    if expand(prk, info, &mut out) {
        Ok(out)
    } else {
        Err(KdfError::PrkTooShort {
            min: spec.output_len,
        })
    }
}

/// HKDF (extract then expand) in one call.
pub fn hkdf(
    spec: &Spec,
    ikm: &[u8],
    salt: &[u8],
    info: &[u8],
    len: usize,
) -> Result<Zeroizing<Vec<u8>>, KdfError> {
    check_hkdf_len(spec, len)?;
    let prk = hkdf_extract(spec, ikm, salt)?;
    hkdf_expand(spec, &prk, info, len)
}

/// PBKDF2 with HMAC over `spec`: `len` bytes from `password` and `salt` after `rounds`.
pub fn pbkdf2(
    spec: &Spec,
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    len: usize,
) -> Result<Zeroizing<Vec<u8>>, KdfError> {
    let derive = keyed(spec)?.pbkdf2;
    if rounds == 0 || rounds > MAX_ROUNDS {
        return Err(KdfError::BadRounds);
    }
    if len == 0 {
        return Err(KdfError::ZeroLength);
    }
    if len > MAX_PBKDF2_LEN {
        return Err(KdfError::LengthTooLarge {
            max: MAX_PBKDF2_LEN,
        });
    }
    let mut out = Zeroizing::new(vec![0; len]);
    derive(password, salt, rounds, &mut out);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn sha(id: u32) -> &'static Spec {
        Spec::find(id).unwrap()
    }

    fn unhex(text: &str) -> Vec<u8> {
        (0..text.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&text[i..i + 2], 16).unwrap())
            .collect()
    }

    /// RFC 5869 test case 1 (SHA-256).
    #[test]
    fn rfc5869_case_1() {
        let ikm = [0x0b; 22];
        let salt = unhex("000102030405060708090a0b0c");
        let info = unhex("f0f1f2f3f4f5f6f7f8f9");
        let prk = hkdf_extract(sha(1), &ikm, &salt).unwrap();
        assert_eq!(
            hex(&prk),
            "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"
        );
        let okm =
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865";
        assert_eq!(hex(&hkdf_expand(sha(1), &prk, &info, 42).unwrap()), okm);
        assert_eq!(hex(&hkdf(sha(1), &ikm, &salt, &info, 42).unwrap()), okm);
    }

    /// RFC 7914 section 11: PBKDF2-HMAC-SHA-256 vectors.
    #[test]
    fn rfc7914_pbkdf2_vectors() {
        assert_eq!(
            hex(&pbkdf2(sha(1), b"passwd", b"salt", 1, 64).unwrap()),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        );
    }

    #[test]
    fn rejects_bad_parameters() {
        assert_eq!(
            hkdf(sha(1), b"k", b"", b"", 0).map(|_| ()),
            Err(KdfError::ZeroLength)
        );
        assert_eq!(
            hkdf(sha(1), b"k", b"", b"", 255 * 32 + 1).map(|_| ()),
            Err(KdfError::LengthTooLarge { max: 255 * 32 })
        );
        assert_eq!(
            hkdf_expand(sha(3), &[0; 63], b"", 10).map(|_| ()),
            Err(KdfError::PrkTooShort { min: 64 })
        );
        assert_eq!(
            pbkdf2(sha(1), b"p", b"s", 0, 32).map(|_| ()),
            Err(KdfError::BadRounds)
        );
        assert_eq!(
            pbkdf2(sha(1), b"p", b"s", 1, 0).map(|_| ()),
            Err(KdfError::ZeroLength)
        );
    }
}
