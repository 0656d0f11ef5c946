//! The exports of the password-hashing families: raw Argon2, scrypt and bcrypt outputs (the
//! TypeScript package encodes PHC strings).

use wasm_bindgen::prelude::*;
use zeroize::Zeroizing;

use super::{reveal, with_secret};

/// Argon2 (RFC 9106): `variant` 0 = d, 1 = i, 2 = id; `m` in KiB; `maxmem` in bytes.
#[cfg(feature = "argon2")]
#[allow(clippy::too_many_arguments)]
#[wasm_bindgen]
pub fn argon2(
    variant: u32,
    version: u32,
    t: u32,
    m: u32,
    p: u32,
    out_len: usize,
    maxmem: f64,
    password: Vec<u8>,
    salt: &[u8],
    secret: Vec<u8>,
    data: &[u8],
) -> Result<Vec<u8>, JsError> {
    let options = crate::password::Argon2Options {
        variant,
        version,
        t,
        m,
        p,
        out_len,
        maxmem: maxmem as u64,
    };
    let secret = Zeroizing::new(secret);
    with_secret(password, |password| {
        crate::password::argon2(&options, password, salt, &secret, data)
    })
    .map(reveal)
}

/// scrypt (RFC 7914) with cost `n`, block size `r` and parallelism `p`; `maxmem` in bytes.
#[cfg(feature = "scrypt")]
#[wasm_bindgen]
pub fn scrypt(
    password: Vec<u8>,
    salt: &[u8],
    n: f64,
    r: u32,
    p: u32,
    out_len: usize,
    maxmem: f64,
) -> Result<Vec<u8>, JsError> {
    with_secret(password, |password| {
        crate::password::scrypt(password, salt, n as u64, r, p, out_len, maxmem as u64)
    })
    .map(reveal)
}

/// bcrypt's 23 output bytes for `password`, a 16-byte `salt` and `cost` (4–31).
#[cfg(feature = "bcrypt")]
#[wasm_bindgen]
pub fn bcrypt(password: Vec<u8>, salt: &[u8], cost: u32) -> Result<Vec<u8>, JsError> {
    with_secret(password, |password| {
        crate::password::bcrypt_raw(password, salt, cost)
    })
    .map(reveal)
}
