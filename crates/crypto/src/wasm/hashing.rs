//! The exports of the hash families: one-shot, with options, batched, streaming, HMAC, and (for
//! the families whose hashes have them, all but the checksums) HKDF and PBKDF2.

use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

#[cfg(feature = "keyed-hashes")]
use super::reveal;
use super::with_secret;
use crate::{Params, Spec};

fn spec(id: u32) -> Result<&'static Spec, JsError> {
    Spec::find(id).map_err(wasm_boundary::reject)
}

fn params(
    out_len: usize,
    key: Option<Vec<u8>>,
    salt: Vec<u8>,
    personalization: Vec<u8>,
    number: Option<u32>,
) -> Params {
    Params {
        out_len,
        key: key.map(Zeroizing::new),
        salt,
        personalization,
        number,
    }
}

/// Runs `work` with `params`, then wipes the stretch of stack it used if they hold a key (called
/// from this frame, the wipe covers the frames below it).
fn keyed_work<T, E: core::fmt::Display>(
    params: &Params,
    work: impl FnOnce(&Params) -> Result<T, E>,
) -> Result<T, JsError> {
    let result = work(params).map_err(wasm_boundary::reject);
    if params.key.is_some() {
        wasm_boundary::wipe_stack();
    }
    result
}

/// The hash of `data` under algorithm `id` with its default parameters.
#[wasm_bindgen]
pub fn digest(id: u32, data: &[u8]) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    crate::hash(spec, &Params::with_len(spec.output_len), data).map_err(wasm_boundary::reject)
}

/// The hash of `data` under algorithm `id` with options (output length, key, salt,
/// personalization, a numeric option).
#[wasm_bindgen(js_name = digestWith)]
pub fn digest_with(
    id: u32,
    out_len: usize,
    key: Option<Vec<u8>>,
    salt: Vec<u8>,
    personalization: Vec<u8>,
    number: Option<u32>,
    data: &[u8],
) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    let params = params(out_len, key, salt, personalization, number);
    keyed_work(&params, |params| crate::hash(spec, params, data))
}

/// Hashes messages `data[offsets[i]..offsets[i + 1]]` with the default parameters, returning the
/// digests concatenated; one call instead of one per message.
#[wasm_bindgen(js_name = digestBatch)]
pub fn digest_batch(id: u32, data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    crate::digest_batch(spec, &Params::with_len(spec.output_len), data, offsets)
        .map_err(wasm_boundary::reject)
}

/// [`digest_batch`] with options (output length, key, salt, personalization, a numeric option),
/// the same for every message.
#[wasm_bindgen(js_name = digestBatchWith)]
#[allow(clippy::too_many_arguments)] // the options of `digestWith`, then the batch
pub fn digest_batch_with(
    id: u32,
    out_len: usize,
    key: Option<Vec<u8>>,
    salt: Vec<u8>,
    personalization: Vec<u8>,
    number: Option<u32>,
    data: &[u8],
    offsets: &[u32],
) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    let params = params(out_len, key, salt, personalization, number);
    keyed_work(&params, |params| {
        crate::digest_batch(spec, params, data, offsets)
    })
}

/// Incremental hash (or HMAC) for data that arrives in pieces.
#[wasm_bindgen]
pub struct Hasher(crate::Hasher);

#[wasm_bindgen]
impl Hasher {
    /// Starts an empty message for algorithm `id` with these options.
    #[wasm_bindgen(constructor)]
    pub fn new(
        id: u32,
        out_len: usize,
        key: Option<Vec<u8>>,
        salt: Vec<u8>,
        personalization: Vec<u8>,
        number: Option<u32>,
    ) -> Result<Hasher, JsError> {
        let params = params(out_len, key, salt, personalization, number);
        let hasher = crate::Hasher::new(spec(id)?, &params).map_err(wasm_boundary::reject);
        wasm_boundary::wipe_stack();
        Ok(Self(hasher?))
    }

