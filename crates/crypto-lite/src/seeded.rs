//! What the xxHash modules share: the seed parameter and the digest's byte order.

/// The seed in `param`: none (0) or 8 little-endian bytes.
pub fn seed(param: &[u8]) -> Option<u64> {
    match param.len() {
        0 => Some(0),
        _ => Some(u64::from_le_bytes(param.try_into().ok()?)),
    }
}

/// Writes `bytes` (a digest in big-endian, the form xxHash's own tools print) to `out`.
pub fn write(out: &mut [u8], bytes: &[u8]) -> Option<usize> {
    out.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(bytes.len())
}
