//! Non-cryptographic checksums: CRC-32 (ISO-HDLC, as zlib), CRC-32C (Castagnoli), CRC-64/XZ
//! (from the `crc` crate) and Adler-32 (`adler2`). Each output is the checksum as a big-endian
//! integer, the order its hex form is written in. xxHash is the `xxhash` family.

use std::sync::OnceLock;

use crc::{Crc, Table};

use crate::algorithm::{Spec, checksum};
use crate::stream::{Absorb, Session};

/// CRC-32, CRC-32C, CRC-64/XZ and Adler-32: ids 70–73.
pub static SPECS: [Spec; 4] = [
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
];

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
