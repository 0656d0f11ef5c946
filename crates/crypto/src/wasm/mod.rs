//! `wasm-bindgen` boundary: looks up the algorithm id, maps errors to `JsError`, and wipes the
//! stack after work on secrets. Secrets arrive by value (`Vec<u8>`, moved into wasm memory by
//! the glue) so they can be wiped; the allocator (`wipe-on-free`) zeroes every block it frees,
//! including the outputs the glue copies out and frees. Each family build exports only its own
//! functions.

#[cfg(feature = "hashes")]
mod hashing;
#[cfg(feature = "passwords")]
mod password;
#[cfg(feature = "hashes")]
mod scratch;

wasm_boundary::common_exports!();

/// Moves a secret output out of its `Zeroizing` wrapper for the glue, which copies it to JS and
/// frees it (the allocator wipes it then).
#[cfg(any(feature = "keyed-hashes", feature = "passwords"))]
fn reveal(mut secret: zeroize::Zeroizing<Vec<u8>>) -> Vec<u8> {
    core::mem::take(&mut *secret)
}
