//! A global allocator that counts live heap bytes, so JS tests can prove calls do not leak.
//!
//! With the `wipe-on-free` feature it also zeroes every block it frees (and the old block of a
//! moving `realloc`). Linear memory is readable from JS, so a crate handling secrets gets one
//! guarantee for everything on its heap — keys, passwords, hash states, KDF outputs, Argon2's
//! memory and the buffers wasm-bindgen copies arguments into — instead of trusting every
//! dependency to zeroize its own.

use std::alloc::{GlobalAlloc, Layout};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The allocator underneath. On wasm it is `talc`, which is about 2 kB gzip smaller per module than
/// std's dlmalloc (and faster); elsewhere (the crates' native tests) the platform's.
#[cfg(target_family = "wasm")]
static INNER: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
#[cfg(not(target_family = "wasm"))]
static INNER: std::alloc::System = std::alloc::System;

/// Bytes currently allocated through [`CountingAllocator`].
static LIVE: AtomicUsize = AtomicUsize::new(0);

/// A [`GlobalAlloc`] that delegates to the platform's allocator (`talc` on wasm) and tracks live
/// bytes.
///
/// Counting is a single relaxed atomic add/sub per call, so the overhead is
/// negligible next to the allocation itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct CountingAllocator;

// SAFETY: every method forwards its arguments unchanged to `INNER`, which upholds the
// `GlobalAlloc` contract; the bookkeeping never touches memory, and wiping writes only to the
// block being freed (or, in `realloc`, moves it through `alloc`/`dealloc` of the same contract).
unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        let ptr = unsafe { INNER.alloc(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc_zeroed`'s contract.
        let ptr = unsafe { INNER.alloc_zeroed(layout) };
        if !ptr.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller guarantees `ptr` is a live block of `layout.size()` bytes.
        unsafe { wipe(ptr, layout.size()) };
        // SAFETY: the caller guarantees `ptr` came from this allocator (and so
        // from `INNER`) with this `layout`.
        unsafe { INNER.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if cfg!(feature = "wipe-on-free") {
            // `INNER.realloc` may move the block and free the old one unwiped: move it ourselves.
            // SAFETY: `new_size` is non-zero and, rounded up to the alignment, fits `isize` (the
            // caller's `realloc` contract), so this layout is valid.
            let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
            // SAFETY: as above; `alloc` counts the new block.
            let new_ptr = unsafe { self.alloc(new_layout) };
            if !new_ptr.is_null() {
                // SAFETY: both blocks are live, distinct, and at least this long.
                unsafe { std::ptr::copy_nonoverlapping(ptr, new_ptr, layout.size().min(new_size)) };
                // SAFETY: `ptr` is live with `layout` (the caller's contract); `dealloc` wipes it.
                unsafe { self.dealloc(ptr, layout) };
            }
            return new_ptr;
        }
        // SAFETY: the caller upholds `GlobalAlloc::realloc`'s contract.
        let new_ptr = unsafe { INNER.realloc(ptr, layout, new_size) };
        // On failure the old block is untouched, so the count stays as is.
        if !new_ptr.is_null() {
            let old_size = layout.size();
            if new_size >= old_size {
                LIVE.fetch_add(new_size - old_size, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(old_size - new_size, Ordering::Relaxed);
            }
        }
        new_ptr
    }
}

/// Zeroes `len` bytes at `ptr` when the `wipe-on-free` feature is on.
///
/// # Safety
/// `ptr` must be valid for writes of `len` bytes.
#[inline]
unsafe fn wipe(ptr: *mut u8, len: usize) {
    if cfg!(feature = "wipe-on-free") {
        // SAFETY: the caller guarantees `ptr` is valid for `len` bytes of writes.
        unsafe { std::ptr::write_bytes(ptr, 0, len) };
        // The block is freed next, so the compiler may treat these stores as dead: make it
        // assume the memory is read. (A plain `memory.fill`, far faster than volatile bytes.)
        std::hint::black_box(ptr);
    }
}

/// Returns the number of bytes currently allocated through [`CountingAllocator`].
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    // The allocator is not installed globally in tests, so only this test
    // moves the counter and the deltas below are exact.
    #[test]
    fn counter_tracks_alloc_realloc_dealloc() {
        let a = CountingAllocator;
        let base = live_bytes();
        let layout = Layout::from_size_align(100, 8).unwrap();

        // SAFETY: `layout` has a non-zero size.
        let p = unsafe { a.alloc(layout) };
        assert!(!p.is_null());
        assert_eq!(live_bytes(), base + 100);

        // SAFETY: `p` was allocated above with `layout`; 300 is non-zero and
        // does not overflow `isize` when rounded to the alignment.
        let p = unsafe { a.realloc(p, layout, 300) };
        assert!(!p.is_null());
        assert_eq!(live_bytes(), base + 300);

        let layout = Layout::from_size_align(300, 8).unwrap();
        // SAFETY: `p` is live with `layout`; 40 is a valid non-zero size.
        let p = unsafe { a.realloc(p, layout, 40) };
        assert!(!p.is_null());
        assert_eq!(live_bytes(), base + 40);

        let zeroed = Layout::from_size_align(64, 16).unwrap();
        // SAFETY: `zeroed` has a non-zero size.
        let z = unsafe { a.alloc_zeroed(zeroed) };
        assert!(!z.is_null());
        assert_eq!(live_bytes(), base + 104);
        // SAFETY: `z` points to 64 initialised (zeroed) bytes, alive until freed below.
        let bytes = unsafe { std::slice::from_raw_parts(z, 64) };
        assert!(bytes.iter().all(|&b| b == 0));

        // SAFETY: both pointers are live and freed with the layouts they now have.
        unsafe {
            a.dealloc(z, zeroed);
            a.dealloc(p, Layout::from_size_align(40, 8).unwrap());
        }
        assert_eq!(live_bytes(), base);
    }
}
