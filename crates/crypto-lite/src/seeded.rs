//! What the xxHash modules share: the seed parameter, the digest's byte order, and the shape of a
//! module of one seeded hash.

/// The seed in `param`: none (0) or 8 little-endian bytes.
pub fn seed(param: &[u8]) -> Option<u64> {
    match param.len() {
        0 => Some(0),
        _ => Some(u64::from_le_bytes(param.try_into().ok()?)),
    }
}

/// Writes `bytes` (a digest in big-endian, the form xxHash's own tools print) to `out`.
pub fn write(out: &mut [u8], bytes: &[u8]) -> Option<usize> {
    out.get_mut(..bytes.len())?.copy_from_slice(bytes);
    Some(bytes.len())
}

/// Defines the state of a module holding one seeded hash (variant 0): the crate's hasher, made
/// by `$new` from `seed` (`None` refuses the seed), or `None` once `$digest` took its digest;
/// its [`LiteHash`](crate::LiteHash) implementation; and the module's exports.
macro_rules! seeded_module {
    ($module:literal, $state:ident, $hasher:ty, |$seed:ident| $new:expr, |$done:ident| $digest:expr) => {
        /// The module's hash state; `None` once the digest was taken.
        pub struct $state(Option<$hasher>);

        impl $crate::LiteHash for $state {
            fn start(variant: u32, param: &[u8]) -> Option<Self> {
                if variant != 0 {
                    return None;
                }
                let $seed = $crate::seeded::seed(param)?;
                Some(Self(Some($new)))
            }

            fn update(&mut self, data: &[u8]) {
                if let Some(hasher) = &mut self.0 {
                    hasher.update(data);
                }
            }

            fn finish(&mut self, out: &mut [u8]) -> Option<usize> {
                let $done = self.0.take()?;
                $crate::seeded::write(out, &$digest)
            }
        }

        $crate::exports::export!($module, $state);
    };
}
pub(crate) use seeded_module;
