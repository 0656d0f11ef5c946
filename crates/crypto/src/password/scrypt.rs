//! scrypt (RFC 7914) from RustCrypto's `scrypt`.

use zeroize::Zeroizing;

use super::{PasswordError, check_allocation, check_memory, check_output, in_range};

/// The scrypt key of `password` and `salt`: cost `n` (a power of two), block size `r`,
/// parallelism `p`; refuses parameters needing more than `maxmem` bytes.
pub fn scrypt(
    password: &[u8],
    salt: &[u8],
    n: u64,
    r: u32,
    p: u32,
    out_len: usize,
    maxmem: u64,
) -> Result<Zeroizing<Vec<u8>>, PasswordError> {
    if n < 2 || !n.is_power_of_two() || n > 1 << 62 {
        return Err(PasswordError::NotPowerOfTwo);
    }
    in_range("r", r.into(), 1, 1 << 20)?;
    in_range("p", p.into(), 1, 1 << 20)?;
    // RFC 7914: p <= (2^32 - 1) * 32 / (128 r); the product r·p stays far below it here.
    check_output(out_len, 1)?;
    // Counted as @noble/hashes counts it, 128·r·(N + p + 1), so that both accept the same
    // parameters under the same maxmem (its default admits N = 2^20, r = 8, p = 1 exactly). The
    // crate's buffers are V (128·r·N), B (128·r·p) and XY (256·r): one 128·r block more.
    let block = 128 * u64::from(r);
    let needed = block.saturating_mul(n.saturating_add(u64::from(p)).saturating_add(1));
    check_memory(needed, maxmem)?;
    check_allocation("scrypt's V (128·r·N)", block.saturating_mul(n))?;
    check_allocation("scrypt's B (128·r·p)", block * u64::from(p))?;
    let log_n = n.trailing_zeros() as u8;
    let params = scrypt::Params::new(log_n, r, p).map_err(|_| PasswordError::Range {
        name: "N",
        min: 2,
        max: 1 << 62,
    })?;
    let mut out = Zeroizing::new(vec![0; out_len]);
    scrypt::scrypt(password, salt, &params, &mut out).map_err(|_| PasswordError::Range {
        name: "dkLen",
        min: 1,
        max: out_len as u64,
    })?;
    Ok(out)
}
