//! What the SHA-3 family and its add-ons (two wasm modules) share: the shape of an
//! extendable-output entry, and SHAKE and cSHAKE from `tiny-keccak` as streams.

use digest::consts::{U16, U32, U136, U168};
use tiny_keccak::{Hasher as _, Shake};

use crate::algorithm::Spec;
use crate::keyed::{Keyed, digest_adapter};
use crate::params::{MAX_OUTPUT_LEN, ParamError, Params};
use crate::stream::{Absorb, Reader, Stream};

/// An extendable-output function: any output length up to [`MAX_OUTPUT_LEN`] (0 included, as
/// `@noble/hashes` allows for SHAKE and cSHAKE; the TypeScript layer applies each function's
/// minimum). `options` are the ones it reads; `keyed`, HMAC and the KDFs over it.
pub(super) const fn xof(
    id: u32,
    name: &'static str,
    output_len: usize,
    block_len: usize,
    options: &'static [&'static str],
    keyed: Option<Keyed>,
    construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
) -> Spec {
    Spec {
        id,
        name,
        output_len,
        block_len,
        len_range: (0, MAX_OUTPUT_LEN),
        options,
        construct,
        keyed,
        one_shot: None,
    }
}

/// SHAKE and cSHAKE from `tiny-keccak`: extendable output, also readable piece by piece.
#[derive(Clone)]
pub(super) struct TkShake<H>(pub(super) H);

impl<H: tiny_keccak::Hasher + tiny_keccak::Xof + Clone + 'static> Absorb for TkShake<H> {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.finalize(out);
    }

    fn reader(self) -> Option<Box<dyn Reader>> {
        Some(Box::new(TkReader(self.0)))
    }
}

/// A `tiny-keccak` XOF (after its input) as a [`Reader`]: each squeeze continues the output.
pub(super) struct TkReader<X>(pub(super) X);

impl<X: tiny_keccak::Xof + Clone + 'static> Reader for TkReader<X> {
    fn read(&mut self, out: &mut [u8]) {
        self.0.squeeze(out);
    }

    fn box_clone(&self) -> Box<dyn Reader> {
        Box::new(TkReader(self.0.clone()))
    }
}

// SHAKE at its default output length, the HMAC output noble gives; also cSHAKE without N and S.
digest_adapter! {
    /// SHAKE128 from `tiny-keccak` with the `digest` traits, 16 bytes of output.
    Shake128(Shake) = Shake::v128(), U16, U168, |inner, out| inner.finalize(out);
}
digest_adapter! {
    /// SHAKE256 from `tiny-keccak` with the `digest` traits, 32 bytes of output.
    Shake256(Shake) = Shake::v256(), U32, U136, |inner, out| inner.finalize(out);
}
