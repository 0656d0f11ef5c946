//! Hashing, MACs, KDFs and password hashing for WebAssembly, over a table of algorithms from
//! well-kept crates (RustCrypto, `blake3`, `blake2b_simd`, `tiny-keccak`, `argon2`, `scrypt`,
//! `bcrypt`, `crc`, `xxhash-rust`, …).
//!
//! This crate adds the algorithm table, one streaming interface over every hash, the batched
//! API and parameter checks. Each family is a cargo feature, and `scripts/build-wasm.mjs` builds
//! one wasm module per family; the optional `wasm` feature adds a thin `wasm-bindgen` boundary.

#![deny(unsafe_code)]
// A family build (one feature) uses only part of the shared table code; dead code is checked in
// the build with every family, which `cargo clippy --all-features` runs.
#![cfg_attr(
    not(all(
        feature = "sha2",
        feature = "sha3",
        feature = "sha3_addons",
        feature = "blake2",
        feature = "blake3",
        feature = "legacy",
        feature = "legacy_extra",
        feature = "checksum",
        feature = "xxhash",
        feature = "argon2",
        feature = "scrypt",
        feature = "bcrypt"
    )),
    allow(dead_code, unused_imports)
)]

mod algorithm;
mod batch;
mod families;
mod kdf;
mod keyed;
mod params;
pub mod password;
mod stream;
#[cfg(feature = "wasm")]
mod wasm;

pub use algorithm::{Spec, hash};
pub use batch::{BatchError, digest_batch, hmac_batch};
#[cfg(feature = "sha3")]
pub use families::sha3::keccak_p1600;
pub use kdf::{KdfError, MAX_PBKDF2_LEN, MAX_ROUNDS, hkdf, hkdf_expand, hkdf_extract, pbkdf2};
pub use keyed::Keyed;
pub use params::{MAX_OUTPUT_LEN, ParamError, Params};
pub use stream::{Reader, StateError, Stream};

/// Starts every saved hasher state: a format tag, version 1.
const STATE_MAGIC: [u8; 4] = *b"ohs1";
/// The tag, then the algorithm's id (u32, little-endian).
const STATE_HEADER_LEN: usize = 8;

/// An incremental hash over data that arrives in pieces, for any algorithm and parameters.
///
/// Cloning snapshots the state, e.g. to hash several messages sharing a prefix.
pub struct Hasher {
    /// The algorithm's id, which a saved state carries.
    id: u32,
    stream: Box<dyn Stream>,
    out_len: usize,
    /// The extendable output being read, once `xof` was called.
    reader: Option<Box<dyn Reader>>,
}

impl Hasher {
    /// Starts an empty message for `spec` with these parameters.
    pub fn new(spec: &Spec, params: &Params) -> Result<Self, ParamError> {
        Ok(Self {
            id: spec.id,
            stream: spec.start(params)?,
            out_len: params.out_len,
            reader: None,
        })
    }

    /// Starts an HMAC of `spec` keyed with `key`.
    pub fn hmac(spec: &Spec, key: &[u8]) -> Result<Self, KdfError> {
        Ok(Self {
            id: spec.id,
            stream: (kdf::keyed(spec)?.mac)(key),
            out_len: spec.output_len,
            reader: None,
        })
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.stream.update(data);
    }

    /// Returns the hash of everything so far and starts a new message with the same parameters.
    pub fn finalize_reset(&mut self) -> Vec<u8> {
        let mut out = vec![0; self.out_len];
        self.stream.finalize_reset_into(&mut out);
        out
    }

    /// The next `len` bytes of the extendable output of the message so far (the message ends at
    /// the first call; later calls continue the output). `None` if the hash is not an XOF.
    pub fn xof(&mut self, len: usize) -> Option<Vec<u8>> {
        if self.reader.is_none() {
            self.reader = Some(self.stream.finish_xof()?);
        }
        let mut out = vec![0; len];
        self.reader.as_mut()?.read(&mut out);
        Some(out)
    }

    /// The state of the message so far, to continue it later with [`Hasher::load`] (also in
    /// another process): a header naming the algorithm, then the crate's serialized state.
    /// Refused for hashes whose crate does not export its state, for HMACs, and once `xof` was
    /// called.
    pub fn save(&self) -> Result<Vec<u8>, StateError> {
        if self.reader.is_some() {
            return Err(StateError::Unsupported);
        }
        let state = self.stream.save().ok_or(StateError::Unsupported)?;
        let mut saved = Vec::with_capacity(STATE_HEADER_LEN + state.len());
        saved.extend_from_slice(&STATE_MAGIC);
        saved.extend_from_slice(&self.id.to_le_bytes());
        saved.extend_from_slice(&state);
        Ok(saved)
    }

