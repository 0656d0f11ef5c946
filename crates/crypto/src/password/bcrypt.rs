//! bcrypt's core (the `bcrypt` crate's `bcrypt` function, over the `blowfish` crate). The
//! `$2b$` string format is the TypeScript package's; this module applies the `$2a$`/`$2b$`
//! password rule (a terminating NUL byte, then at most 72 bytes).

use zeroize::Zeroizing;

use super::{PasswordError, in_range};

/// Lowest cost accepted (as the `bcrypt` crate and OpenBSD).
pub const BCRYPT_MIN_COST: u32 = 4;
/// Highest cost accepted.
pub const BCRYPT_MAX_COST: u32 = 31;

/// The 23 bytes a `$2b$` string encodes, from `password`, a 16-byte salt and the cost.
pub fn bcrypt_raw(
    password: &[u8],
    salt: &[u8],
    cost: u32,
) -> Result<Zeroizing<Vec<u8>>, PasswordError> {
    in_range(
        "cost",
        cost.into(),
        BCRYPT_MIN_COST.into(),
        BCRYPT_MAX_COST.into(),
    )?;
    let salt: [u8; 16] = salt.try_into().map_err(|_| PasswordError::Length {
        name: "salt",
        min: 16,
        max: 16,
    })?;
    // The password as C strings hold it: NUL-terminated, and only its first 72 bytes count.
    let mut key = Zeroizing::new(Vec::with_capacity(password.len() + 1));
    key.extend_from_slice(password);
    key.push(0);
    key.truncate(72);
    let mut output = Zeroizing::new(bcrypt::bcrypt(cost, salt, &key));
    let hash = Zeroizing::new(output[..23].to_vec());
    zeroize::Zeroize::zeroize(&mut *output);
    Ok(hash)
}
