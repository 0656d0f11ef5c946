//! `wasm-bindgen` boundary: looks up the algorithm id, maps errors to `JsError`, and wipes the
//! stack after work on secrets. Secrets arrive by value (`Vec<u8>`, moved into wasm memory by
//! the glue) so they can be wiped; the allocator (`wipe-on-free`) zeroes every block it frees,
//! including the outputs the glue copies out and frees. Each family build exports only its own
//! functions.

#[cfg(feature = "hashes")]
mod hashing;
#[cfg(feature = "passwords")]
mod password;
#[cfg(feature = "sha3")]
mod permutation;
#[cfg(feature = "hashes")]
mod scratch;

use wasm_bindgen::JsError;

wasm_boundary::common_exports!();

/// Moves a secret output out of its `Zeroizing` wrapper for the glue, which copies it to JS and
/// frees it (the allocator wipes it then).
#[cfg(any(feature = "keyed-hashes", feature = "passwords"))]
fn reveal(mut secret: zeroize::Zeroizing<Vec<u8>>) -> Vec<u8> {
    core::mem::take(&mut *secret)
}

/// Runs `work` on a secret that crossed by value, then wipes it and the stretch of stack the work
/// used (called from this frame, the scratch array covers the frames below it). Rejections of
/// the core become `JsError`s.
#[cfg(any(feature = "hashes", feature = "passwords"))]
fn with_secret<T, E: core::fmt::Display>(
    secret: Vec<u8>,
    work: impl FnOnce(&[u8]) -> Result<T, E>,
) -> Result<T, JsError> {
    let secret = zeroize::Zeroizing::new(secret);
    let result = work(&secret).map_err(wasm_boundary::reject);
    wasm_boundary::wipe_stack();
    result
}
