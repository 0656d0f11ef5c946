//! bcrypt's core from the `bcrypt` crate (over the `blowfish` crate). The `$2b$` string format is
//! the JS side's; this module applies the `$2a$`/`$2b$` password rule (a terminating NUL byte,
//! then at most 72 bytes).

/// The 23 bytes a `$2b$` string encodes, from a 16-byte salt, `password` and the cost (4 to 31);
/// `None` for another salt length or cost.
pub fn bcrypt(cost: u32, [salt, password]: [&[u8]; 2], out: &mut [u8; 23]) -> Option<()> {
    if !(4..=31).contains(&cost) {
        return None;
    }
    // The password as C strings hold it: NUL-terminated, and only its first 72 bytes count.
    let mut key = [0; 72];
    let len = password.len().min(72);
    key[..len].copy_from_slice(&password[..len]);
    let key = &key[..(password.len() + 1).min(72)];
    let mut hash = ::bcrypt::bcrypt(cost, salt.try_into().ok()?, key);
    out.copy_from_slice(&hash[..23]);
    hash.fill(0);
    Some(())
}

/// The bcrypt hash of the inputs' region (salt, then password of the given length): the address
/// of its 23 bytes, or null.
#[cfg(target_arch = "wasm32")]
#[unsafe(export_name = "bcrypt_derive")]
pub extern "C" fn derive(cost: u32, password_len: usize) -> *const u8 {
    use crate::kdf::{address, inputs, region};
    address((|| {
        let inputs = inputs([16, password_len])?;
        let out = region(23)?;
        bcrypt(cost, inputs, out.try_into().ok()?)?;
        Some(out)
    })())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_openbsd_vectors() {
        // (string, password) from OpenBSD's and John the Ripper's bcrypt tests.
        let vectors = [
            (
                "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW",
                "U*U",
            ),
            (
                "$2a$05$CCCCCCCCCCCCCCCCCCCCC.VGOzA784oUp/Z0DY336zx7pLYAy0lwK",
                "U*U*",
            ),
            (
                "$2a$05$XXXXXXXXXXXXXXXXXXXXXOAcXxm9kjPGEMsLznoKqmqw7tc8WCx4a",
                "U*U*U",
            ),
            (
                "$2a$05$CCCCCCCCCCCCCCCCCCCCC.7uG0VCzI2bS7j6ymqJi9CdcdxiRTWNy",
                "",
            ),
        ];
        for (encoded, password) in vectors {
            let (cost, rest) = (&encoded[4..6], &encoded[7..]);
            let mut out = [0; 23];
            let salt = unbase64(&rest[..22], 16);
            bcrypt(
                cost.parse().expect("a cost"),
                [&salt, password.as_bytes()],
                &mut out,
            )
            .expect("valid");
            assert_eq!(out.to_vec(), unbase64(&rest[22..], 23), "{encoded}");
        }
    }

    /// bcrypt's base64 (its own alphabet, no padding), decoded into `len` bytes.
    fn unbase64(text: &str, len: usize) -> Vec<u8> {
        const ALPHABET: &[u8] = b"./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let (mut bits, mut value, mut out) = (0, 0u32, Vec::new());
        for char in text.bytes() {
            value = (value << 6)
                | ALPHABET
                    .iter()
                    .position(|&c| c == char)
                    .expect("bcrypt base64") as u32;
            bits += 6;
            if bits >= 8 {
                bits -= 8;
                out.push((value >> bits) as u8);
                value &= (1 << bits) - 1;
            }
        }
        out.truncate(len);
        out
    }

    #[test]
    fn only_the_first_72_bytes_count() {
        let salt = [7; 16];
        let (mut a, mut b) = ([0; 23], [0; 23]);
        bcrypt(4, [&salt, &[b'x'; 72]], &mut a).expect("valid");
        bcrypt(4, [&salt, &[b'x'; 100]], &mut b).expect("valid");
        assert_eq!(a, b);
        bcrypt(4, [&salt, &[b'x'; 71]], &mut b).expect("valid");
        assert_ne!(a, b, "the 72nd byte counts");
    }

    #[test]
    fn refuses_bad_costs_and_salts() {
        let mut out = [0; 23];
        assert!(bcrypt(3, [&[0; 16], b"pw"], &mut out).is_none());
        assert!(bcrypt(32, [&[0; 16], b"pw"], &mut out).is_none());
        assert!(bcrypt(4, [&[0; 15], b"pw"], &mut out).is_none());
    }
}
