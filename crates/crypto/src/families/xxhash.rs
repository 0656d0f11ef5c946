//! xxHash32, xxHash64, XXH3-64 and XXH3-128 from `xxhash-rust`, each output the checksum as a
//! big-endian integer (the order its hex form is written in).

use crate::algorithm::{Spec, checksum};
use crate::params::{ParamError, Params};
use crate::stream::{Absorb, Session};

/// xxHash32, xxHash64, XXH3-64 and XXH3-128: ids 74–77.
pub static SPECS: [Spec; 4] = [
    checksum(
        74,
        "xxhash32",
        4,
        &["number"],
        |p| {
            Ok(Session::boxed(Xxh32(xxhash_rust::xxh32::Xxh32::new(
                p.number.unwrap_or(0),
            ))))
        },
        |data, out| out.copy_from_slice(&xxhash_rust::xxh32::xxh32(data, 0).to_be_bytes()),
    ),
    checksum(
        75,
        "xxhash64",
        8,
        &["salt"],
        |p| {
            Ok(Session::boxed(Xxh64(xxhash_rust::xxh64::Xxh64::new(seed(
                p,
            )?))))
        },
        |data, out| out.copy_from_slice(&xxhash_rust::xxh64::xxh64(data, 0).to_be_bytes()),
    ),
    checksum(
        76,
        "xxhash3",
        8,
        &["salt"],
        |p| {
            Ok(Session::boxed(Xxh3(xxhash_rust::xxh3::Xxh3::with_seed(
                seed(p)?,
            ))))
        },
        |data, out| out.copy_from_slice(&xxhash_rust::xxh3::xxh3_64(data).to_be_bytes()),
    ),
    checksum(
        77,
        "xxhash128",
        16,
        &["salt"],
        |p| {
            Ok(Session::boxed(Xxh128(xxhash_rust::xxh3::Xxh3::with_seed(
                seed(p)?,
            ))))
        },
        |data, out| out.copy_from_slice(&xxhash_rust::xxh3::xxh3_128(data).to_be_bytes()),
    ),
];

/// A 64-bit seed, given as 8 little-endian bytes in `salt` (0 when absent).
fn seed(params: &Params) -> Result<u64, ParamError> {
    match params.salt.len() {
        0 => Ok(0),
        8 => Ok(u64::from_le_bytes(
            params.salt[..].try_into().unwrap_or([0; 8]),
        )),
        _ => Err(ParamError::Length {
            name: "seed",
            min: 8,
            max: 8,
        }),
    }
}

#[derive(Clone)]
struct Xxh32(xxhash_rust::xxh32::Xxh32);

impl Absorb for Xxh32 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.digest().to_be_bytes());
    }
}

#[derive(Clone)]
struct Xxh64(xxhash_rust::xxh64::Xxh64);

impl Absorb for Xxh64 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.digest().to_be_bytes());
    }
}

#[derive(Clone)]
struct Xxh3(xxhash_rust::xxh3::Xxh3);

impl Absorb for Xxh3 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.digest().to_be_bytes());
    }
}

#[derive(Clone)]
struct Xxh128(xxhash_rust::xxh3::Xxh3);

impl Absorb for Xxh128 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.digest128().to_be_bytes());
    }
}
