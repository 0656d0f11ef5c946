//! SHA-256 hashing: one-shot, streaming and batched.
//!
//! The hashing itself is RustCrypto's [`sha2`]; this crate only adds the
//! streaming wrapper and the batched API. The optional `wasm` feature adds a
//! thin `wasm-bindgen` boundary.

#![deny(unsafe_code)]

use core::fmt;
use sha2::{Digest, Sha256};

#[cfg(feature = "wasm")]
mod wasm;

/// Length of a SHA-256 digest in bytes.
pub const DIGEST_LEN: usize = 32;

/// Returns the SHA-256 digest of `data`.
pub fn sha256(data: &[u8]) -> [u8; DIGEST_LEN] {
    Sha256::digest(data).into()
}

/// Incremental SHA-256 over data that arrives in pieces.
///
/// Cloning snapshots the state, e.g. to hash several messages sharing a prefix.
#[derive(Clone, Debug, Default)]
pub struct Sha256Stream(Sha256);

impl Sha256Stream {
    /// Creates a hasher with empty input.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// Returns the digest of everything hashed so far and starts a new message.
    pub fn finalize_reset(&mut self) -> [u8; DIGEST_LEN] {
        self.0.finalize_reset().into()
    }

    /// Discards the input so far.
    pub fn reset(&mut self) {
        Digest::reset(&mut self.0);
    }
}

/// Errors from [`sha256_batch`] for malformed offsets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BatchError {
    /// The offsets array is empty; it needs `n + 1` entries for `n` messages.
    NoOffsets,
    /// `offsets[index]` is smaller than the offset before it.
    Decreasing {
        /// Position of the offending entry in `offsets`.
        index: usize,
    },
    /// `offsets[index]` points past the end of the data.
    OutOfBounds {
        /// Position of the offending entry in `offsets`.
        index: usize,
        /// The offending offset.
        offset: u32,
        /// Length of the data.
        len: usize,
    },
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::NoOffsets => f.write_str("offsets must have at least one entry"),
            Self::Decreasing { index } => {
                write!(f, "offsets[{index}] is smaller than the offset before it")
            }
            Self::OutOfBounds { index, offset, len } => write!(
                f,
                "offsets[{index}] = {offset} is past the end of the data ({len} bytes)"
            ),
        }
    }
}

impl std::error::Error for BatchError {}

/// Hashes many messages packed into one buffer in a single call.
///
/// Message `i` is `data[offsets[i]..offsets[i + 1]]`, so `n + 1` offsets
/// describe `n` messages (the first need not be 0). Offsets must be
/// non-decreasing and at most `data.len()`. Returns the `n` digests
/// concatenated (`n * 32` bytes). Batching amortises per-call overhead across
/// the JS/wasm boundary.
pub fn sha256_batch(data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, BatchError> {
    let (&first, rest) = offsets.split_first().ok_or(BatchError::NoOffsets)?;
    let out_of_bounds = |index, offset| BatchError::OutOfBounds {
        index,
        offset,
        len: data.len(),
    };
    if first as usize > data.len() {
        return Err(out_of_bounds(0, first));
    }
    let mut digests = Vec::with_capacity(rest.len().saturating_mul(DIGEST_LEN));
    let mut start = first;
    for (i, &end) in rest.iter().enumerate() {
        let index = i + 1;
        if end < start {
            return Err(BatchError::Decreasing { index });
        }
        let message = data
            .get(start as usize..end as usize)
            .ok_or_else(|| out_of_bounds(index, end))?;
        digests.extend_from_slice(&sha256(message));
        start = end;
    }
    Ok(digests)
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
        let mut stream = Sha256Stream::new();
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
        let mut stream = Sha256Stream::new();
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
            assert_eq!(got.len(), (offsets.len() - 1) * DIGEST_LEN);
        }
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
