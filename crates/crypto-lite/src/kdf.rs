//! The boundary the password hashes' modules share (`argon2`, `scrypt`, `bcrypt`).
//!
//! A derivation runs in a fresh instance: the JS side asks [`lite_input`] for a region, writes the
//! password, salt and the other inputs into it one after another, and calls `<module>_derive`
//! with the parameters and the inputs' lengths, which returns the address of the output (or null
//! if memory cannot grow that far). It copies the output out, zeroes the whole memory (inputs,
//! the derivation's memory and stack, output) and drops the instance.
extern crate alloc;

use alloc::vec::Vec;

#[cfg(target_arch = "wasm32")]
use crate::exports::Static;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: crate::heap::Bump = crate::heap::Bump;

/// The address and length of the inputs' region, from [`lite_input`] until a derivation takes it
/// (address 0: none). Kept as numbers, not a reference, since the JS side writes into it.
#[cfg(target_arch = "wasm32")]
static INPUT: Static<(usize, usize)> = Static::new((0, 0));

/// A zeroed region of `len` bytes that lives as long as the instance, or `None` if memory cannot
/// grow that far.
pub fn region(len: usize) -> Option<&'static mut [u8]> {
    let mut bytes = Vec::new();
    bytes.try_reserve_exact(len).ok()?;
    bytes.resize(len, 0);
    Some(bytes.leak())
}

/// Splits the inputs' region into `N` inputs of the given lengths, which must add up to its
/// length; `None` if they do not or no region was given.
#[cfg(target_arch = "wasm32")]
pub fn inputs<const N: usize>(lens: [usize; N]) -> Option<[&'static [u8]; N]> {
    // SAFETY: see `Static`: no other reference to INPUT is live.
    let (at, len) = unsafe { INPUT.get().replace((0, 0)) };
    if at == 0 {
        return None;
    }
    // SAFETY: `[at, at + len)` is the region `lite_input` leaked, which lives as long as the
    // instance; the JS side wrote the inputs into it before this export, and no JS runs during it.
    let mut rest: &'static [u8] = unsafe { core::slice::from_raw_parts(at as *const u8, len) };
    let mut out = [&[][..]; N];
    for (slot, len) in out.iter_mut().zip(lens) {
        let (input, after) = rest.split_at_checked(len)?;
        *slot = input;
        rest = after;
    }
    rest.is_empty().then_some(out)
}

/// A region of `len` bytes for the JS side to write the inputs into: its address, or null if
/// memory cannot grow that far.
#[cfg(target_arch = "wasm32")]
#[unsafe(no_mangle)]
pub extern "C" fn lite_input(len: usize) -> *mut u8 {
    let Some(bytes) = region(len) else {
        return core::ptr::null_mut();
    };
    let at = bytes.as_mut_ptr();
    // SAFETY: see `Static`: no other reference to INPUT is live.
    unsafe { *INPUT.get() = (at as usize, len) };
    at
}

/// The address of a derivation's output, or null if it failed.
#[cfg(target_arch = "wasm32")]
pub fn address(output: Option<&'static mut [u8]>) -> *const u8 {
    output.map_or(core::ptr::null(), |out| out.as_ptr())
}
