//! xxHash32 and xxHash64 from `xxhash-rust`, seeded.
use xxhash_rust::{xxh32::Xxh32, xxh64::Xxh64};

use crate::LiteHash;
use crate::seeded::{seed, write};

/// The module's hash state. Variants: xxHash32 (0) and xxHash64 (1), each with an optional seed
/// given as 8 little-endian bytes (xxHash32's must fit 32 bits).
pub enum XxhashState {
    /// xxHash32.
    Xxh32(Xxh32),
    /// xxHash64.
    Xxh64(Xxh64),
    /// The digest was taken.
    Spent,
}

impl LiteHash for XxhashState {
    fn start(variant: u32, param: &[u8]) -> Option<Self> {
        let seed = seed(param)?;
        Some(match variant {
            0 => Self::Xxh32(Xxh32::new(seed.try_into().ok()?)),
            1 => Self::Xxh64(Xxh64::new(seed)),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Self::Xxh32(hasher) => hasher.update(data),
            Self::Xxh64(hasher) => hasher.update(data),
            Self::Spent => {}
        }
    }

    fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
        match core::mem::replace(self, Self::Spent) {
            Self::Xxh32(hasher) => write(out, &hasher.digest().to_be_bytes()),
            Self::Xxh64(hasher) => write(out, &hasher.digest().to_be_bytes()),
            Self::Spent => None,
        }
    }
}

crate::exports::export!("xxhash", XxhashState);

#[cfg(test)]
mod tests {
    use super::*;

    fn digest(variant: u32, seed: &[u8], input: &[u8]) -> Vec<u8> {
        let mut state = XxhashState::start(variant, seed).unwrap();
        state.update(input);
        let mut out = [0; 8];
        let len = state.finish(&mut out).unwrap();
        out[..len].to_vec()
    }

    #[test]
    fn seeded_digests_match_the_one_shot_functions() {
        let seed = 0x1234_5678_9abc_def0_u64;
        assert_eq!(digest(0, &[], b"abc"), xxhash_rust::xxh32::xxh32(b"abc", 0).to_be_bytes());
        assert_eq!(digest(0, &42u64.to_le_bytes(), b"abc"), xxhash_rust::xxh32::xxh32(b"abc", 42).to_be_bytes());
        assert_eq!(digest(1, &seed.to_le_bytes(), b"abc"), xxhash_rust::xxh64::xxh64(b"abc", seed).to_be_bytes());
        assert!(XxhashState::start(0, &seed.to_le_bytes()).is_none(), "xxHash32's seed fits 32 bits");
        assert!(XxhashState::start(1, &[1, 2, 3]).is_none());
        assert!(XxhashState::start(2, &[]).is_none());
    }
}
