//! Hashing many messages packed into one buffer, in a single call across the wasm boundary.

use core::fmt;

use crate::algorithm::{OneShot, Spec};
use crate::kdf::{self, KdfError};
use crate::params::{ParamError, Params};
use crate::stream::Stream;

/// Most bytes of digests one batch returns (1 GiB): more could not be allocated in wasm32 memory
/// next to its input, and would abort rather than fail.
pub const MAX_BATCH_OUTPUT: usize = 1 << 30;

/// Errors from [`digest_batch`] for malformed offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BatchError {
    /// The offsets array is empty; it needs `n + 1` entries for `n` messages.
    NoOffsets,
    /// `offsets[index]` is smaller than the offset before it.
    Decreasing {
        /// Position of the offending entry in `offsets`.
        index: usize,
    },
    /// The hash rejected its parameters.
    Params(ParamError),
    /// HMAC was asked of a hash without one ([`KdfError::NotKeyed`]).
    Keyed(KdfError),
    /// The digests would take more than [`MAX_BATCH_OUTPUT`] bytes.
    TooLarge {
        /// What they would take.
        needed: u64,
    },
    /// `offsets[index]` points past the end of the data.
    OutOfBounds {
        /// Position of the offending entry in `offsets`.
        index: usize,
        /// The offending offset.
        offset: u32,
        /// Length of the data.
        len: usize,
    },
}

impl fmt::Display for BatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::NoOffsets => f.write_str("offsets must have at least one entry"),
            Self::Params(ref error) => error.fmt(f),
            Self::Keyed(ref error) => error.fmt(f),
            Self::Decreasing { index } => {
                write!(f, "offsets[{index}] is smaller than the offset before it")
            }
            Self::TooLarge { needed } => write!(
                f,
                "the digests would take {needed} bytes, more than one batch returns \
                 ({MAX_BATCH_OUTPUT}); split the batch"
            ),
            Self::OutOfBounds { index, offset, len } => write!(
                f,
                "offsets[{index}] = {offset} is past the end of the data ({len} bytes)"
            ),
        }
    }
}

impl std::error::Error for BatchError {}

/// Hashes many messages packed into one buffer in a single call.
///
/// Message `i` is `data[offsets[i]..offsets[i + 1]]`, so `n + 1` offsets describe `n` messages
/// (the first need not be 0). Offsets must be non-decreasing and at most `data.len()`. Returns the
/// `n` digests (`params.out_len` bytes each) concatenated. Digests are written in place, by the
/// algorithm's one-shot path or one reused stream, so the loop allocates nothing per message.
pub fn digest_batch(
    spec: &Spec,
    params: &Params,
    data: &[u8],
    offsets: &[u32],
) -> Result<Vec<u8>, BatchError> {
    let each = match spec.one_shot.filter(|_| params.is_default_for(spec)) {
        Some(one_shot) => Each::OneShot(one_shot),
        None => Each::Stream(spec.start(params).map_err(BatchError::Params)?),
    };
    hash_each(each, params.out_len, data, offsets)
}

/// HMAC tags of many messages under one key, like [`digest_batch`]: the keyed state is computed
/// once and restored for each message.
pub fn hmac_batch(
    spec: &Spec,
    key: &[u8],
    data: &[u8],
    offsets: &[u32],
) -> Result<Vec<u8>, BatchError> {
    let keyed = kdf::keyed(spec).map_err(BatchError::Keyed)?;
    hash_each(
        Each::Stream((keyed.mac)(key)),
        spec.output_len,
        data,
        offsets,
    )
}

/// How each message of a batch is hashed.
enum Each {
    /// The algorithm's one-shot path (default parameters).
    OneShot(OneShot),
    /// One stream, finalized and reset per message.
    Stream(Box<dyn Stream>),
}

fn hash_each(
    mut each: Each,
    size: usize,
    data: &[u8],
    offsets: &[u32],
) -> Result<Vec<u8>, BatchError> {
    let (&first, rest) = offsets.split_first().ok_or(BatchError::NoOffsets)?;
    let out_of_bounds = |index, offset| BatchError::OutOfBounds {
        index,
        offset,
        len: data.len(),
    };
    if first as usize > data.len() {
        return Err(out_of_bounds(0, first));
    }
    let needed = rest.len() as u64 * size as u64;
    if needed > MAX_BATCH_OUTPUT as u64 {
        return Err(BatchError::TooLarge { needed });
    }
    let mut digests = vec![0; needed as usize];
    let mut start = first;
    for (i, &end) in rest.iter().enumerate() {
        let index = i + 1;
        if end < start {
            return Err(BatchError::Decreasing { index });
        }
        let message = data
            .get(start as usize..end as usize)
            .ok_or_else(|| out_of_bounds(index, end))?;
        // In bounds: `digests` holds `rest.len()` digests of `size` bytes (which may be 0).
        let out = &mut digests[i * size..(i + 1) * size];
        match &mut each {
            Each::OneShot(one_shot) => one_shot(message, out),
            Each::Stream(stream) => {
                stream.update(message);
                stream.finalize_reset_into(out);
            }
        }
        start = end;
    }
    Ok(digests)
}
