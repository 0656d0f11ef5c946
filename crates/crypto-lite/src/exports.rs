//! The boundary every hash module shares: a buffer for input and output, one hash state, and the
//! functions of each module, named `<module>_start`, `_update`, `_finish`, `_state`, `_state_len`
//! and `_wipe`. ([`Static`] also serves the password hashes' modules.)
//!
//! The JS side copies a module's state out (to keep a hasher while another runs, or to clone one)
//! and back in. A copy holds a valid `Option<S>`: the states are plain data (arrays and
//! integers, or a `&'static` into the same instance's data), and the JS side only writes back
//! bytes it read from the same instance, never bytes from a user.
use core::cell::UnsafeCell;

/// Bytes of input the JS side passes per `_update` call, and the most output per `_finish` call.
pub const BUFFER_LEN: usize = 64 * 1024;

/// A static that the single-threaded module mutates through raw pointers.
pub struct Static<T>(UnsafeCell<T>);

// SAFETY: only on wasm32, which these modules are built for without threads (no atomics), and
// no export calls another or calls back into JS, so at most one export touches a `Static` at a
// time. Native builds (tests) have neither the exports nor this impl.
#[cfg(target_arch = "wasm32")]
unsafe impl<T> Sync for Static<T> {}

impl<T> Static<T> {
    /// Wraps the initial value.
    pub const fn new(value: T) -> Self {
        Self(UnsafeCell::new(value))
    }

    /// The contents' address.
    pub const fn get(&self) -> *mut T {
        self.0.get()
    }
}

/// Input and output of every export.
#[cfg(all(target_arch = "wasm32", feature = "hash"))]
pub static BUFFER: Static<[u8; BUFFER_LEN]> = Static::new([0; BUFFER_LEN]);

/// The address of [`BUFFER`], where the JS side writes input and reads output.
#[cfg(all(target_arch = "wasm32", feature = "hash"))]
#[unsafe(no_mangle)]
pub extern "C" fn lite_buffer() -> *mut u8 {
    BUFFER.get().cast()
}

/// The length of [`BUFFER`].
#[cfg(all(target_arch = "wasm32", feature = "hash"))]
#[unsafe(no_mangle)]
pub extern "C" fn lite_buffer_len() -> usize {
    BUFFER_LEN
}

/// Bytes of the wasm stack [`wipe_stack`] overwrites: well above what the exports use (BLAKE3's,
/// the deepest, moves 2 KiB states around).
pub const STACK_WIPE_BYTES: usize = 16 * 1024;

/// Overwrites the stretch of the stack the exports use, where copies of a state (a key among
/// them) outlive the call that made them. Called from an export, so its scratch array covers the
/// frames the other exports used.
#[cfg(feature = "hash")]
#[inline(never)]
pub fn wipe_stack() {
    let mut scratch = [0u64; STACK_WIPE_BYTES / 8];
    for word in &mut scratch {
        // SAFETY: `word` is a valid, aligned, exclusive reference; the volatile write keeps the
        // compiler from eliding the zeroing of a buffer nothing reads.
        unsafe { core::ptr::write_volatile(word, 0) };
    }
    core::hint::black_box(&scratch);
}

/// Defines a module's exports over its state type `$state`, which implements
/// [`LiteHash`](crate::LiteHash) (on wasm32 only: see `Static`).
#[cfg(feature = "hash")]
macro_rules! export {
    ($module:literal, $state:ty) => {
        #[cfg(target_arch = "wasm32")]
        mod exports {
            use super::*;
            $crate::exports::export_wasm!($module, $state);
        }
    };
}
#[cfg(feature = "hash")]
pub(crate) use export;

/// The body of [`export!`].
#[cfg(all(target_arch = "wasm32", feature = "hash"))]
macro_rules! export_wasm {
    ($module:literal, $state:ty) => {
        static STATE: $crate::exports::Static<Option<$state>> = $crate::exports::Static::new(None);

        /// Starts a hash: `variant` with the first `param_len` bytes of the buffer as its
        /// parameter, which is then wiped. Returns 0, or -1 for an unknown variant or a wrong
        /// parameter (the state is then empty).
        #[unsafe(export_name = concat!($module, "_start"))]
        pub extern "C" fn start(variant: u32, param_len: usize) -> i32 {
            let (state, buffer) = (STATE.get(), $crate::exports::BUFFER.get());
            // SAFETY: see `Static`: no other reference to either static is live.
            let (state, buffer) = unsafe { (&mut *state, &mut *buffer) };
            let param = &mut buffer[..param_len.min($crate::exports::BUFFER_LEN)];
            *state = <$state as $crate::LiteHash>::start(variant, param);
            param.fill(0);
            if state.is_some() { 0 } else { -1 }
        }

        /// Absorbs the first `len` bytes of the buffer. Returns 0, or -1 without a state.
        #[unsafe(export_name = concat!($module, "_update"))]
        pub extern "C" fn update(len: usize) -> i32 {
            // SAFETY: see `Static`: no other reference to either static is live.
            let (state, buffer) = unsafe { (&mut *STATE.get(), &*$crate::exports::BUFFER.get()) };
            match state {
                Some(state) => {
                    $crate::LiteHash::update(
                        state,
                        &buffer[..len.min($crate::exports::BUFFER_LEN)],
                    );
                    0
                }
                None => -1,
            }
        }

        /// Writes up to `len` bytes of output to the start of the buffer. Returns how many it
        /// wrote, or -1 without a state or once a fixed-length digest was taken.
        #[unsafe(export_name = concat!($module, "_finish"))]
        pub extern "C" fn finish(len: usize) -> i32 {
            let (state, buffer) = (STATE.get(), $crate::exports::BUFFER.get());
            // SAFETY: see `Static`: no other reference to either static is live.
            let (state, buffer) = unsafe { (&mut *state, &mut *buffer) };
            let out = &mut buffer[..len.min($crate::exports::BUFFER_LEN)];
            match state
                .as_mut()
                .and_then(|state| $crate::LiteHash::finish(state, out))
            {
                // At most BUFFER_LEN (64 KiB), so the cast is exact.
                Some(written) => written as i32,
                None => -1,
            }
        }

        /// The address of the state, for the JS side to copy.
        #[unsafe(export_name = concat!($module, "_state"))]
        pub extern "C" fn state() -> *mut u8 {
            STATE.get().cast()
        }

        /// The size of the state in bytes.
        #[unsafe(export_name = concat!($module, "_state_len"))]
        pub extern "C" fn state_len() -> usize {
            core::mem::size_of::<Option<$state>>()
        }

        /// Zeroes the state's bytes (a keyed hash's key among them), and for keyed modules the
        /// stack the exports used, and leaves the state empty.
        #[unsafe(export_name = concat!($module, "_wipe"))]
        pub extern "C" fn wipe() {
            let state = STATE.get();
            // SAFETY: see `Static`: no reference to the state is live. Zero bytes need not be a
            // valid `Option<S>`: `write` puts `None` over them without reading or dropping them.
            unsafe {
                state.write_bytes(0, 1);
                state.write(None);
            }
            if <$state as $crate::LiteHash>::KEYED {
                $crate::exports::wipe_stack();
            }
        }
    };
}
#[cfg(all(target_arch = "wasm32", feature = "hash"))]
pub(crate) use export_wasm;
