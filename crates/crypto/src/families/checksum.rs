//! Non-cryptographic checksums: CRC-32 (ISO-HDLC, as zlib), CRC-32C (Castagnoli), CRC-64/XZ
//! (from the `crc` crate), Adler-32 (`adler2`), xxHash32/64 and XXH3-64/128 (`xxhash-rust`).
//! Each output is the checksum as a big-endian integer, the order its hex form is written in.

use std::sync::OnceLock;

use crc::{Crc, Table};

use crate::algorithm::{OneShot, Spec};
use crate::params::{ParamError, Params};
use crate::stream::{Absorb, Session, Stream};

/// CRC-32, CRC-32C, CRC-64/XZ, Adler-32, xxHash32, xxHash64, XXH3-64 and XXH3-128: ids 70–77.
pub static SPECS: [Spec; 8] = [
    checksum(
        70,
        "crc32",
        4,
        &[],
        |_| Ok(Session::boxed(Crc32(crc32(&CRC32).digest()))),
        |data, out| out.copy_from_slice(&crc32(&CRC32).checksum(data).to_be_bytes()),
    ),
    checksum(
        71,
        "crc32c",
        4,
        &[],
        |_| Ok(Session::boxed(Crc32(crc32(&CRC32C).digest()))),
        |data, out| out.copy_from_slice(&crc32(&CRC32C).checksum(data).to_be_bytes()),
    ),
    checksum(
        72,
        "crc64",
        8,
        &[],
        |_| Ok(Session::boxed(Crc64(crc64().digest()))),
        |data, out| out.copy_from_slice(&crc64().checksum(data).to_be_bytes()),
    ),
    checksum(
        73,
        "adler32",
        4,
        &[],
        |_| Ok(Session::boxed(Adler(adler2::Adler32::new()))),
        |data, out| out.copy_from_slice(&adler2::adler32_slice(data).to_be_bytes()),
    ),
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

const fn checksum(
    id: u32,
    name: &'static str,
    len: usize,
    options: &'static [&'static str],
    construct: fn(&Params) -> Result<Box<dyn Stream>, ParamError>,
    one_shot: OneShot,
) -> Spec {
    Spec {
        id,
        name,
        output_len: len,
        block_len: 1,
        len_range: (len, len),
        options,
        construct,
        keyed: None,
        one_shot: Some(one_shot),
    }
}

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

// Slice-by-16 tables (16 KiB for 32 bits, 32 KiB for 64) are built at first use rather than at
// compile time, so they cost the download nothing.
type Crc32Impl = Crc<u32, Table<16>>;
type Crc64Impl = Crc<u64, Table<16>>;
static CRC32: OnceLock<Crc32Impl> = OnceLock::new();
static CRC32C: OnceLock<Crc32Impl> = OnceLock::new();
static CRC64: OnceLock<Crc64Impl> = OnceLock::new();

fn crc32(cell: &'static OnceLock<Crc32Impl>) -> &'static Crc32Impl {
    let algorithm = if core::ptr::eq(cell, &CRC32) {
        &crc::CRC_32_ISO_HDLC
    } else {
        &crc::CRC_32_ISCSI
    };
    cell.get_or_init(|| Crc32Impl::new(algorithm))
}

fn crc64() -> &'static Crc64Impl {
    CRC64.get_or_init(|| Crc64Impl::new(&crc::CRC_64_XZ))
}

#[derive(Clone)]
struct Crc32(crc::Digest<'static, u32, Table<16>>);

impl Absorb for Crc32 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.finalize().to_be_bytes());
    }
}

#[derive(Clone)]
struct Crc64(crc::Digest<'static, u64, Table<16>>);

impl Absorb for Crc64 {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.finalize().to_be_bytes());
    }
}

#[derive(Clone)]
struct Adler(adler2::Adler32);

impl Absorb for Adler {
    fn absorb(&mut self, data: &[u8]) {
        self.0.write_slice(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.checksum().to_be_bytes());
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
