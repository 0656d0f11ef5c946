//! scrypt (RFC 7914) from RustCrypto's `scrypt`. The JS side checks every parameter first
//! (including that `V` and `B` each fit in one buffer of at most 2 GiB), so `None` from the export
//! means that memory could not grow far enough.
use ::scrypt::Params;

/// Fills `out` with the scrypt key of `password` and `salt` for N = 2^`log_n`, `r` and `p`.
pub fn scrypt(
    log_n: u8,
    r: u32,
    p: u32,
    [password, salt]: [&[u8]; 2],
    out: &mut [u8],
) -> Option<()> {
    let params = Params::new(log_n, r, p).ok()?;
    #[cfg(target_arch = "wasm32")]
    {
        let (total, largest) = memory(log_n, r, p)?;
        if !crate::heap::reserve(total, largest) {
            return None;
        }
    }
    ::scrypt::scrypt(password, salt, &params, out).ok()
}

/// The bytes the crate allocates, B (128·r·p), V (128·r·N) and a block T (128·r), and the
/// largest of these buffers.
#[cfg(target_arch = "wasm32")]
fn memory(log_n: u8, r: u32, p: u32) -> Option<(usize, usize)> {
    let block = 128usize.checked_mul(r.try_into().ok()?)?;
    let v = block.checked_mul(1usize.checked_shl(log_n.into())?)?;
    let b = block.checked_mul(p.try_into().ok()?)?;
    Some((b.checked_add(v)?.checked_add(block)?, v.max(b)))
}

/// Derives `out_len` bytes from the inputs' region (password and salt of the given lengths): the
/// output's address, or null.
#[cfg(target_arch = "wasm32")]
#[unsafe(export_name = "scrypt_derive")]
pub extern "C" fn derive(
    log_n: u32,
    r: u32,
    p: u32,
    password_len: usize,
    salt_len: usize,
    out_len: usize,
) -> *const u8 {
    use crate::kdf::{address, inputs, region};
    address((|| {
        let inputs = inputs([password_len, salt_len])?;
        let out = region(out_len)?;
        scrypt(log_n.try_into().ok()?, r, p, inputs, out)?;
        Some(out)
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    #[test]
    fn matches_rfc_7914_test_vectors() {
        let mut out = [0; 64];
        scrypt(4, 1, 1, [b"", b""], &mut out).expect("valid parameters");
        assert_eq!(hex(&out[..16]), "77d6576238657b203b19ca42c18a0497");
        scrypt(10, 8, 16, [b"password", b"NaCl"], &mut out).expect("valid parameters");
        assert_eq!(hex(&out[..16]), "fdbabe1c9d3472007856e7190d01e9fe");
    }

    #[test]
    fn refuses_what_the_crate_refuses() {
        let mut out = [0; 32];
        assert!(
            scrypt(4, 0, 1, [b"pw", b"salt"], &mut out).is_none(),
            "r = 0"
        );
        assert!(
            scrypt(4, 1, 0, [b"pw", b"salt"], &mut out).is_none(),
            "p = 0"
        );
        assert!(
            scrypt(4, 1, 1, [b"pw", b"salt"], &mut []).is_none(),
            "no output"
        );
    }
}
