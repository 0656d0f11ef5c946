//! BLAKE3 — plain, keyed and derive-key modes, any output length — from the official `blake3`
//! crate (with its SIMD128 kernels in the family's SIMD build).

use digest::consts::{U32, U64};

use crate::algorithm::Spec;
use crate::keyed::{digest_adapter, simple};
use crate::params::{MAX_OUTPUT_LEN, ParamError, Params};
use crate::stream::{Absorb, Reader, Session, Stream};

/// `number` value selecting the derive-key mode (the context is in `personalization`).
pub const DERIVE_KEY: u32 = 1;

/// BLAKE3 (id 50).
pub static SPECS: [Spec; 1] = [Spec {
    id: 50,
    name: "blake3",
    output_len: 32,
    block_len: 64,
    len_range: (0, MAX_OUTPUT_LEN),
    options: &["key", "personalization", "number"],
    construct: blake3,
    keyed: Some(simple::<Blake3Digest>()),
    one_shot: Some(|data, out| out.copy_from_slice(blake3::hash(data).as_bytes())),
}];

fn blake3(params: &Params) -> Result<Box<dyn Stream>, ParamError> {
    let hasher = match (params.number, &params.key) {
        (Some(DERIVE_KEY), None) => {
            let context = core::str::from_utf8(&params.personalization)
                .map_err(|_| ParamError::Invalid("the context must be UTF-8 text"))?;
            blake3::Hasher::new_derive_key(context)
        }
        (None, Some(key)) => {
            let key: &[u8; blake3::KEY_LEN] =
                key.as_slice().try_into().map_err(|_| ParamError::Length {
                    name: "key",
                    min: blake3::KEY_LEN,
                    max: blake3::KEY_LEN,
                })?;
            blake3::Hasher::new_keyed(key)
        }
        (None, None) if params.personalization.is_empty() => blake3::Hasher::new(),
        (Some(DERIVE_KEY), Some(_)) => {
            return Err(ParamError::Invalid(
                "give either a key or a context, not both",
            ));
        }
        _ => return Err(ParamError::Invalid("no such BLAKE3 mode")),
    };
    Ok(Session::boxed(B3(hasher)))
}

#[derive(Clone)]
struct B3(blake3::Hasher);

impl Absorb for B3 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.finalize_xof().fill(out);
    }

    fn reader(self) -> Option<Box<dyn Reader>> {
        Some(Box::new(B3Reader(self.0.finalize_xof())))
    }
}

/// BLAKE3's output reader as a [`Reader`].
struct B3Reader(blake3::OutputReader);

impl Reader for B3Reader {
    fn read(&mut self, out: &mut [u8]) {
        self.0.fill(out);
    }

    fn box_clone(&self) -> Box<dyn Reader> {
        Box::new(B3Reader(self.0.clone()))
    }
}

digest_adapter! {
    /// Plain BLAKE3 with its default 32-byte output and the `digest` traits: HMAC, HKDF and
    /// PBKDF2 over BLAKE3 as `@noble/hashes` computes them (block length 64).
    Blake3Digest(blake3::Hasher) = blake3::Hasher::new(), U32, U64,
        |hasher, out| out.copy_from_slice(hasher.finalize().as_bytes());
}
