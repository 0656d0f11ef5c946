//! Size-first hash modules for WebAssembly: the `@org/wasm-crypto/lite/*` entries.
//!
//! Each feature is one module (`sha256`, `sha3`, `blake3`, …) that `scripts/build-wasm.mjs`
//! builds on its own into a wasm file of a few kilobytes: no wasm-bindgen, no allocator, no
//! panic messages. The hashes come from their crates ([`LiteHash`] only adapts them); the
//! exports in [`exports`] are the whole boundary, and the JS side is `packages/crypto/src/lite/`.
//!
//! One hash state lives in the module at a time. The JS side switches between its hashers by
//! copying that state out and back in (see [`exports`] for why that is sound).
#![cfg_attr(target_arch = "wasm32", no_std)]

pub mod exports;
#[cfg(all(feature = "kdf", target_arch = "wasm32"))]
mod heap;
#[cfg(feature = "kdf")]
pub mod kdf;

#[cfg(feature = "argon2")]
pub mod argon2;
#[cfg(feature = "bcrypt")]
pub mod bcrypt;
#[cfg(feature = "scrypt")]
pub mod scrypt;

#[cfg(feature = "blake3")]
pub mod blake3;
#[cfg(feature = "crc32")]
pub mod crc32;
#[cfg(any(
    feature = "md5",
    feature = "sha1",
    feature = "sha256",
    feature = "sha512"
))]
pub mod md;
#[cfg(any(
    feature = "xxhash32",
    feature = "xxhash64",
    feature = "xxhash3",
    feature = "xxhash128"
))]
mod seeded;
#[cfg(feature = "sha3")]
pub mod sha3;
#[cfg(any(
    feature = "xxhash32",
    feature = "xxhash64",
    feature = "xxhash3",
    feature = "xxhash128"
))]
pub mod xxhash;

/// A hash state of one module: which algorithm of the module it runs, its input so far, and,
/// once finished, what remains of its output.
pub trait LiteHash: Sized {
    /// Whether a state may hold a secret (a key): `<module>_wipe` then also overwrites the stack.
    const KEYED: bool = false;

    /// Starts `variant` (the module's numbering) with its parameter (a key, context or seed;
    /// empty for most), or `None` if the module has no such variant or the parameter is wrong.
    fn start(variant: u32, param: &[u8]) -> Option<Self>;

    /// Absorbs `data`; ignored once the state is finished.
    fn update(&mut self, data: &[u8]);

    /// Writes output into `out` and returns how many bytes it wrote, or `None` if there is no
    /// more. A fixed-length hash writes its whole digest once (`out` must hold it) and is then
    /// spent; an extendable-output function writes `out.len()` bytes per call, continuing its
    /// output stream.
    fn finish(&mut self, out: &mut [u8]) -> Option<usize>;
}

/// Stops the module on a panic, without formatting a message (which would pull `core::fmt` into
/// every module). The exports never index out of bounds, so this is never reached on user data.
#[cfg(target_arch = "wasm32")]
#[panic_handler]
fn panic(_: &core::panic::PanicInfo) -> ! {
    core::arch::wasm32::unreachable()
}
