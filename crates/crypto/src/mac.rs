//! HMAC (RFC 2104) over every hash of the table, from RustCrypto's `hmac` (its resettable
//! `HmacReset`, so one keyed state serves many messages).

use hmac::{HmacReset as Hmac, KeyInit, Mac as _};

use crate::Algorithm;

/// An HMAC computation in progress. With the `zeroize` features enabled, its key-derived state is
/// wiped when it is dropped.
#[derive(Clone)]
pub enum HmacState {
    /// HMAC-SHA-224.
    Sha224(Hmac<sha2::Sha224>),
    /// HMAC-SHA-256.
    Sha256(Hmac<sha2::Sha256>),
    /// HMAC-SHA-384.
    Sha384(Hmac<sha2::Sha384>),
    /// HMAC-SHA-512.
    Sha512(Hmac<sha2::Sha512>),
    /// HMAC-SHA-512/224.
    Sha512_224(Hmac<sha2::Sha512_224>),
    /// HMAC-SHA-512/256.
    Sha512_256(Hmac<sha2::Sha512_256>),
}

/// Runs `$body` with `$mac` bound to the inner `Hmac<_>` of whichever variant `$state` is.
macro_rules! each_variant {
    ($state:expr, $mac:ident => $body:expr) => {
        match $state {
            HmacState::Sha224($mac) => $body,
            HmacState::Sha256($mac) => $body,
            HmacState::Sha384($mac) => $body,
            HmacState::Sha512($mac) => $body,
            HmacState::Sha512_224($mac) => $body,
            HmacState::Sha512_256($mac) => $body,
        }
    };
}

impl HmacState {
    /// Starts an HMAC of `algorithm` keyed with `key` (any length: long keys are hashed first).
    pub fn new(algorithm: Algorithm, key: &[u8]) -> Self {
        // HMAC accepts keys of every length, so `new_from_slice` cannot fail; `new` with the
        // block-sized key it derives would need the same work, so derive it through the slice.
        fn keyed<M: KeyInit>(key: &[u8]) -> M {
            M::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"))
        }
        match algorithm {
            Algorithm::Sha224 => Self::Sha224(keyed(key)),
            Algorithm::Sha256 => Self::Sha256(keyed(key)),
            Algorithm::Sha384 => Self::Sha384(keyed(key)),
            Algorithm::Sha512 => Self::Sha512(keyed(key)),
            Algorithm::Sha512_224 => Self::Sha512_224(keyed(key)),
            Algorithm::Sha512_256 => Self::Sha512_256(keyed(key)),
        }
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        each_variant!(self, mac => mac.update(data));
    }

    /// Returns the tag of everything so far and starts a new message with the same key.
    pub fn finalize_reset(&mut self) -> Vec<u8> {
        each_variant!(self, mac => mac.finalize_reset().into_bytes().to_vec())
    }

    /// Discards the message so far, keeping the key.
    pub fn reset(&mut self) {
        each_variant!(self, mac => hmac::digest::Reset::reset(mac));
    }
}

/// The HMAC tag of `data` under `key`.
pub fn hmac(algorithm: Algorithm, key: &[u8], data: &[u8]) -> Vec<u8> {
    let mut state = HmacState::new(algorithm, key);
    state.update(data);
    state.finalize_reset()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// RFC 4231 test cases 1 (every SHA-2 size), 2 (a short key) and 6 (a key longer than a block).
    #[test]
    fn rfc4231_vectors() {
        let key = [0x0b; 20];
        let cases = [
            (
                Algorithm::Sha224,
                "896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22",
            ),
            (
                Algorithm::Sha256,
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
            ),
            (
                Algorithm::Sha384,
                "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6",
            ),
            (
                Algorithm::Sha512,
                "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854",
            ),
        ];
        for (algorithm, want) in cases {
            assert_eq!(
                hex(&hmac(algorithm, &key, b"Hi There")),
                want,
                "{algorithm:?}"
            );
        }
        assert_eq!(
            hex(&hmac(
                Algorithm::Sha256,
                b"Jefe",
                b"what do ya want for nothing?"
            )),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
        assert_eq!(
            hex(&hmac(
                Algorithm::Sha256,
                &[0xaa; 131],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            )),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"
        );
    }

    #[test]
    fn streaming_reset_and_clone() {
        let mut state = HmacState::new(Algorithm::Sha256, b"key");
        state.update(b"ab");
        let mut fork = state.clone();
        state.update(b"c");
        fork.update(b"d");
        assert_eq!(
            state.finalize_reset(),
            hmac(Algorithm::Sha256, b"key", b"abc")
        );
        assert_eq!(
            fork.finalize_reset(),
            hmac(Algorithm::Sha256, b"key", b"abd")
        );
        state.update(b"junk");
        state.reset();
        state.update(b"abc");
        assert_eq!(
            state.finalize_reset(),
            hmac(Algorithm::Sha256, b"key", b"abc")
        );
    }
}
