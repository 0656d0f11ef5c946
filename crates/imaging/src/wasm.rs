//! `wasm-bindgen` boundary: validates via the core and maps errors to `JsError`.

use wasm_bindgen::prelude::*;

wasm_boundary::common_exports!();

/// Converts RGBA8 `pixels` to grayscale in place (BT.709 luma, alpha kept).
#[wasm_bindgen]
pub fn grayscale(pixels: &mut [u8], width: u32, height: u32) -> Result<(), JsError> {
    crate::grayscale(pixels, width, height).map_err(wasm_boundary::reject)
}

/// Returns a box-blurred copy of RGBA8 `pixels` with a `2 * radius + 1` window.
#[wasm_bindgen(js_name = boxBlur)]
pub fn box_blur(pixels: &[u8], width: u32, height: u32, radius: u32) -> Result<Vec<u8>, JsError> {
    crate::box_blur(pixels, width, height, radius).map_err(wasm_boundary::reject)
}
