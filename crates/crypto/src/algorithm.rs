//! The table of hash algorithms, by a stable numeric id that crosses the wasm boundary.
//!
//! Each family (`families/*.rs`, one cargo feature each) lists its algorithms; a build answers
//! only the ids of the families it was built with. The ids are global and mirrored by the
//! TypeScript package: append new ones, never renumber.

use digest::common::{BlockSizeUser, hazmat::SerializableState};
use digest::{FixedOutput, Update, typenum::Unsigned};

use crate::families;
use crate::keyed::Keyed;
use crate::params::{ParamError, Params};
use crate::stream::{Fixed, Saveable, Session, Stream};

/// Hashes `data` with default parameters into `out` (exactly the output length).
pub type OneShot = fn(data: &[u8], out: &mut [u8]);

/// One hash algorithm: how to start it, and the keyed constructions it supports.
pub struct Spec {
    /// Its id in the JS API.
    pub id: u32,
    /// Its name, for messages and tests.
    pub name: &'static str,
    /// The output length in bytes it has by default (the only one for fixed-output hashes).
    pub output_len: usize,
    /// Its internal block size in bytes (the HMAC block size).
    pub block_len: usize,
    /// The output lengths it produces.
    pub len_range: (usize, usize),
    /// The options of [`Params`] it reads; it rejects the others.
    pub options: &'static [&'static str],
    /// Starts a stream with checked parameters (a construction may still reject some values).
    pub construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
    /// HMAC, HKDF and PBKDF2 over this hash (at its default output length, for the XOFs that
    /// `@noble/hashes` also takes).
    pub keyed: Option<Keyed>,
    /// Hashes with the default parameters straight into `out`, without a boxed stream: the fast
    /// path for one-shot calls and batches of small messages.
    pub one_shot: Option<OneShot>,
}

impl Spec {
    /// The algorithm with this id, if this build has it.
    pub fn find(id: u32) -> Result<&'static Spec, ParamError> {
        families::all()
            .find(|spec| spec.id == id)
            .ok_or(ParamError::UnknownAlgorithm(id))
    }

    /// Starts a stream with these parameters, or says why they are wrong.
    pub fn start(&self, params: &Params) -> Result<Box<dyn Stream>, ParamError> {
        params.allow(self.options)?;
        params.check_len(self.len_range.0, self.len_range.1)?;
        (self.construct)(params)
    }

    /// A stream with the default parameters.
    pub fn start_default(&self) -> Box<dyn Stream> {
        self.start(&Params::with_len(self.output_len))
            .unwrap_or_else(|_| unreachable!("every algorithm accepts its default parameters"))
    }
}

/// A fixed-output hash from its RustCrypto type; `keyed` gives it HMAC, HKDF and PBKDF2.
pub const fn fixed<D>(id: u32, name: &'static str, keyed: Option<Keyed>) -> Spec
where
    D: Update + FixedOutput + BlockSizeUser + Default + Clone + 'static,
{
    Spec {
        id,
        name,
        output_len: D::OutputSize::USIZE,
        block_len: D::BlockSize::USIZE,
        len_range: (D::OutputSize::USIZE, D::OutputSize::USIZE),
        options: &[],
        construct: |_| Ok(Session::boxed(Fixed(D::default()))),
        keyed,
        one_shot: Some(|data, out| {
            let mut hasher = D::default();
            hasher.update(data);
            out.copy_from_slice(&hasher.finalize_fixed());
        }),
    }
}

/// Like [`fixed`], for a hash whose crate exports its state: its hashers can be saved and loaded.
pub const fn saveable<D>(id: u32, name: &'static str, keyed: Option<Keyed>) -> Spec
where
    D: Update + FixedOutput + BlockSizeUser + SerializableState + Default + Clone + 'static,
{
    let mut spec = fixed::<D>(id, name, keyed);
    spec.construct = |_| Ok(Session::boxed(Saveable(Fixed(D::default()))));
    spec
}

/// A checksum: one output length, no block, no keyed constructions, and a one-shot path.
pub const fn checksum(
    id: u32,
    name: &'static str,
    len: usize,
    options: &'static [&'static str],
    construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
    one_shot: OneShot,
) -> Spec {
    Spec {
        id,
        name,
        output_len: len,
        block_len: 1,
        len_range: (len, len),
        options,
        construct,
        keyed: None,
        one_shot: Some(one_shot),
    }
}

/// The hash of `data` with these parameters.
pub fn hash(spec: &Spec, params: &Params, data: &[u8]) -> Result<Vec<u8>, ParamError> {
    if let Some(one_shot) = spec.one_shot.filter(|_| params.is_default_for(spec)) {
        let mut out = vec![0; spec.output_len];
        one_shot(data, &mut out);
        return Ok(out);
    }
    let mut stream = spec.start(params)?;
    stream.update(data);
    let mut out = vec![0; params.out_len];
    stream.finalize_reset_into(&mut out);
    Ok(out)
}
