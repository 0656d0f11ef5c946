//! Argon2d, Argon2i and Argon2id (RFC 9106) from RustCrypto's `argon2`, with secret and
//! associated data, versions 0x10 and 0x13.

use zeroize::Zeroizing;

use super::{PasswordError, check_allocation, check_memory, check_output, in_range};

/// Argon2's parameters besides password and salt.
#[derive(Debug, Clone, Copy)]
pub struct Argon2Options {
    /// 0 = Argon2d, 1 = Argon2i, 2 = Argon2id.
    pub variant: u32,
    /// 0x10 or 0x13.
    pub version: u32,
    /// Passes over memory (t).
    pub t: u32,
    /// Memory in KiB (m).
    pub m: u32,
    /// Lanes (p).
    pub p: u32,
    /// Output length in bytes.
    pub out_len: usize,
    /// Most memory allowed, in bytes.
    pub maxmem: u64,
}

/// The Argon2 tag of `password` and `salt` with an optional secret and associated data.
pub fn argon2(
    options: &Argon2Options,
    password: &[u8],
    salt: &[u8],
    secret: &[u8],
    data: &[u8],
) -> Result<Zeroizing<Vec<u8>>, PasswordError> {
    let algorithm = match options.variant {
        0 => argon2::Algorithm::Argon2d,
        1 => argon2::Algorithm::Argon2i,
        2 => argon2::Algorithm::Argon2id,
        _ => {
            return Err(PasswordError::Range {
                name: "variant",
                min: 0,
                max: 2,
            });
        }
    };
    let version = match options.version {
        0x10 => argon2::Version::V0x10,
        0x13 => argon2::Version::V0x13,
        _ => {
            return Err(PasswordError::Range {
                name: "version",
                min: 0x10,
                max: 0x13,
            });
        }
    };
    let max = u64::from(u32::MAX);
    in_range("t", options.t.into(), 1, max)?;
    in_range("p", options.p.into(), 1, 0xFF_FFFF)?;
    in_range("m", options.m.into(), 8 * u64::from(options.p), max)?;
    check_output(options.out_len, 4)?;
    let length = |name, len: usize, min| {
        if len < min || len as u64 > max {
            Err(PasswordError::Length {
                name,
                min,
                max: u32::MAX as usize,
            })
        } else {
            Ok(())
        }
    };
    length("salt", salt.len(), 8)?;
    length("password", password.len(), 0)?;
    length("key", secret.len(), 0)?;
    length("personalization", data.len(), 0)?;
    // Argon2 uses m' = 4·p·⌊m / 4p⌋ blocks of 1 KiB (RFC 9106 section 3.2), which @noble/hashes
    // also counts against maxmem.
    let lanes = 4 * u64::from(options.p);
    let used = u64::from(options.m) / lanes * lanes * 1024;
    check_memory(used, options.maxmem)?;
    check_allocation("Argon2's memory (m KiB)", used)?;

    let mut params = argon2::ParamsBuilder::new();
    params
        .m_cost(options.m)
        .t_cost(options.t)
        .p_cost(options.p)
        .output_len(options.out_len);
    if !data.is_empty() {
        let data = argon2::AssociatedData::new(data).map_err(|_| PasswordError::Length {
            name: "personalization",
            min: 0,
            max: argon2::AssociatedData::MAX_LEN,
        })?;
        params.data(data);
    }
    let params = params.build().map_err(|_| PasswordError::Range {
        name: "m",
        min: 8,
        max,
    })?;
    let hasher = if secret.is_empty() {
        argon2::Argon2::new(algorithm, version, params)
    } else {
        argon2::Argon2::new_with_secret(secret, algorithm, version, params).map_err(|_| {
            PasswordError::Length {
                name: "key",
                min: 0,
                max: u32::MAX as usize,
            }
        })?
    };
    let mut out = Zeroizing::new(vec![0; options.out_len]);
    hasher
        .hash_password_into(password, salt, &mut out)
        .map_err(|_| PasswordError::Range {
            name: "m",
            min: 8,
            max,
        })?;
    Ok(out)
}
