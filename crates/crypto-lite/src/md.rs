//! RustCrypto's Merkle–Damgård hashes: MD5, SHA-1 and SHA-2, one module per family.

/// Defines a state enum over fixed-length RustCrypto digests, its [`LiteHash`](crate::LiteHash)
/// implementation and the module's exports. Variants are numbered in the order given.
macro_rules! digests {
    ($module:literal, $state:ident { $($variant:literal => $name:ident($digest:ty)),+ $(,)? }) => {
        /// The module's hash state; `Spent` once the digest was taken.
        pub enum $state {
            $(
                #[doc = concat!("Variant ", stringify!($variant), ".")]
                $name($digest),
            )+
            /// The digest was taken.
            Spent,
        }

        impl $crate::LiteHash for $state {
            fn start(variant: u32, param: &[u8]) -> Option<Self> {
                match variant {
                    $($variant if param.is_empty() => Some(Self::$name(Default::default())),)+
                    _ => None,
                }
            }

            fn update(&mut self, data: &[u8]) {
                match self {
                    $(Self::$name(hasher) => digest::Digest::update(hasher, data),)+
                    Self::Spent => {}
                }
            }

            fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
                match core::mem::replace(self, Self::Spent) {
                    $(Self::$name(hasher) => write_digest(hasher, out),)+
                    Self::Spent => None,
                }
            }
        }

        $crate::exports::export!($module, $state);
    };
}

/// Writes the digest to the start of `out`, which the JS side makes long enough.
fn write_digest<D: digest::Digest>(hasher: D, out: &mut [u8]) -> Option<usize> {
    let digest = hasher.finalize();
    out.get_mut(..digest.len())?.copy_from_slice(&digest);
    Some(digest.len())
}

/// SHA-256 (0) and SHA-224 (1).
#[cfg(feature = "sha256")]
pub mod sha256 {
    use super::write_digest;
    digests!("sha256", Sha256State { 0 => Sha256(sha2::Sha256), 1 => Sha224(sha2::Sha224) });
}

/// SHA-512 (0), SHA-384 (1), SHA-512/224 (2) and SHA-512/256 (3).
#[cfg(feature = "sha512")]
pub mod sha512 {
    use super::write_digest;
    digests!("sha512", Sha512State {
        0 => Sha512(sha2::Sha512),
        1 => Sha384(sha2::Sha384),
        2 => Sha512_224(sha2::Sha512_224),
        3 => Sha512_256(sha2::Sha512_256),
    });
}

/// MD5, a legacy hash: broken for collisions, kept for checksums and old protocols.
#[cfg(feature = "md5")]
pub mod md5 {
    use super::write_digest;
    digests!("md5", Md5State { 0 => Md5(md5::Md5) });
}

/// SHA-1, a legacy hash: broken for collisions, kept for old protocols.
#[cfg(feature = "sha1")]
pub mod sha1 {
    use super::write_digest;
    digests!("sha1", Sha1State { 0 => Sha1(sha1::Sha1) });
}

#[cfg(test)]
mod tests {
    use crate::LiteHash;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    fn run<S: LiteHash>(variant: u32, chunks: &[&[u8]]) -> String {
        let mut state = S::start(variant, &[]).expect("a known variant");
        for chunk in chunks {
            state.update(chunk);
        }
        let mut out = [0; 64];
        let written = state.finish(&mut out).expect("a digest");
        assert_eq!(state.finish(&mut out), None, "a digest is taken once");
        hex(&out[..written])
    }

    #[cfg(feature = "sha256")]
    #[test]
    fn sha256_family_matches_fips_180_4() {
        use super::sha256::Sha256State;
        assert_eq!(
            run::<Sha256State>(0, &[b"ab", b"c"]),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            run::<Sha256State>(1, &[b"abc"]),
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7"
        );
        assert!(Sha256State::start(2, &[]).is_none());
        assert!(Sha256State::start(0, b"key").is_none());
    }

    #[cfg(feature = "sha512")]
    #[test]
    fn sha512_family_matches_fips_180_4() {
        use super::sha512::Sha512State;
        assert_eq!(
            run::<Sha512State>(0, &[b"abc"]),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        assert_eq!(
            run::<Sha512State>(3, &[b"abc"]),
            "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23"
        );
    }

    #[cfg(feature = "md5")]
    #[test]
    fn md5_matches_rfc_1321() {
        assert_eq!(
            run::<super::md5::Md5State>(0, &[b"message ", b"digest"]),
            "f96b697d7cb7938d525a2f31aaf161d0"
        );
    }

    #[cfg(feature = "sha1")]
    #[test]
    fn sha1_matches_fips_180_4() {
        assert_eq!(
            run::<super::sha1::Sha1State>(0, &[b"abc"]),
            "a9993e364706816aba3e25717850c26c9cd0d89d"
        );
    }
}
