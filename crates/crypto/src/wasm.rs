//! `wasm-bindgen` boundary: validates via the core and maps errors to `JsError`.

use wasm_bindgen::prelude::*;

use crate::Sha256Stream;

wasm_boundary::common_exports!();

/// Returns the 32-byte SHA-256 digest of `data`.
#[wasm_bindgen]
pub fn sha256(data: &[u8]) -> Vec<u8> {
    crate::sha256(data).to_vec()
}

/// Hashes messages `data[offsets[i]..offsets[i + 1]]`, returning the digests
/// concatenated; one call instead of one per message.
#[wasm_bindgen(js_name = sha256Batch)]
pub fn sha256_batch(data: &[u8], offsets: &[u32]) -> Result<Vec<u8>, JsError> {
    crate::sha256_batch(data, offsets).map_err(wasm_boundary::reject)
}

/// Incremental SHA-256 hasher for data that arrives in pieces.
#[wasm_bindgen]
#[derive(Default)]
pub struct Sha256Hasher(Sha256Stream);

#[wasm_bindgen]
impl Sha256Hasher {
    /// Creates a hasher with empty input.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `data` to the message.
    pub fn update(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    /// Returns the digest of everything hashed so far and resets the hasher.
    pub fn digest(&mut self) -> Vec<u8> {
        self.0.finalize_reset().to_vec()
    }

    /// Discards the input so far.
    pub fn reset(&mut self) {
        self.0.reset();
    }

    /// Returns an independent copy of the current state (e.g. a shared prefix).
    #[wasm_bindgen(js_name = cloneState)]
    pub fn clone_state(&self) -> Sha256Hasher {
        Self(self.0.clone())
    }
}
