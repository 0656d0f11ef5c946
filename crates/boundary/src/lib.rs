//! What every crate's `wasm.rs` boundary shares. Only the `wasm` feature of a crate uses this,
//! so the safe cores never depend on wasm-bindgen.
//!
//! [`common_exports!`] gives a crate the exports the TypeScript runtime relies on:
//! `heapLiveBytes`, `wasmMemory`, `debugPanic`, a start function that installs
//! [`install_panic_hook`], and (on wasm32) the [`CountingAllocator`] as global allocator.

mod allocator;

pub use allocator::{CountingAllocator, live_bytes};

/// Prefix of the message a panic throws to JS; the TS runtime recognises panics by it.
pub const PANIC_PREFIX: &str = "rust panic: ";

/// Prefix of the message of an input the core rejected; the TS runtime turns these into `WasmError`.
pub const REJECT_PREFIX: &str = "rejected input: ";

/// Maps a core error to the `JsError` a boundary function returns for bad input.
///
/// The prefix lets the TS runtime tell these apart from errors of the generated glue itself.
pub fn reject(error: impl std::fmt::Display) -> wasm_bindgen::JsError {
    wasm_bindgen::JsError::new(&format!("{REJECT_PREFIX}{error}"))
}

/// How much of the shadow stack [`wipe_stack`] overwrites: well above what our calls into the
/// RustCrypto crates use.
pub const STACK_WIPE_BYTES: usize = 16 * 1024;

/// Overwrites the stretch of the wasm shadow stack that a call just used.
///
/// The stack lives in linear memory, where JS can read it. Crates we call keep temporaries there
/// (for example the buffer of the hasher that HMAC uses to shorten a long key), and they outlive
/// the call unless something overwrites them. Call this right after work on secrets, from the
/// same frame, so that its scratch array covers the frames that work used.
#[inline(never)]
pub fn wipe_stack() {
    let mut scratch = [0u8; STACK_WIPE_BYTES];
    zeroize::Zeroize::zeroize(&mut scratch[..]); // volatile writes: not optimised away
    core::hint::black_box(&scratch);
}

/// Makes a panic throw a JS `Error` carrying the panic message (prefixed by [`PANIC_PREFIX`]).
///
/// With `panic = "abort"` a panic is otherwise an opaque `RuntimeError: unreachable`. The throw
/// unwinds through the wasm frames like the trap would, leaving the instance just as unusable, so
/// the TS runtime re-instantiates the module either way; this only keeps the message.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        wasm_bindgen::throw_str(&format!("{PANIC_PREFIX}{info}"));
    }));
}

/// Defines the exports every crate's wasm boundary shares. Call once, in `wasm.rs`.
#[macro_export]
macro_rules! common_exports {
    () => {
        #[cfg(target_arch = "wasm32")]
        #[global_allocator]
        static ALLOCATOR: $crate::CountingAllocator = $crate::CountingAllocator;

        /// Installs the panic hook when the module is instantiated.
        #[wasm_bindgen::prelude::wasm_bindgen(start)]
        pub fn start() {
            $crate::install_panic_hook();
        }

        /// Live heap bytes, so JS tests can check that calls do not leak.
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = heapLiveBytes)]
        pub fn heap_live_bytes() -> usize {
            $crate::live_bytes()
        }

        /// The module's linear memory (the nodejs target does not export it otherwise).
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = wasmMemory)]
        pub fn wasm_memory() -> wasm_bindgen::JsValue {
            wasm_bindgen::memory()
        }

        /// Panics with `message`. Only for tests of the recovery after a panic.
        #[wasm_bindgen::prelude::wasm_bindgen(js_name = debugPanic)]
        pub fn debug_panic(message: &str) {
            panic!("{message}");
        }
    };
}
