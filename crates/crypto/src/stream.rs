//! One streaming interface over every hash of every family, so that a single `Hasher`, one batch
//! loop and one wasm class serve them all.

use digest::common::hazmat::{SerializableState, SerializedState};
use digest::{ExtendableOutput, FixedOutput, Update, XofReader};

/// A hash computation in progress, whatever the algorithm and its parameters.
pub trait Stream {
    /// Appends `data` to the message.
    fn update(&mut self, data: &[u8]);
    /// Writes the hash of the message so far into `out` (the output length the stream was made
    /// for) and starts a new message with the same parameters.
    fn finalize_reset_into(&mut self, out: &mut [u8]);
    /// Discards the message so far, keeping the parameters (a key, a customization, …).
    fn reset(&mut self);
    /// An independent copy of the current state.
    fn box_clone(&self) -> Box<dyn Stream>;
    /// Finishes the message and returns a reader of its extendable output (starting a new
    /// message, as `finalize_reset_into`); `None` for hashes that are not extendable-output.
    fn finish_xof(&mut self) -> Option<Box<dyn Reader>>;
    /// The state of the message so far, for [`Stream::load`]; `None` for hashes whose crate
    /// does not export its state.
    fn save(&self) -> Option<Vec<u8>>;
    /// Continues from a state [`Stream::save`] returned, in place of the message so far (which
    /// is kept if `state` is refused).
    fn load(&mut self, state: &[u8]) -> Result<(), StateError>;
}

/// Why [`Stream::load`] refused a state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StateError {
    /// This hash cannot save or load its state.
    Unsupported,
    /// The bytes are not a saved state of this hash.
    Malformed,
}

impl core::fmt::Display for StateError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(match self {
            Self::Unsupported => {
                "this hasher cannot save or load its state (the plain SHA-2 hashes, MD5, SHA-1, \
                 RIPEMD-160, MD4, SM3 and Whirlpool can)"
            }
            Self::Malformed => "not a saved state of this hash",
        })
    }
}

impl std::error::Error for StateError {}

/// Reads an extendable output piece by piece: each call continues where the last one ended.
pub trait Reader {
    /// Fills `out` with the next bytes of the output.
    fn read(&mut self, out: &mut [u8]);
    /// A copy that continues the output from the same point (for cloning a hasher mid-read).
    fn box_clone(&self) -> Box<dyn Reader>;
}

/// What a crate's hasher must offer to become a [`Stream`]: absorbing input, and squeezing an
/// output of the requested length out of a copy of itself.
pub trait Absorb: Clone + 'static {
    /// Appends `data`.
    fn absorb(&mut self, data: &[u8]);
    /// Writes the output into `out`; `out.len()` is the output length the stream was made for.
    fn squeeze(self, out: &mut [u8]);
    /// A reader of the extendable output, for extendable-output functions.
    fn reader(self) -> Option<Box<dyn Reader>> {
        None
    }
    /// The state so far, for hashes whose crate exports it.
    fn save(&self) -> Option<Vec<u8>> {
        None
    }
    /// The state `save` returned, for hashes whose crate exports it.
    fn restore(&self, _state: &[u8]) -> Result<Self, StateError> {
        Err(StateError::Unsupported)
    }
}

/// A [`Stream`] from an [`Absorb`]: it keeps the freshly keyed or customized state, so that
/// `reset` works even for crates whose types have no reset of their own.
#[derive(Clone)]
pub struct Session<A: Absorb> {
    initial: A,
    current: A,
}

impl<A: Absorb> Session<A> {
    /// A stream starting from `initial`.
    pub fn boxed(initial: A) -> Box<dyn Stream> {
        Box::new(Self {
            current: initial.clone(),
            initial,
        })
    }
}

impl<A: Absorb> Stream for Session<A> {
    fn update(&mut self, data: &[u8]) {
        self.current.absorb(data);
    }

    fn finalize_reset_into(&mut self, out: &mut [u8]) {
        let finished = core::mem::replace(&mut self.current, self.initial.clone());
        finished.squeeze(out);
    }

    fn reset(&mut self) {
        self.current = self.initial.clone();
    }

    fn box_clone(&self) -> Box<dyn Stream> {
        Box::new(self.clone())
    }

    fn finish_xof(&mut self) -> Option<Box<dyn Reader>> {
        let finished = core::mem::replace(&mut self.current, self.initial.clone());
        finished.reader()
    }

    fn save(&self) -> Option<Vec<u8>> {
        self.current.save()
    }

    fn load(&mut self, state: &[u8]) -> Result<(), StateError> {
        self.current = self.current.restore(state)?;
        Ok(())
    }
}

/// A fixed-output RustCrypto hash (`out` must be its output length).
#[derive(Clone, Default)]
pub struct Fixed<D>(pub D);

impl<D: Update + FixedOutput + Clone + 'static> Absorb for Fixed<D> {
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        out.copy_from_slice(&self.0.finalize_fixed());
    }
}

/// A [`Fixed`] hash whose crate exports its state (the Merkle–Damgård hashes: SHA-2, MD5, SHA-1,
/// RIPEMD-160, MD4, SM3, Whirlpool), so that it can be saved and loaded.
#[derive(Clone, Default)]
pub struct Saveable<D>(pub Fixed<D>);

impl<D: Update + FixedOutput + SerializableState + Clone + 'static> Absorb for Saveable<D> {
    fn absorb(&mut self, data: &[u8]) {
        self.0.absorb(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.squeeze(out);
    }

    fn save(&self) -> Option<Vec<u8>> {
        Some(self.0.0.serialize().to_vec())
    }

    fn restore(&self, state: &[u8]) -> Result<Self, StateError> {
        let state = <&SerializedState<D>>::try_from(state).map_err(|_| StateError::Malformed)?;
        D::deserialize(state)
            .map(|hash| Self(Fixed(hash)))
            .map_err(|_| StateError::Malformed)
    }
}

/// An extendable-output RustCrypto hash (TurboSHAKE, KangarooTwelve).
#[derive(Clone, Default)]
pub struct Xof<D>(pub D);

impl<D: Update + ExtendableOutput + Clone + 'static> Absorb for Xof<D>
where
    D::Reader: Clone + 'static,
{
    fn absorb(&mut self, data: &[u8]) {
        self.0.update(data);
    }

    fn squeeze(self, out: &mut [u8]) {
        self.0.finalize_xof_into(out);
    }

    fn reader(self) -> Option<Box<dyn Reader>> {
        Some(Box::new(XofReaderOf(self.0.finalize_xof())))
    }
}

/// A RustCrypto XOF reader as a [`Reader`].
struct XofReaderOf<R>(R);

impl<R: XofReader + Clone + 'static> Reader for XofReaderOf<R> {
    fn read(&mut self, out: &mut [u8]) {
        self.0.read(out);
    }

    fn box_clone(&self) -> Box<dyn Reader> {
        Box::new(XofReaderOf(self.0.clone()))
    }
}
