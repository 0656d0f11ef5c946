//! A fixed buffer in linear memory for small one-shot hashes: JS writes the message there and
//! reads the digest back, instead of wasm-bindgen allocating, copying and freeing both per call
//! (a third of the time of hashing 64 bytes).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::{Params, Spec};

/// Largest message the scratch path takes; larger ones go through `digest`.
const INPUT: usize = 16 * 1024;
/// Room for the digest, after the input area.
const OUTPUT: usize = 1024;

thread_local! {
    static SCRATCH: RefCell<Box<[u8]>> = RefCell::new(vec![0; INPUT + OUTPUT].into_boxed_slice());
}

/// Where the scratch buffer starts in linear memory: the message goes there, and the digest
/// comes back `scratchCapacity()` bytes further. The buffer is never freed or moved.
#[wasm_bindgen(js_name = scratchPtr)]
pub fn scratch_ptr() -> usize {
    SCRATCH.with(|scratch| scratch.borrow_mut().as_mut_ptr() as usize)
}

/// The size of the scratch buffer's input area.
#[wasm_bindgen(js_name = scratchCapacity)]
pub fn scratch_capacity() -> usize {
    INPUT
}

/// Hashes the `len` bytes JS wrote at `scratchPtr()` under algorithm `id` with its default
/// parameters, writes the digest at `scratchPtr() + scratchCapacity()` and returns its length.
/// The message is wiped from the buffer afterwards.
#[wasm_bindgen(js_name = digestScratch)]
pub fn digest_scratch(id: u32, len: usize) -> Result<usize, JsError> {
    let spec = Spec::find(id).map_err(wasm_boundary::reject)?;
    if len > INPUT || spec.output_len > OUTPUT {
        return Err(wasm_boundary::reject(
            "the message does not fit the scratch buffer",
        ));
    }
    SCRATCH.with(|scratch| {
        let mut buffer = scratch.borrow_mut();
        let (input, output) = buffer.split_at_mut(INPUT);
        let (message, out) = (&mut input[..len], &mut output[..spec.output_len]);
        match spec.one_shot {
            Some(one_shot) => one_shot(message, out),
            None => {
                let digest = crate::hash(spec, &Params::with_len(spec.output_len), message)
                    .unwrap_or_else(|_| unreachable!("default parameters are always valid"));
                out.copy_from_slice(&digest);
            }
        }
        message.fill(0);
    });
    Ok(spec.output_len)
}
