//! CRC-32 (ISO-HDLC) and CRC-32C (Castagnoli) from the `crc` crate, with its one-table
//! implementation (1 KiB per polynomial instead of 16 KiB), computed at first use rather than
//! shipped in the module: a table is 1 KiB that gzip cannot shrink.
use crc::{Algorithm, CRC_32_ISCSI, CRC_32_ISO_HDLC, Crc, Digest, Table};

use crate::LiteHash;

type Crc32 = Crc<u32, Table<1>>;

/// The polynomial of `variant`.
fn algorithm(variant: u32) -> Option<&'static Algorithm<u32>> {
    match variant {
        0 => Some(&CRC_32_ISO_HDLC),
        1 => Some(&CRC_32_ISCSI),
        _ => None,
    }
}

/// The table of `variant`, computed at its first use.
#[cfg(target_arch = "wasm32")]
fn table(variant: u32) -> Option<&'static Crc32> {
    use crate::exports::Static;
    static TABLES: Static<[Option<Crc32>; 2]> = Static::new([None, None]);
    let algorithm = algorithm(variant)?;
    // SAFETY: `variant` is 0 or 1 (`algorithm` knows no other), inside the array. A slot is
    // written once, while it is `None`, when no reference to it exists (references are only
    // handed out to a filled slot), and the module is single-threaded (see `Static`).
    unsafe {
        let slot = TABLES.get().cast::<Option<Crc32>>().add(variant as usize);
        if (*slot).is_none() {
            slot.write(Some(Crc32::new(algorithm)));
        }
        (*slot).as_ref()
    }
}

/// The table of `variant`, computed at its first use (native builds: tests).
#[cfg(not(target_arch = "wasm32"))]
fn table(variant: u32) -> Option<&'static Crc32> {
    static TABLES: [std::sync::OnceLock<Crc32>; 2] =
        [std::sync::OnceLock::new(), std::sync::OnceLock::new()];
    let algorithm = algorithm(variant)?;
    Some(TABLES[variant as usize].get_or_init(|| Crc32::new(algorithm)))
}

/// The module's state: CRC-32 (variant 0) or CRC-32C (1); `None` once the checksum was taken.
pub struct Crc32State(Option<Digest<'static, u32, Table<1>>>);

impl LiteHash for Crc32State {
    fn start(variant: u32, param: &[u8]) -> Option<Self> {
        if !param.is_empty() {
            return None;
        }
        Some(Self(Some(table(variant)?.digest())))
    }

    fn update(&mut self, data: &[u8]) {
        if let Some(digest) = &mut self.0 {
            digest.update(data);
        }
    }

    fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
        let out = out.get_mut(..4)?;
        out.copy_from_slice(&self.0.take()?.finalize().to_be_bytes());
        Some(4)
    }
}

crate::exports::export!("crc32", Crc32State);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_values_match_the_catalogue() {
        for (variant, check) in [(0, CRC_32_ISO_HDLC.check), (1, CRC_32_ISCSI.check)] {
            let mut state = Crc32State::start(variant, &[]).unwrap();
            state.update(b"1234");
            state.update(b"56789");
            let mut out = [0; 4];
            assert_eq!(state.finish(&mut out), Some(4));
            assert_eq!(u32::from_be_bytes(out), check);
            assert_eq!(state.finish(&mut out), None);
        }
    }
}
