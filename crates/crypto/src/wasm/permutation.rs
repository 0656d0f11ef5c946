//! The sha3 family's one export beyond hashing: noble's `keccakP`, the bare permutation.

use wasm_bindgen::prelude::*;

use crate::ParamError;

/// Permutes `state` in place with Keccak-p[1600, `rounds`]: 25 lanes as 50 32-bit words, each
/// lane's low half first (`@noble/hashes`' layout). A sponge state can hold key material: the
/// glue's copy in wasm memory is wiped when freed, and the stack after the permutation.
#[wasm_bindgen(js_name = keccakP)]
pub fn keccak_p(state: &mut [u32], rounds: u32) -> Result<(), JsError> {
    let words: &mut [u32; 50] = state
        .try_into()
        .map_err(|_| wasm_boundary::reject("the Keccak state must be 50 32-bit words"))?;
    let result = permute(words, rounds).map_err(wasm_boundary::reject);
    wasm_boundary::wipe_stack();
    result
}

/// Out of line, so that its lanes lie in a frame below the caller's, which `wipe_stack` covers.
#[inline(never)]
fn permute(words: &mut [u32; 50], rounds: u32) -> Result<(), ParamError> {
    let mut lanes: [u64; 25] =
        core::array::from_fn(|i| u64::from(words[2 * i]) | (u64::from(words[2 * i + 1]) << 32));
    crate::keccak_p1600(&mut lanes, rounds)?;
    for (pair, lane) in words.chunks_exact_mut(2).zip(lanes) {
        pair[0] = lane as u32;
        pair[1] = (lane >> 32) as u32;
    }
    Ok(())
}
