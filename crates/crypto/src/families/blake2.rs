//! BLAKE2b and BLAKE2s (RFC 7693) with key, salt, personalization and any output length, from
//! the `blake2b_simd` and `blake2s_simd` crates (by a BLAKE3 author), whose `Params` builder
//! covers every option of the spec.

use digest::consts::{U32, U64, U128};

use crate::algorithm::Spec;
use crate::keyed::{digest_adapter, simple};
use crate::params::{ParamError, Params};
use crate::stream::{Absorb, Session, Stream};

/// BLAKE2b (id 40) and BLAKE2s (id 41).
pub static SPECS: [Spec; 2] = [
    Spec {
        id: 40,
        name: "blake2b",
        output_len: 64,
        block_len: 128,
        len_range: (1, 64),
        options: &["key", "salt", "personalization"],
        construct: blake2b,
        keyed: Some(simple::<Blake2b512>()),
        one_shot: Some(|data, out| out.copy_from_slice(blake2b_simd::blake2b(data).as_bytes())),
    },
    Spec {
        id: 41,
        name: "blake2s",
        output_len: 32,
        block_len: 64,
        len_range: (1, 32),
        options: &["key", "salt", "personalization"],
        construct: blake2s,
        keyed: Some(simple::<Blake2s256>()),
        one_shot: Some(|data, out| out.copy_from_slice(blake2s_simd::blake2s(data).as_bytes())),
    },
];

/// Fails unless the key, salt and personalization fit the variant (the key up to the output
/// size limit, salt and personalization up to a quarter block; shorter ones are zero-padded).
fn check(params: &Params, key_max: usize, field_max: usize) -> Result<(), ParamError> {
    let checks = [
        ("key", params.key().len(), key_max),
        ("salt", params.salt.len(), field_max),
        ("personalization", params.personalization.len(), field_max),
    ];
    for (name, len, max) in checks {
        if len > max {
            return Err(ParamError::Length { name, min: 0, max });
        }
    }
    Ok(())
}

fn blake2b(params: &Params) -> Result<Box<dyn Stream>, ParamError> {
    check(params, blake2b_simd::KEYBYTES, blake2b_simd::SALTBYTES)?;
    let state = blake2b_simd::Params::new()
        .hash_length(params.out_len)
        .key(params.key())
        .salt(&params.salt)
        .personal(&params.personalization)
        .to_state();
    Ok(Session::boxed(B2b(state)))
}

fn blake2s(params: &Params) -> Result<Box<dyn Stream>, ParamError> {
    check(params, blake2s_simd::KEYBYTES, blake2s_simd::SALTBYTES)?;
    let state = blake2s_simd::Params::new()
        .hash_length(params.out_len)
        .key(params.key())
        .salt(&params.salt)
        .personal(&params.personalization)
        .to_state();
    Ok(Session::boxed(B2s(state)))
}

#[derive(Clone)]
struct B2b(blake2b_simd::State);

impl Absorb for B2b {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(self.0.finalize().as_bytes());
    }
}

#[derive(Clone)]
struct B2s(blake2s_simd::State);

impl Absorb for B2s {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(self.0.finalize().as_bytes());
    }
}

digest_adapter! {
    /// Unkeyed BLAKE2b-512, with the `digest` traits: HMAC, HKDF and PBKDF2 over BLAKE2b as
    /// `@noble/hashes` computes them.
    Blake2b512(blake2b_simd::State) = blake2b_simd::State::new(), U64, U128,
        |state, out| out.copy_from_slice(state.finalize().as_bytes());
}

digest_adapter! {
    /// Unkeyed BLAKE2s-256, with the `digest` traits (see [`Blake2b512`]).
    Blake2s256(blake2s_simd::State) = blake2s_simd::State::new(), U32, U64,
        |state, out| out.copy_from_slice(state.finalize().as_bytes());
}
