//! Argon2d, Argon2i and Argon2id (RFC 9106) from RustCrypto's `argon2`, with a secret and
//! associated data, versions 0x10 and 0x13. The JS side checks every parameter first (including
//! that Argon2's blocks fit in one buffer of at most 2 GiB), so `None` from the export means that
//! memory could not grow far enough.
use ::argon2::{Algorithm, Argon2, AssociatedData, ParamsBuilder, Version};

/// Argon2's parameters besides its inputs, as the JS side numbers them.
#[derive(Debug, Clone, Copy)]
pub struct Argon2Params {
    /// 0 = Argon2d, 1 = Argon2i, 2 = Argon2id.
    pub variant: u32,
    /// 0x10 or 0x13.
    pub version: u32,
    /// Passes over memory.
    pub t: u32,
    /// Memory in KiB.
    pub m: u32,
    /// Lanes.
    pub p: u32,
}

/// Fills `out` with the Argon2 tag of `password` and `salt`, with the secret `key` and the
/// associated data `data`.
pub fn argon2(
    params: Argon2Params,
    [password, salt, key, data]: [&[u8]; 4],
    out: &mut [u8],
) -> Option<()> {
    let algorithm = match params.variant {
        0 => Algorithm::Argon2d,
        1 => Algorithm::Argon2i,
        2 => Algorithm::Argon2id,
        _ => return None,
    };
    let version = match params.version {
        0x10 => Version::V0x10,
        0x13 => Version::V0x13,
        _ => return None,
    };
    let built = ParamsBuilder::new()
        .m_cost(params.m)
        .t_cost(params.t)
        .p_cost(params.p)
        .data(AssociatedData::new(data).ok()?)
        .output_len(out.len())
        .build()
        .ok()?;
    let hasher = Argon2::new_with_secret(key, algorithm, version, built).ok()?;
    #[cfg(target_arch = "wasm32")]
    {
        let memory = blocks(params)?.checked_mul(1024)?;
        if !crate::heap::reserve(memory, memory) {
            return None;
        }
    }
    hasher.hash_password_into(password, salt, out).ok()
}

/// The blocks Argon2 uses: 4·p·⌊m / 4p⌋ of 1 KiB each (RFC 9106 section 3.2). The same as the
/// crate's `Params::block_count`, which cost this module 76 B more gzip when called instead.
#[cfg(target_arch = "wasm32")]
fn blocks(params: Argon2Params) -> Option<usize> {
    let lanes = 4 * usize::try_from(params.p).ok()?;
    Some(usize::try_from(params.m).ok()? / lanes * lanes)
}

/// Derives `out_len` bytes from the inputs' region (password, salt, secret and associated data of
/// the given lengths): the output's address, or null.
#[cfg(target_arch = "wasm32")]
#[unsafe(export_name = "argon2_derive")]
#[allow(clippy::too_many_arguments)] // the wasm boundary passes numbers only
pub extern "C" fn derive(
    variant: u32,
    version: u32,
    t: u32,
    m: u32,
    p: u32,
    password_len: usize,
    salt_len: usize,
    key_len: usize,
    data_len: usize,
    out_len: usize,
) -> *const u8 {
    use crate::kdf::{address, inputs, region};
    let params = Argon2Params {
        variant,
        version,
        t,
        m,
        p,
    };
    address((|| {
        let inputs = inputs([password_len, salt_len, key_len, data_len])?;
        let out = region(out_len)?;
        argon2(params, inputs, out)?;
        Some(out)
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// RFC 9106 section 5: t = 3, m = 32 KiB, p = 4, with a secret and associated data.
    fn rfc9106(variant: u32) -> String {
        let params = Argon2Params {
            variant,
            version: 0x13,
            t: 3,
            m: 32,
            p: 4,
        };
        let mut out = [0; 32];
        argon2(params, [&[1; 32], &[2; 16], &[3; 8], &[4; 12]], &mut out)
            .expect("valid parameters");
        hex(&out)
    }

    #[test]
    fn matches_rfc_9106_test_vectors() {
        assert_eq!(
            rfc9106(0),
            "512b391b6f1162975371d30919734294f868e3be3984f3c1a13a4db9fabe4acb"
        );
        assert_eq!(
            rfc9106(1),
            "c814d9d1dc7f37aa13f0d77f2494bda1c8de6b016dd388d29952a4c4672b6ce8"
        );
        assert_eq!(
            rfc9106(2),
            "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
        );
    }

    #[test]
    fn refuses_what_the_crate_refuses() {
        let run = |variant, version, m, p, data: &[u8], out_len| {
            let mut out = vec![0; out_len];
            let params = Argon2Params {
                variant,
                version,
                t: 1,
                m,
                p,
            };
            argon2(params, [b"pw", b"saltsalt", b"", data], &mut out)
        };
        assert!(run(2, 0x13, 8, 1, b"", 32).is_some());
        assert!(run(3, 0x13, 8, 1, b"", 32).is_none(), "variant");
        assert!(run(2, 0x11, 8, 1, b"", 32).is_none(), "version");
        assert!(run(2, 0x13, 7, 1, b"", 32).is_none(), "m below 8·p");
        assert!(
            run(2, 0x13, 8, 1, &[0; 33], 32).is_none(),
            "associated data over 32 bytes"
        );
        assert!(run(2, 0x13, 8, 1, b"", 3).is_none(), "output under 4 bytes");
    }
}
