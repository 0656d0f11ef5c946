//! XXH3 with 64- and 128-bit output from `xxhash-rust`, seeded: a module each, as hash-wasm has
//! them (the 64-bit one alone is a third smaller than both together).
use xxhash_rust::xxh3::Xxh3;

use crate::seeded::seed;

/// A seeded XXH3 state, or `None` for another variant than 0 or a malformed seed.
fn start(variant: u32, param: &[u8]) -> Option<Xxh3> {
    if variant != 0 {
        return None;
    }
    Some(Xxh3::with_seed(seed(param)?))
}

/// XXH3-64 (variant 0), with an optional seed given as 8 little-endian bytes.
#[cfg(feature = "xxhash3")]
pub mod xxhash3 {
    use xxhash_rust::xxh3::Xxh3;

    use crate::LiteHash;
    use crate::seeded::write;

    /// The module's hash state; `None` once the digest was taken.
    pub struct Xxhash3State(Option<Xxh3>);

    impl LiteHash for Xxhash3State {
        fn start(variant: u32, param: &[u8]) -> Option<Self> {
            Some(Self(Some(super::start(variant, param)?)))
        }

        fn update(&mut self, data: &[u8]) {
            if let Some(hasher) = &mut self.0 {
                hasher.update(data);
            }
        }

        fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
            write(out, &self.0.take()?.digest().to_be_bytes())
        }
    }

    crate::exports::export!("xxhash3", Xxhash3State);
}

/// XXH3-128 (variant 0), with an optional seed given as 8 little-endian bytes.
#[cfg(feature = "xxhash128")]
pub mod xxhash128 {
    use xxhash_rust::xxh3::Xxh3;

    use crate::LiteHash;
    use crate::seeded::write;

    /// The module's hash state; `None` once the digest was taken.
    pub struct Xxhash128State(Option<Xxh3>);

    impl LiteHash for Xxhash128State {
        fn start(variant: u32, param: &[u8]) -> Option<Self> {
            Some(Self(Some(super::start(variant, param)?)))
        }

        fn update(&mut self, data: &[u8]) {
            if let Some(hasher) = &mut self.0 {
                hasher.update(data);
            }
        }

        fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
            write(out, &self.0.take()?.digest128().to_be_bytes())
        }
    }

    crate::exports::export!("xxhash128", Xxhash128State);
}

#[cfg(test)]
mod tests {
    use crate::LiteHash;

    fn digest<S: LiteHash>(seed: u64) -> Vec<u8> {
        let mut state = S::start(0, &seed.to_le_bytes()).unwrap();
        state.update(b"ab");
        state.update(b"c");
        let mut out = [0; 16];
        let len = state.finish(&mut out).unwrap();
        assert_eq!(state.finish(&mut out), None, "a digest is taken once");
        out[..len].to_vec()
    }

    #[cfg(feature = "xxhash3")]
    #[test]
    fn xxhash3_matches_the_one_shot_function() {
        let seed = 0x1234_5678_9abc_def0_u64;
        assert_eq!(digest::<super::xxhash3::Xxhash3State>(seed), xxhash_rust::xxh3::xxh3_64_with_seed(b"abc", seed).to_be_bytes());
        assert!(super::xxhash3::Xxhash3State::start(1, &[]).is_none());
    }

    #[cfg(feature = "xxhash128")]
    #[test]
    fn xxhash128_matches_the_one_shot_function() {
        let seed = 0x1234_5678_9abc_def0_u64;
        assert_eq!(digest::<super::xxhash128::Xxhash128State>(seed), xxhash_rust::xxh3::xxh3_128_with_seed(b"abc", seed).to_be_bytes());
    }
}
