//! The password hashes' allocator: a bump allocator over linear memory, grown on demand.
//!
//! A module instance runs one derivation (see `kdf`), which allocates a few large buffers up
//! front (Argon2's blocks, scrypt's `V`) and frees them at its end: reusing freed memory would buy
//! nothing, so `dealloc` does nothing, and the JS side drops the instance (and its memory) after
//! the derivation.
use core::alloc::{GlobalAlloc, Layout};
use core::arch::wasm32;

use crate::exports::Static;

const PAGE: usize = 64 * 1024;

/// Where the next allocation may start: 0 until the first, which starts at the end of the memory
/// the module was instantiated with (above its stack and statics).
static NEXT: Static<usize> = Static::new(0);

/// The memory's size in bytes (`usize::MAX` for the whole 4 GiB, whose size does not fit).
fn memory_bytes() -> usize {
    wasm32::memory_size(0).saturating_mul(PAGE)
}

/// Where the next allocation may start.
fn next() -> usize {
    // SAFETY: see `Static`: no reference to NEXT is live (this copies it out).
    match unsafe { *NEXT.get() } {
        0 => memory_bytes(),
        next => next,
    }
}

/// Grows memory to hold `end` bytes; false if the engine refuses.
fn cover(end: usize) -> bool {
    let have = memory_bytes();
    end <= have || wasm32::memory_grow(0, (end - have).div_ceil(PAGE)) != usize::MAX
}

/// Whether `bytes` more can be allocated, in buffers of at most `largest` bytes each (growing
/// memory now, so that a derivation that asks for too much fails with an error code before it
/// starts instead of trapping halfway: no one buffer may exceed `isize::MAX` bytes).
#[cfg(any(feature = "argon2", feature = "scrypt"))]
pub fn reserve(bytes: usize, largest: usize) -> bool {
    if isize::try_from(largest).is_err() {
        return false;
    }
    // Slack for the alignment of the few allocations a derivation makes.
    next()
        .checked_add(bytes)
        .and_then(|end| end.checked_add(256))
        .is_some_and(cover)
}

/// The global allocator of the password hashes' modules.
pub struct Bump;

// SAFETY: `alloc` returns null or a block of `layout.size()` bytes aligned to `layout.align()`
// that no other allocation overlaps: blocks are handed out at increasing addresses and never
// taken back.
unsafe impl GlobalAlloc for Bump {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(at) = next().checked_next_multiple_of(layout.align()) else {
            return core::ptr::null_mut();
        };
        match at.checked_add(layout.size()) {
            Some(end) if cover(end) => {
                // SAFETY: see `Static`: no reference to NEXT is live.
                unsafe { *NEXT.get() = end };
                at as *mut u8
            }
            _ => core::ptr::null_mut(),
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // Memory above the last allocation was never handed out, so it is still zero as the
        // engine created it. (Argon2 asks for its blocks zeroed: this saves a pass over them.)
        // SAFETY: forwarded with the caller's guarantees.
        unsafe { self.alloc(layout) }
    }

    unsafe fn dealloc(&self, _: *mut u8, _: Layout) {}
}
