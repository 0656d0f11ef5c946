//! `wasm-bindgen` boundary: validates the algorithm id and offsets, maps errors to `JsError`.

use wasm_bindgen::prelude::*;

use zeroize::Zeroizing;

use crate::Algorithm;

wasm_boundary::common_exports!();

fn algorithm(id: u32) -> Result<Algorithm, JsError> {
    Algorithm::from_id(id)
        .ok_or_else(|| wasm_boundary::reject(format!("unknown hash algorithm id {id}")))
}

/// The digest of `data` under algorithm `id`.
#[wasm_bindgen]
pub fn digest(id: u32, data: &[u8]) -> Result<Vec<u8>, JsError> {
    Ok(crate::digest(algorithm(id)?, data))
}

/// Hashes messages `data[offsets[i]..offsets[i + 1]]`, returning the digests concatenated;
/// one call instead of one per message.
#[wasm_bindgen(js_name = digestBatch)]
pub fn digest_batch(id: u32, data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, JsError> {
    crate::digest_batch(algorithm(id)?, data, offsets).map_err(wasm_boundary::reject)
}

/// Incremental hasher for data that arrives in pieces.
#[wasm_bindgen]
pub struct Hasher(crate::Hasher);

#[wasm_bindgen]
impl Hasher {
    /// Starts an empty message for algorithm `id`.
    #[wasm_bindgen(constructor)]
    pub fn new(id: u32) -> Result<Hasher, JsError> {
        Ok(Self(crate::Hasher::new(algorithm(id)?)))
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// Returns the digest of everything hashed so far and resets the hasher.
    pub fn digest(&mut self) -> Vec<u8> {
        self.0.finalize_reset()
    }

    /// Discards the input so far.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// Returns an independent copy of the current state (e.g. a shared prefix).
    #[wasm_bindgen(js_name = cloneState)]
    pub fn clone_state(&self) -> Hasher {
        Self(self.0.clone())
    }
}

/// The HMAC tag of `data` under `key`. The key arrives by value (wasm-bindgen moves it into wasm
/// memory for us), so it can be wiped before its memory is freed.
#[wasm_bindgen]
pub fn hmac(id: u32, key: Vec<u8>, data: &[u8]) -> Result<Vec<u8>, JsError> {
    let key = Zeroizing::new(key);
    let tag = crate::hmac(algorithm(id)?, &key, data);
    wasm_boundary::wipe_stack();
    Ok(tag)
}

/// Incremental HMAC; its key-derived state is wiped when it is freed.
#[wasm_bindgen]
pub struct HmacHasher(crate::HmacState);

#[wasm_bindgen]
impl HmacHasher {
    /// Starts an HMAC of algorithm `id` keyed with `key`, which is wiped once absorbed.
    #[wasm_bindgen(constructor)]
    pub fn new(id: u32, key: Vec<u8>) -> Result<HmacHasher, JsError> {
        let key = Zeroizing::new(key);
        let state = crate::HmacState::new(algorithm(id)?, &key);
        wasm_boundary::wipe_stack();
        Ok(Self(state))
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// Returns the tag of everything so far and starts a new message with the same key.
    pub fn digest(&mut self) -> Vec<u8> {
        let tag = self.0.finalize_reset();
        wasm_boundary::wipe_stack(); // the key-derived pads passed through the stack
        tag
    }

    /// Discards the message so far, keeping the key.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// Returns an independent copy of the current state.
    #[wasm_bindgen(js_name = cloneState)]
    pub fn clone_state(&self) -> HmacHasher {
        Self(self.0.clone())
    }
}
