//! HMAC (RFC 2104), HKDF (RFC 5869) and PBKDF2 (RFC 8018) over the hashes that have them, from
//! RustCrypto's `hmac`, `hkdf` and `pbkdf2`. Each is instantiated per hash into a [`Keyed`] table
//! entry, so the wasm boundary picks them by algorithm id like the hashes themselves.

use digest::{Digest, FixedOutput, KeyInit, Update, block_api::EagerHash, common::BlockSizeUser};
use hkdf::HmacImpl;
use hmac::{Hmac, SimpleHmac};

use crate::stream::{Fixed, Session, Stream};

/// The keyed constructions over one hash.
#[derive(Clone, Copy)]
pub struct Keyed {
    /// A streaming HMAC keyed with the key.
    pub mac: fn(key: &[u8]) -> Box<dyn Stream>,
    /// PBKDF2-HMAC: fills `out` from a password, a salt and a number of rounds (≥ 1).
    pub pbkdf2: fn(password: &[u8], salt: &[u8], rounds: u32, out: &mut [u8]),
    /// HKDF-Extract: writes the pseudorandom key (one hash length) into `out`.
    pub hkdf_extract: fn(salt: &[u8], ikm: &[u8], out: &mut [u8]),
    /// HKDF-Expand: fills `out` (at most 255 hash lengths) from a pseudorandom key and `info`;
    /// returns false if the key is shorter than one hash length.
    pub hkdf_expand: fn(prk: &[u8], info: &[u8], out: &mut [u8]) -> bool,
}

/// For block-buffered hashes (SHA-2, the legacy ones): the HMAC keeps both padded-key states, so
/// each message costs two compressions fewer.
pub const fn eager<D: EagerHash + 'static>() -> Keyed {
    table::<Hmac<D>>()
}

/// For the other hashes (SHA-3, BLAKE2): HMAC through the plain `Digest` interface.
pub const fn simple<D: Digest + BlockSizeUser + Clone + 'static>() -> Keyed {
    table::<SimpleHmac<D>>()
}

const fn table<M: HmacImpl + KeyInit + Update + FixedOutput + Clone + 'static>() -> Keyed {
    Keyed {
        mac: mac::<M>,
        pbkdf2: pbkdf2::<M>,
        hkdf_extract: hkdf_extract::<M>,
        hkdf_expand: hkdf_expand::<M>,
    }
}

fn keyed<M: KeyInit>(key: &[u8]) -> M {
    // HMAC takes keys of any length (longer ones are hashed first), so this cannot fail.
    M::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"))
}

fn mac<M: KeyInit + Update + FixedOutput + Clone + 'static>(key: &[u8]) -> Box<dyn Stream> {
    Session::boxed(Fixed(keyed::<M>(key)))
}

fn pbkdf2<M: KeyInit + Update + FixedOutput + Clone>(
    password: &[u8],
    salt: &[u8],
    rounds: u32,
    out: &mut [u8],
) {
    pbkdf2::pbkdf2::<M>(password, salt, rounds, out)
        .unwrap_or_else(|_| unreachable!("HMAC takes keys of any length"));
}

fn hkdf_extract<M: HmacImpl>(salt: &[u8], ikm: &[u8], out: &mut [u8]) {
    let (prk, _) = hkdf::GenericHkdf::<M>::extract(Some(salt), ikm);
    out.copy_from_slice(&prk);
}

fn hkdf_expand<M: HmacImpl>(prk: &[u8], info: &[u8], out: &mut [u8]) -> bool {
    hkdf::GenericHkdf::<M>::from_prk(prk).is_ok_and(|hkdf| hkdf.expand(info, out).is_ok())
}

/// Gives a hash from another crate RustCrypto's `digest` traits, which `hmac`, `hkdf` and
/// `pbkdf2` need: `$name` wraps `$inner`, starts as `$new`, has HMAC block length `$block`
/// (bytes, as a typenum), and writes its `$out`-byte output with `$finalize` (a closure over the
/// inner state and the output buffer).
#[cfg(any(
    feature = "sha3",
    feature = "sha3_addons",
    feature = "blake2",
    feature = "blake3"
))]
macro_rules! digest_adapter {
    ($(#[$doc:meta])* $name:ident($inner:ty) = $new:expr, $out:ty, $block:ty, $finalize:expr;) => {
        $(#[$doc])*
        #[derive(Clone)]
        pub struct $name($inner);

        impl Default for $name {
            fn default() -> Self {
                Self($new)
            }
        }

        impl digest::HashMarker for $name {}

        impl digest::Update for $name {
            fn update(&mut self, data: &[u8]) {
                self.0.update(data);
            }
        }

        impl digest::OutputSizeUser for $name {
            type OutputSize = $out;
        }

        impl digest::common::BlockSizeUser for $name {
            type BlockSize = $block;
        }

        impl digest::FixedOutput for $name {
            fn finalize_into(self, out: &mut digest::Output<Self>) {
                let finalize: fn($inner, &mut [u8]) = $finalize;
                finalize(self.0, out);
            }
        }
    };
}
#[cfg(any(
    feature = "sha3",
    feature = "sha3_addons",
    feature = "blake2",
    feature = "blake3"
))]
pub(crate) use digest_adapter;
