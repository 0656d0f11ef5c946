//! xxHash32, xxHash64, XXH3-64 and XXH3-128 from `xxhash-rust`, seeded (8 little-endian bytes;
//! xxHash32's must fit 32 bits): a module each, as hash-wasm has them (a module with both xxHash32
//! and xxHash64 was a quarter larger than xxHash64's alone; XXH3-64 alone is a third smaller than
//! with XXH3-128).

/// xxHash32.
#[cfg(feature = "xxhash32")]
pub mod xxhash32 {
    use xxhash_rust::xxh32::Xxh32;
    crate::seeded::seeded_module!(
        "xxhash32",
        Xxhash32State,
        Xxh32,
        |seed| Xxh32::new(seed.try_into().ok()?),
        |hasher| hasher.digest().to_be_bytes()
    );
}

/// xxHash64.
#[cfg(feature = "xxhash64")]
pub mod xxhash64 {
    use xxhash_rust::xxh64::Xxh64;
    crate::seeded::seeded_module!(
        "xxhash64",
        Xxhash64State,
        Xxh64,
        |seed| Xxh64::new(seed),
        |hasher| hasher.digest().to_be_bytes()
    );
}

/// XXH3 with a 64-bit output.
#[cfg(feature = "xxhash3")]
pub mod xxhash3 {
    use xxhash_rust::xxh3::Xxh3;
    crate::seeded::seeded_module!(
        "xxhash3",
        Xxhash3State,
        Xxh3,
        |seed| Xxh3::with_seed(seed),
        |hasher| hasher.digest().to_be_bytes()
    );
}

/// XXH3 with a 128-bit output.
#[cfg(feature = "xxhash128")]
pub mod xxhash128 {
    use xxhash_rust::xxh3::Xxh3;
    crate::seeded::seeded_module!(
        "xxhash128",
        Xxhash128State,
        Xxh3,
        |seed| Xxh3::with_seed(seed),
        |hasher| hasher.digest128().to_be_bytes()
    );
}

#[cfg(test)]
mod tests {
    use crate::LiteHash;

    const SEED: u64 = 0x1234_5678_9abc_def0;

    fn digest<S: LiteHash>(seed: u64) -> Vec<u8> {
        let mut state = S::start(0, &seed.to_le_bytes()).unwrap();
        state.update(b"ab");
        state.update(b"c");
        let mut out = [0; 16];
        let len = state.finish(&mut out).unwrap();
        assert_eq!(state.finish(&mut out), None, "a digest is taken once");
        assert!(S::start(1, &[]).is_none(), "one variant per module");
        assert!(S::start(0, &[1, 2, 3]).is_none(), "a seed is 8 bytes");
        out[..len].to_vec()
    }

    #[cfg(feature = "xxhash32")]
    #[test]
    fn xxhash32_matches_the_one_shot_function() {
        use super::xxhash32::Xxhash32State;
        assert_eq!(
            digest::<Xxhash32State>(42),
            xxhash_rust::xxh32::xxh32(b"abc", 42).to_be_bytes()
        );
        assert!(
            Xxhash32State::start(0, &SEED.to_le_bytes()).is_none(),
            "the seed fits 32 bits"
        );
    }

    #[cfg(feature = "xxhash64")]
    #[test]
    fn xxhash64_matches_the_one_shot_function() {
        assert_eq!(
            digest::<super::xxhash64::Xxhash64State>(SEED),
            xxhash_rust::xxh64::xxh64(b"abc", SEED).to_be_bytes()
        );
    }

    #[cfg(feature = "xxhash3")]
    #[test]
    fn xxhash3_matches_the_one_shot_function() {
        assert_eq!(
            digest::<super::xxhash3::Xxhash3State>(SEED),
            xxhash_rust::xxh3::xxh3_64_with_seed(b"abc", SEED).to_be_bytes()
        );
    }

    #[cfg(feature = "xxhash128")]
    #[test]
    fn xxhash128_matches_the_one_shot_function() {
        assert_eq!(
            digest::<super::xxhash128::Xxhash128State>(SEED),
            xxhash_rust::xxh3::xxh3_128_with_seed(b"abc", SEED).to_be_bytes()
        );
    }
}
