//! xxHash32 and xxHash64 from `xxhash-rust`, seeded: a module each, as hash-wasm has them (one
//! module with both was a quarter larger than xxHash64's alone).

/// xxHash32 (variant 0), with an optional seed given as 8 little-endian bytes that must fit 32 bits.
#[cfg(feature = "xxhash32")]
pub mod xxhash32 {
    use xxhash_rust::xxh32::Xxh32;

    use crate::LiteHash;
    use crate::seeded::{seed, write};

    /// The module's hash state; `None` once the digest was taken.
    pub struct Xxhash32State(Option<Xxh32>);

    impl LiteHash for Xxhash32State {
        fn start(variant: u32, param: &[u8]) -> Option<Self> {
            if variant != 0 {
                return None;
            }
            Some(Self(Some(Xxh32::new(seed(param)?.try_into().ok()?))))
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

    crate::exports::export!("xxhash32", Xxhash32State);
}

/// xxHash64 (variant 0), with an optional seed given as 8 little-endian bytes.
#[cfg(feature = "xxhash64")]
pub mod xxhash64 {
    use xxhash_rust::xxh64::Xxh64;

    use crate::LiteHash;
    use crate::seeded::{seed, write};

    /// The module's hash state; `None` once the digest was taken.
    pub struct Xxhash64State(Option<Xxh64>);

    impl LiteHash for Xxhash64State {
        fn start(variant: u32, param: &[u8]) -> Option<Self> {
            if variant != 0 {
                return None;
            }
            Some(Self(Some(Xxh64::new(seed(param)?))))
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

    crate::exports::export!("xxhash64", Xxhash64State);
}

#[cfg(test)]
mod tests {
    use crate::LiteHash;

    fn digest<S: LiteHash>(seed: &[u8], input: &[u8]) -> Vec<u8> {
        let mut state = S::start(0, seed).unwrap();
        state.update(input);
        let mut out = [0; 8];
        let len = state.finish(&mut out).unwrap();
        assert_eq!(state.finish(&mut out), None, "a digest is taken once");
        out[..len].to_vec()
    }

    #[cfg(feature = "xxhash32")]
    #[test]
    fn xxhash32_matches_the_one_shot_function() {
        use super::xxhash32::Xxhash32State;
        assert_eq!(digest::<Xxhash32State>(&[], b"abc"), xxhash_rust::xxh32::xxh32(b"abc", 0).to_be_bytes());
        assert_eq!(digest::<Xxhash32State>(&42u64.to_le_bytes(), b"abc"), xxhash_rust::xxh32::xxh32(b"abc", 42).to_be_bytes());
        assert!(Xxhash32State::start(0, &(1u64 << 32).to_le_bytes()).is_none(), "the seed fits 32 bits");
        assert!(Xxhash32State::start(1, &[]).is_none());
    }

    #[cfg(feature = "xxhash64")]
    #[test]
    fn xxhash64_matches_the_one_shot_function() {
        use super::xxhash64::Xxhash64State;
        let seed = 0x1234_5678_9abc_def0_u64;
        assert_eq!(digest::<Xxhash64State>(&seed.to_le_bytes(), b"abc"), xxhash_rust::xxh64::xxh64(b"abc", seed).to_be_bytes());
        assert!(Xxhash64State::start(0, &[1, 2, 3]).is_none());
    }
}
