//! XXH3 with 64- and 128-bit output from `xxhash-rust`, seeded.
use xxhash_rust::xxh3::Xxh3;

use crate::LiteHash;
use crate::seeded::{seed, write};

/// The module's hash state. Variants: XXH3-64 (0) and XXH3-128 (1), each with an optional seed
/// given as 8 little-endian bytes.
pub enum Xxh3State {
    /// XXH3 with a 64-bit output.
    Xxh3(Xxh3),
    /// XXH3 with a 128-bit output.
    Xxh128(Xxh3),
    /// The digest was taken.
    Spent,
}

impl LiteHash for Xxh3State {
    fn start(variant: u32, param: &[u8]) -> Option<Self> {
        let hasher = Xxh3::with_seed(seed(param)?);
        match variant {
            0 => Some(Self::Xxh3(hasher)),
            1 => Some(Self::Xxh128(hasher)),
            _ => None,
        }
    }

    fn update(&mut self, data: &[u8]) {
        if let Self::Xxh3(hasher) | Self::Xxh128(hasher) = self {
            hasher.update(data);
        }
    }

    fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
        match core::mem::replace(self, Self::Spent) {
            Self::Xxh3(hasher) => write(out, &hasher.digest().to_be_bytes()),
            Self::Xxh128(hasher) => write(out, &hasher.digest128().to_be_bytes()),
            Self::Spent => None,
        }
    }
}

crate::exports::export!("xxh3", Xxh3State);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_digests_match_the_one_shot_functions() {
        let seed = 0x1234_5678_9abc_def0_u64;
        let digest = |variant| {
            let mut state = Xxh3State::start(variant, &seed.to_le_bytes()).unwrap();
            state.update(b"ab");
            state.update(b"c");
            let mut out = [0; 16];
            let len = state.finish(&mut out).unwrap();
            out[..len].to_vec()
        };
        assert_eq!(digest(0), xxhash_rust::xxh3::xxh3_64_with_seed(b"abc", seed).to_be_bytes());
        assert_eq!(digest(1), xxhash_rust::xxh3::xxh3_128_with_seed(b"abc", seed).to_be_bytes());
    }
}
