//! BLAKE3 from the official crate: plain and keyed modes, any output length. Derive-key mode is
//! left to the full module: it hashes its context through the crate's whole-input code path,
//! which would add a third to this module (0.65 kB gzip), past hash-wasm's BLAKE3 (which has no
//! derive-key mode either).
use crate::LiteHash;

/// The module's hash state. Variants: plain (0) and keyed with a 32-byte key (1).
// One state lives in a static and the module has no allocator to box it with.
#[allow(clippy::large_enum_variant)]
pub enum Blake3State {
    /// Absorbing input.
    Hashing(blake3::Hasher),
    /// Writing output.
    Reading(blake3::OutputReader),
}

impl LiteHash for Blake3State {
    const KEYED: bool = true;

    fn start(variant: u32, param: &[u8]) -> Option<Self> {
        let hasher = match variant {
            0 if param.is_empty() => blake3::Hasher::new(),
            1 => blake3::Hasher::new_keyed(param.try_into().ok()?),
            _ => return None,
        };
        Some(Self::Hashing(hasher))
    }

    fn update(&mut self, data: &[u8]) {
        if let Self::Hashing(hasher) = self {
            hasher.update(data);
        }
    }

    fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
        if let Self::Hashing(hasher) = self {
            *self = Self::Reading(hasher.finalize_xof());
        }
        if let Self::Reading(reader) = self {
            reader.fill(out);
        }
        Some(out.len())
    }
}

crate::exports::export!("blake3", Blake3State);

#[cfg(test)]
mod tests {
    use super::*;

    fn output(variant: u32, param: &[u8], input: &[u8], lens: &[usize]) -> Vec<u8> {
        let mut state = Blake3State::start(variant, param).unwrap();
        state.update(input);
        let mut all = Vec::new();
        for &len in lens {
            let mut out = vec![0; len];
            assert_eq!(state.finish(&mut out), Some(len));
            all.extend(out);
        }
        all
    }

    #[test]
    fn modes_match_the_crate_and_output_continues() {
        let key = [7; 32];
        let mut long = vec![0; 100];
        blake3::Hasher::new_keyed(&key)
            .update(b"abc")
            .finalize_xof()
            .fill(&mut long);
        assert_eq!(output(1, &key, b"abc", &[1, 31, 68]), long);
        assert_eq!(
            output(0, &[], b"abc", &[32]),
            blake3::hash(b"abc").as_bytes()
        );
        assert!(Blake3State::start(1, &[0; 31]).is_none());
        assert!(
            Blake3State::start(2, b"context").is_none(),
            "derive-key is the full module's"
        );
        assert!(Blake3State::start(0, b"x").is_none());
        assert!(Blake3State::start(3, &[]).is_none());
    }
}