    /// Continues from a state [`Hasher::save`] returned for the same algorithm, in place of the
    /// message so far (kept if `saved` is refused).
    pub fn load(&mut self, saved: &[u8]) -> Result<(), StateError> {
        let (header, state) = saved
            .split_at_checked(STATE_HEADER_LEN)
            .ok_or(StateError::Malformed)?;
        if header[..4] != STATE_MAGIC || header[4..] != self.id.to_le_bytes() {
            return Err(StateError::Malformed);
        }
        self.stream.load(state)?;
        self.reader = None;
        Ok(())
    }

    /// Discards the input so far (and any output being read).
    pub fn reset(&mut self) {
        self.stream.reset();
        self.reader = None;
    }
}

impl Clone for Hasher {
    fn clone(&self) -> Self {
        Self {
            id: self.id,
            stream: self.stream.box_clone(),
            out_len: self.out_len,
            reader: self.reader.as_ref().map(|reader| reader.box_clone()),
        }
    }
}

/// The HMAC tag of `data` under `key`.
pub fn hmac(spec: &Spec, key: &[u8], data: &[u8]) -> Result<Vec<u8>, KdfError> {
    let mut mac = Hasher::hmac(spec, key)?;
    mac.update(data);
    Ok(mac.finalize_reset())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// SplitMix64: a tiny deterministic PRNG so the tests need no dependencies.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn bytes(&mut self, len: usize) -> Vec<u8> {
            (0..len).map(|_| self.next() as u8).collect()
        }
    }

    fn spec(id: u32) -> &'static Spec {
        Spec::find(id).unwrap()
    }

    fn digest(spec: &Spec, data: &[u8]) -> Vec<u8> {
        hash(spec, &Params::with_len(spec.output_len), data).unwrap()
    }

    fn sha256(data: &[u8]) -> Vec<u8> {
        digest(spec(1), data)
    }

    fn sha256_batch(data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, BatchError> {
        digest_batch(spec(1), &Params::with_len(32), data, offsets)
    }

    #[test]
    fn saved_states_continue_the_message() {
        let mut rng = Rng(7);
        for id in [0, 1, 2, 3, 4, 5, 60, 61, 62, 63, 64, 65] {
            let spec = spec(id);
            for _ in 0..20 {
                let len = rng.below(400);
                let data = rng.bytes(len);
                let cut = rng.below(len + 1);
                let mut first = Hasher::new(spec, &Params::with_len(spec.output_len)).unwrap();
                first.update(&data[..cut]);
                let saved = first.save().unwrap();
                let mut second = Hasher::new(spec, &Params::with_len(spec.output_len)).unwrap();
                second.update(b"discarded by the load");
                second.load(&saved).unwrap();
                second.update(&data[cut..]);
                assert_eq!(
                    second.finalize_reset(),
                    digest(spec, &data),
                    "{}",
                    spec.name
                );
            }
        }
    }

    #[test]
    fn refuses_states_it_cannot_save_or_did_not_save() {
        let new_sha256 = || Hasher::new(spec(1), &Params::with_len(32)).unwrap();
        let mut hasher = new_sha256();
        hasher.update(b"abc");
        let saved = hasher.save().unwrap();
        let mut other = new_sha256();
        other.update(b"kept");
        let mut wrong_id = saved.clone();
        wrong_id[4] = 0; // SHA-224
        let mut wrong_magic = saved.clone();
        wrong_magic[0] ^= 1;
        let truncated = &saved[..saved.len() - 1];
        let longer = [&saved[..], &[0]].concat();
        for bad in [
            &wrong_id[..],
            &wrong_magic,
            truncated,
            &longer,
            &saved[..3],
            &[],
        ] {
            assert_eq!(other.load(bad), Err(StateError::Malformed));
        }
        // The buffer ends the state: its position byte, then the block (64 bytes for SHA-256).
        // A position past the block, or bytes past the position that are not zero, are not a
        // state SHA-256 can have.
        let mut bad_position = saved.clone();
        let position = saved.len() - 64;
        assert_eq!(saved[position], 3, "b\"abc\" is buffered");
        bad_position[position] = 64;
        assert_eq!(other.load(&bad_position), Err(StateError::Malformed));
        let mut dirty_padding = saved.clone();
        *dirty_padding.last_mut().unwrap() = 1;
        assert_eq!(other.load(&dirty_padding), Err(StateError::Malformed));
        other.update(b"!");
        assert_eq!(other.finalize_reset(), sha256(b"kept!"));

        let sha3 = Hasher::new(spec(11), &Params::with_len(32)).unwrap();
        assert_eq!(sha3.save(), Err(StateError::Unsupported));
        let hmac = Hasher::hmac(spec(1), b"key").unwrap();
        assert_eq!(hmac.save(), Err(StateError::Unsupported));
        let mut sha3 = sha3;
        let mut sha3_header = saved.clone();
        sha3_header[4] = 11;
        assert_eq!(sha3.load(&sha3_header), Err(StateError::Unsupported));
    }

    #[test]
    fn nist_vectors() {
        let cases: [(&[u8], &str); 3] = [
            (
                b"abc",
                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            ),
            (
                b"",
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            ),
            (
                b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(hex(&sha256(input)), want);
        }
        assert_eq!(
            hex(&sha256(&vec![b'a'; 1_000_000])),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }

    #[test]
    fn streaming_matches_one_shot() {
        let mut rng = Rng(7);
        let mut stream = Hasher::new(spec(1), &Params::with_len(32)).unwrap();
        for _ in 0..100 {
            let len = rng.below(1000);
            let data = rng.bytes(len);
            let mut rest = &data[..];
            while !rest.is_empty() {
                let (chunk, tail) = rest.split_at(rng.below(rest.len() + 1));
                stream.update(chunk);
                rest = tail;
            }
            assert_eq!(stream.finalize_reset(), sha256(&data));
        }
    }

    #[test]
    fn reset_and_clone() {
        let mut stream = Hasher::new(spec(1), &Params::with_len(32)).unwrap();
        stream.update(b"garbage");
        stream.reset();
        stream.update(b"ab");
        let mut fork = stream.clone();
        stream.update(b"c");
        fork.update(b"d");
        assert_eq!(stream.finalize_reset(), sha256(b"abc"));
        assert_eq!(fork.finalize_reset(), sha256(b"abd"));
        assert_eq!(stream.finalize_reset(), sha256(b""));
    }

    #[test]
    fn batch_matches_per_message() {
        let mut rng = Rng(8);
        for _ in 0..50 {
            let len = rng.below(2000);
            let data = rng.bytes(len);
            let mut offsets: Vec<u32> = (0..1 + rng.below(20))
                .map(|_| rng.below(data.len() + 1) as u32)
                .collect();
            offsets.sort_unstable();
            let got = sha256_batch(&data, &offsets).unwrap();
            let want: Vec<u8> = offsets
                .windows(2)
                .flat_map(|w| sha256(&data[w[0] as usize..w[1] as usize]))
                .collect();
            assert_eq!(got, want);
            assert_eq!(got.len(), (offsets.len() - 1) * 32);
        }
    }

    /// FIPS 180-4 examples ("abc") for every SHA-2 variant, from NIST's published example values.
    #[test]
    fn every_algorithm_hashes_abc() {
        let want = [
            "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7",
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa",
            "53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23",
        ];
        for (id, want) in (0..6).zip(want) {
            let spec = spec(id);
            assert_eq!(hex(&digest(spec, b"abc")), want, "{}", spec.name);
            assert_eq!(spec.output_len * 2, want.len());
            let params = Params::with_len(spec.output_len);
            let batch = digest_batch(spec, &params, b"abcabc", &[0, 3, 6]).unwrap();
            assert_eq!(hex(&batch), format!("{want}{want}"));
        }
        assert_eq!(Spec::find(1).unwrap().name, "sha256");
        assert!(Spec::find(6).is_err());
        assert!(Spec::find(u32::MAX).is_err());
    }

    #[test]
    fn batch_edge_cases() {
        assert_eq!(sha256_batch(b"abc", &[2]), Ok(vec![]));
        assert_eq!(sha256_batch(b"abc", &[3, 3]).unwrap(), sha256(b""));
        assert_eq!(sha256_batch(b"xabc", &[1, 4]).unwrap(), sha256(b"abc"));
    }

    #[test]
    fn batch_errors() {
        assert_eq!(sha256_batch(b"abc", &[]), Err(BatchError::NoOffsets));
        assert_eq!(
            sha256_batch(b"abc", &[0, 2, 1]),
            Err(BatchError::Decreasing { index: 2 })
        );
        assert_eq!(
            sha256_batch(b"abc", &[4]),
            Err(BatchError::OutOfBounds {
                index: 0,
                offset: 4,
                len: 3
            })
        );
        assert_eq!(
            sha256_batch(b"abc", &[0, 3, 9]),
            Err(BatchError::OutOfBounds {
                index: 2,
                offset: 9,
                len: 3
            })
        );
    }
}
