//! Key derivation over the hash table: HKDF (RFC 5869) and PBKDF2 (RFC 8018), from RustCrypto's
//! `hkdf` and `pbkdf2`. This module only checks the parameters and picks the hash.
//!
//! Not exported to JS yet: instantiated for six hashes it adds ~55 KiB of wasm, which every hash
//! import would download. It goes into its own family module once the package is split by
//! family (docs/crypto-families.md).

use core::fmt;

use crate::Algorithm;

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
        }
    }
}

impl std::error::Error for KdfError {}

/// Calls `$generic::<H>($args…)` with `H` the hash type of `$algorithm`.
macro_rules! with_hash {
    ($algorithm:expr, $generic:ident($($arg:expr),*)) => {
        match $algorithm {
            Algorithm::Sha224 => $generic::<sha2::Sha224>($($arg),*),
            Algorithm::Sha256 => $generic::<sha2::Sha256>($($arg),*),
            Algorithm::Sha384 => $generic::<sha2::Sha384>($($arg),*),
            Algorithm::Sha512 => $generic::<sha2::Sha512>($($arg),*),
            Algorithm::Sha512_224 => $generic::<sha2::Sha512_224>($($arg),*),
            Algorithm::Sha512_256 => $generic::<sha2::Sha512_256>($($arg),*),
        }
    };
}

fn check_hkdf_len(algorithm: Algorithm, len: usize) -> Result<(), KdfError> {
    let max = 255 * algorithm.output_len();
    if len == 0 {
        Err(KdfError::ZeroLength)
    } else if len > max {
        Err(KdfError::LengthTooLarge { max })
    } else {
        Ok(())
    }
}

/// HKDF-Extract: the pseudorandom key (one hash length) from input keying material and a salt.
pub fn hkdf_extract(algorithm: Algorithm, ikm: &[u8], salt: &[u8]) -> Vec<u8> {
    fn extract<H: hkdf::hmac::EagerHash>(ikm: &[u8], salt: &[u8]) -> Vec<u8> {
        hkdf::Hkdf::<H>::extract(Some(salt), ikm).0.to_vec()
    }
    with_hash!(algorithm, extract(ikm, salt))
}

/// HKDF-Expand: `len` bytes (at most 255 hash lengths) from a pseudorandom key and `info`.
pub fn hkdf_expand(
    algorithm: Algorithm,
    prk: &[u8],
    info: &[u8],
    len: usize,
) -> Result<Vec<u8>, KdfError> {
    check_hkdf_len(algorithm, len)?;
    fn expand<H: hkdf::hmac::EagerHash>(
        prk: &[u8],
        info: &[u8],
        out: &mut [u8],
        min: usize,
    ) -> Result<(), KdfError> {
        let hk = hkdf::Hkdf::<H>::from_prk(prk).map_err(|_| KdfError::PrkTooShort { min })?;
        hk.expand(info, out)
            .map_err(|_| KdfError::LengthTooLarge { max: 255 * min })
    }
    let mut out = vec![0; len];
    with_hash!(
        algorithm,
        expand(prk, info, &mut out, algorithm.output_len())
    )?;
    Ok(out)
}

/// HKDF (extract then expand) in one call.
pub fn hkdf(
    algorithm: Algorithm,
    ikm: &[u8],
    salt: &[u8],
    info: &[u8],
    len: usize,
) -> Result<Vec<u8>, KdfError> {
    check_hkdf_len(algorithm, len)?;
    let prk = zeroize::Zeroizing::new(hkdf_extract(algorithm, ikm, salt));
    hkdf_expand(algorithm, &prk, info, len)
}

/// PBKDF2 with HMAC over `algorithm`: `len` bytes from `password` and `salt` after `rounds`.
pub fn pbkdf2(
    algorithm: Algorithm,
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    len: usize,
) -> Result<Vec<u8>, KdfError> {
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
    fn derive<H: hkdf::hmac::EagerHash>(password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]) {
        pbkdf2::pbkdf2_hmac::<H>(password, salt, rounds, out);
    }
    let mut out = vec![0; len];
    with_hash!(algorithm, derive(password, salt, rounds, &mut out));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
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
        let prk = hkdf_extract(Algorithm::Sha256, &ikm, &salt);
        assert_eq!(
            hex(&prk),
            "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"
        );
        let okm =
            "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865";
        assert_eq!(
            hex(&hkdf_expand(Algorithm::Sha256, &prk, &info, 42).unwrap()),
            okm
        );
        assert_eq!(
            hex(&hkdf(Algorithm::Sha256, &ikm, &salt, &info, 42).unwrap()),
            okm
        );
    }

    /// RFC 7914 section 11: PBKDF2-HMAC-SHA-256 vectors.
    #[test]
    fn rfc7914_pbkdf2_vectors() {
        assert_eq!(
            hex(&pbkdf2(Algorithm::Sha256, b"passwd", b"salt", 1, 64).unwrap()),
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783"
        );
    }

    #[test]
    fn rejects_bad_parameters() {
        assert_eq!(
            hkdf(Algorithm::Sha256, b"k", b"", b"", 0),
            Err(KdfError::ZeroLength)
        );
        assert_eq!(
            hkdf(Algorithm::Sha256, b"k", b"", b"", 255 * 32 + 1),
            Err(KdfError::LengthTooLarge { max: 255 * 32 })
        );
        assert_eq!(
            hkdf_expand(Algorithm::Sha512, &[0; 63], b"", 10),
            Err(KdfError::PrkTooShort { min: 64 })
        );
        assert_eq!(
            pbkdf2(Algorithm::Sha256, b"p", b"s", 0, 32),
            Err(KdfError::BadRounds)
        );
        assert_eq!(
            pbkdf2(Algorithm::Sha256, b"p", b"s", 1, 0),
            Err(KdfError::ZeroLength)
        );
    }
}