    /// Starts an HMAC of algorithm `id` keyed with `key`, which is wiped once absorbed.
    pub fn hmac(id: u32, key: Vec<u8>) -> Result<Hasher, JsError> {
        let spec = spec(id)?;
        with_secret(key, |key| crate::Hasher::hmac(spec, key)).map(Self)
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// Returns the hash of everything so far and starts a new message with the same options.
    pub fn digest(&mut self) -> Vec<u8> {
        let out = self.0.finalize_reset();
        wasm_boundary::wipe_stack(); // keyed states passed through the stack
        out
    }

    /// The next `len` bytes of the extendable output (the message ends at the first call).
    pub fn xof(&mut self, len: usize) -> Result<Vec<u8>, JsError> {
        if len > crate::MAX_OUTPUT_LEN {
            return Err(wasm_boundary::reject("xof() reads at most 16 MiB per call"));
        }
        self.0
            .xof(len)
            .ok_or_else(|| wasm_boundary::reject("this hash is not an extendable-output function"))
    }

    /// Discards the message so far, keeping the options.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// The state of the message so far, to continue it later with `load` (hash-wasm's `save()`).
    pub fn save(&self) -> Result<Vec<u8>, JsError> {
        self.0.save().map_err(wasm_boundary::reject)
    }

    /// Continues from a state `save` returned for the same algorithm, in place of the message
    /// so far (kept if `state` is refused).
    pub fn load(&mut self, state: &[u8]) -> Result<(), JsError> {
        self.0.load(state).map_err(wasm_boundary::reject)
    }

    /// Returns an independent copy of the current state.
    #[wasm_bindgen(js_name = cloneState)]
    pub fn clone_state(&self) -> Hasher {
        Self(self.0.clone())
    }
}

/// The HMAC tags of messages `data[offsets[i]..offsets[i + 1]]` under one `key` with hash `id`,
/// concatenated; the key is wiped once absorbed.
#[wasm_bindgen(js_name = hmacBatch)]
pub fn hmac_batch(id: u32, key: Vec<u8>, data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(key, |key| crate::hmac_batch(spec, key, data, offsets))
}

/// The HMAC tag of `data` under `key` with hash `id`.
#[wasm_bindgen]
pub fn hmac(id: u32, key: Vec<u8>, data: &[u8]) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(key, |key| crate::hmac(spec, key, data))
}

/// HKDF (RFC 5869) with hash `id`: `len` bytes from `ikm`, `salt` and `info`.
#[cfg(feature = "keyed-hashes")]
#[wasm_bindgen]
pub fn hkdf(
    id: u32,
    ikm: Vec<u8>,
    salt: &[u8],
    info: &[u8],
    len: usize,
) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(ikm, |ikm| crate::hkdf(spec, ikm, salt, info, len)).map(reveal)
}

/// HKDF-Extract with hash `id`: the pseudorandom key from `ikm` and `salt`.
#[cfg(feature = "keyed-hashes")]
#[wasm_bindgen(js_name = hkdfExtract)]
pub fn hkdf_extract(id: u32, ikm: Vec<u8>, salt: &[u8]) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(ikm, |ikm| crate::hkdf_extract(spec, ikm, salt)).map(reveal)
}

/// HKDF-Expand with hash `id`: `len` bytes from the pseudorandom key `prk` and `info`.
#[cfg(feature = "keyed-hashes")]
#[wasm_bindgen(js_name = hkdfExpand)]
pub fn hkdf_expand(id: u32, prk: Vec<u8>, info: &[u8], len: usize) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(prk, |prk| crate::hkdf_expand(spec, prk, info, len)).map(reveal)
}

/// PBKDF2-HMAC (RFC 8018) with hash `id`.
#[cfg(feature = "keyed-hashes")]
#[wasm_bindgen]
pub fn pbkdf2(
    id: u32,
    password: Vec<u8>,
    salt: &[u8],
    rounds: u32,
    len: usize,
) -> Result<Vec<u8>, JsError> {
    let spec = spec(id)?;
    with_secret(password, |password| {
        crate::pbkdf2(spec, password, salt, rounds, len)
    })
    .map(reveal)
}
