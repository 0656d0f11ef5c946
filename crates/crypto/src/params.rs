//! The parameters a hash may take besides its input, as they cross the wasm boundary.

use core::fmt;

use zeroize::Zeroizing;

/// Longest output an extendable-output function produces in one call.
pub const MAX_OUTPUT_LEN: usize = 1 << 24;

/// Options of a hash; each algorithm reads the fields it has and rejects the others.
#[derive(Default, Clone)]
pub struct Params {
    /// Output length in bytes (the fixed length for fixed-output hashes).
    pub out_len: usize,
    /// A key (BLAKE2, BLAKE3's keyed mode, KMAC); wiped on drop.
    pub key: Option<Zeroizing<Vec<u8>>>,
    /// BLAKE2's salt; cSHAKE's function name N.
    pub salt: Vec<u8>,
    /// BLAKE2's personalization; the customization string S of the SHA-3 derived functions and
    /// KangarooTwelve; BLAKE3's derive-key context.
    pub personalization: Vec<u8>,
    /// TurboSHAKE's domain byte D; ParallelHash's block size B.
    pub number: Option<u32>,
}

/// Why a hash rejects its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ParamError {
    /// No algorithm has this id (in this build).
    UnknownAlgorithm(u32),
    /// An output length out of the algorithm's range.
    OutputLength {
        /// Smallest accepted.
        min: usize,
        /// Largest accepted.
        max: usize,
    },
    /// The algorithm takes no such option.
    Unsupported(&'static str),
    /// A value or combination of options the algorithm cannot take; says why.
    Invalid(&'static str),
    /// An option with a length out of its range.
    Length {
        /// The option.
        name: &'static str,
        /// Smallest accepted.
        min: usize,
        /// Largest accepted.
        max: usize,
    },
    /// A numeric option out of its range.
    Range {
        /// The option.
        name: &'static str,
        /// Smallest accepted.
        min: u32,
        /// Largest accepted.
        max: u32,
    },
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::UnknownAlgorithm(id) => write!(f, "unknown hash algorithm id {id}"),
            Self::OutputLength { min, max } if min == max => {
                write!(f, "dkLen must be {min} for this hash")
            }
            Self::OutputLength { min, max } => write!(f, "dkLen must be from {min} to {max}"),
            Self::Unsupported(name) => write!(f, "this hash takes no {name} option"),
            Self::Invalid(why) => f.write_str(why),
            Self::Length { name, min, max } if min == max => {
                write!(f, "{name} must be {min} bytes long")
            }
            Self::Length { name, min, max } => {
                write!(f, "{name} must be from {min} to {max} bytes long")
            }
            Self::Range { name, min, max } => write!(f, "{name} must be from {min} to {max}"),
        }
    }
}

impl std::error::Error for ParamError {}

impl Params {
    /// Parameters asking for `out_len` bytes and nothing else.
    pub fn with_len(out_len: usize) -> Self {
        Self {
            out_len,
            ..Self::default()
        }
    }

    /// Fails unless `min <= out_len <= max`.
    pub fn check_len(&self, min: usize, max: usize) -> Result<(), ParamError> {
        if (min..=max).contains(&self.out_len) {
            Ok(())
        } else {
            Err(ParamError::OutputLength { min, max })
        }
    }

    /// Fails if any option outside `allowed` is set.
    pub fn allow(&self, allowed: &[&'static str]) -> Result<(), ParamError> {
        let set = [
            ("key", self.key.is_some()),
            ("salt", !self.salt.is_empty()),
            ("personalization", !self.personalization.is_empty()),
            ("number", self.number.is_some()),
        ];
        match set.iter().find(|(name, on)| *on && !allowed.contains(name)) {
            Some((name, _)) => Err(ParamError::Unsupported(name)),
            None => Ok(()),
        }
    }

    /// Whether these are `spec`'s default parameters: its default length and no options.
    pub fn is_default_for(&self, spec: &crate::Spec) -> bool {
        self.out_len == spec.output_len
            && self.key.is_none()
            && self.salt.is_empty()
            && self.personalization.is_empty()
            && self.number.is_none()
    }

    /// The key, or an empty slice.
    pub fn key(&self) -> &[u8] {
        self.key.as_deref().map_or(&[], |k| k.as_slice())
    }
}
