//! SHA-3, Keccak and SHAKE from `tiny-keccak`.
use tiny_keccak::{Hasher, Keccak, Sha3, Shake, Xof};

use crate::LiteHash;

/// The module's hash state. Variants: SHA3-224, -256, -384, -512 (0–3), Keccak-224, -256, -384,
/// -512 (4–7), SHAKE128 (8) and SHAKE256 (9).
pub enum Sha3State {
    /// A SHA-3 hash and its digest length.
    Sha3(Sha3, usize),
    /// A Keccak hash (the pre-standard padding) and its digest length.
    Keccak(Keccak, usize),
    /// A SHAKE function absorbing input.
    Absorbing(Shake),
    /// A SHAKE function writing output.
    Squeezing(Shake),
    /// The digest was taken.
    Spent,
}

impl LiteHash for Sha3State {
    fn start(variant: u32, param: &[u8]) -> Option<Self> {
        if !param.is_empty() {
            return None;
        }
        Some(match variant {
            0 => Self::Sha3(Sha3::v224(), 28),
            1 => Self::Sha3(Sha3::v256(), 32),
            2 => Self::Sha3(Sha3::v384(), 48),
            3 => Self::Sha3(Sha3::v512(), 64),
            4 => Self::Keccak(Keccak::v224(), 28),
            5 => Self::Keccak(Keccak::v256(), 32),
            6 => Self::Keccak(Keccak::v384(), 48),
            7 => Self::Keccak(Keccak::v512(), 64),
            8 => Self::Absorbing(Shake::v128()),
            9 => Self::Absorbing(Shake::v256()),
            _ => return None,
        })
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Self::Sha3(hasher, _) => hasher.update(data),
            Self::Keccak(hasher, _) => hasher.update(data),
            Self::Absorbing(shake) => shake.update(data),
            Self::Squeezing(_) | Self::Spent => {}
        }
    }

    fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
        match core::mem::replace(self, Self::Spent) {
            Self::Sha3(hasher, len) => {
                hasher.finalize(out.get_mut(..len)?);
                Some(len)
            }
            Self::Keccak(hasher, len) => {
                hasher.finalize(out.get_mut(..len)?);
                Some(len)
            }
            Self::Absorbing(mut shake) | Self::Squeezing(mut shake) => {
                shake.squeeze(out);
                *self = Self::Squeezing(shake);
                Some(out.len())
            }
            Self::Spent => None,
        }
    }
}

crate::exports::export!("sha3", Sha3State);

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn fixed_lengths_match_fips_202_and_keccak() {
        let digest = |variant| {
            let mut state = Sha3State::start(variant, &[]).unwrap();
            state.update(b"abc");
            let mut out = [0; 64];
            let len = state.finish(&mut out).unwrap();
            assert_eq!(state.finish(&mut out), None);
            hex(&out[..len])
        };
        assert_eq!(
            digest(1),
            "3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532"
        );
        assert_eq!(
            digest(5),
            "4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45"
        );
    }

    #[test]
    fn shake_continues_its_output_across_calls() {
        let mut state = Sha3State::start(8, &[]).unwrap();
        let (mut first, mut second) = ([0; 5], [0; 27]);
        state.finish(&mut first).unwrap();
        state.update(b"ignored once squeezing");
        state.finish(&mut second).unwrap();
        // SHAKE128 of the empty message.
        assert_eq!(
            hex(&first) + &hex(&second),
            "7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26"
        );
    }
}
