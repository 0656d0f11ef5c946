//! A minimal 2D particle world under uniform gravity.
//!
//! State is stored as interleaved `x, y` arrays so it can be handed to JS as
//! zero-copy typed-array views. The optional `wasm` feature adds a thin
//! `wasm-bindgen` boundary.

#![deny(unsafe_code)]

use core::fmt;

mod integrate;
#[cfg(feature = "wasm")]
mod wasm;

/// Largest number of particles a world may hold (64 MiB of state).
pub const MAX_PARTICLES: usize = 4_000_000;

/// Largest accepted time step, in seconds; larger steps are unstable nonsense.
pub const MAX_DT: f32 = 1.0;

/// Errors returned for invalid physics input.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PhysicsError {
    /// `positions` and `velocities` have different lengths.
    LengthMismatch {
        /// Length of `positions`.
        positions: usize,
        /// Length of `velocities`.
        velocities: usize,
    },
    /// The arrays have an odd length, so they are not `x, y` pairs.
    OddLength(usize),
    /// A NaN or infinity at this element offset of `positions` or `velocities`.
    NonFinite {
        /// Element offset of the first non-finite value.
        index: usize,
    },
    /// Adding would exceed [`MAX_PARTICLES`].
    TooMany {
        /// Total particle count the call would have produced.
        requested: usize,
        /// Largest allowed total.
        max: usize,
    },
    /// The time step is not finite or not in `(0, MAX_DT]`.
    BadTimeStep(f32),
    /// The memory for the new particles could not be allocated.
    OutOfMemory {
        /// Total particle count the call would have produced.
        requested: usize,
    },
}

impl fmt::Display for PhysicsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::LengthMismatch {
                positions,
                velocities,
            } => write!(
                f,
                "positions has {positions} values but velocities has {velocities}"
            ),
            Self::OddLength(len) => write!(f, "array length {len} is odd; expected x, y pairs"),
            Self::NonFinite { index } => write!(f, "non-finite value at offset {index}"),
            Self::TooMany { requested, max } => {
                write!(f, "{requested} particles requested, at most {max} allowed")
            }
            // The value is not printed: formatting a float would pull core's float printing
            // (~20 KiB) into the wasm; the TypeScript layer reports the value before this.
            Self::BadTimeStep(_) => {
                f.write_str("the time step must be finite, greater than 0 and at most 1 second")
            }
            Self::OutOfMemory { requested } => {
                write!(f, "out of memory for {requested} particles")
            }
        }
    }
}

impl std::error::Error for PhysicsError {}

/// Particles with position and velocity under constant gravity.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParticleWorld {
    gravity: [f32; 2],
    positions: Vec<f32>,
    velocities: Vec<f32>,
}

impl ParticleWorld {
    /// Creates an empty world with gravity `(gx, gy)`.
    pub fn new(gx: f32, gy: f32) -> Self {
        Self {
            gravity: [gx, gy],
            ..Self::default()
        }
    }

    /// Number of particles.
    pub fn len(&self) -> usize {
        self.positions.len() / 2
    }

    /// Whether the world has no particles.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// Appends particles given as interleaved `x, y` positions and velocities.
    ///
    /// Returns the index of the first particle added. Nothing is added on error.
    pub fn add(&mut self, positions: &[f32], velocities: &[f32]) -> Result<u32, PhysicsError> {
        if positions.len() != velocities.len() {
            return Err(PhysicsError::LengthMismatch {
                positions: positions.len(),
                velocities: velocities.len(),
            });
        }
        if positions.len() % 2 != 0 {
            return Err(PhysicsError::OddLength(positions.len()));
        }
        if let Some(index) = positions
            .iter()
            .zip(velocities)
            .position(|(p, v)| !p.is_finite() || !v.is_finite())
        {
            return Err(PhysicsError::NonFinite { index });
        }
        let first = self.make_room(positions.len() / 2)?;
        self.positions.extend_from_slice(positions);
        self.velocities.extend_from_slice(velocities);
        Ok(first)
    }

    /// Appends `count` particles at the origin and at rest, to be set through
    /// [`Self::positions_mut`] and [`Self::velocities_mut`] (the wasm boundary's way to add
    /// particles without copying them into temporary arrays first).
    ///
    /// Returns the index of the first particle added. Nothing is added on error.
    pub fn add_zeroed(&mut self, count: usize) -> Result<u32, PhysicsError> {
        let first = self.make_room(count)?;
        let values = 2 * (first as usize + count);
        self.positions.resize(values, 0.0);
        self.velocities.resize(values, 0.0);
        Ok(first)
    }

    /// Checks that `count` more particles are allowed and reserves their memory, reporting an
    /// allocation failure as an error rather than aborting. Returns the current count.
    fn make_room(&mut self, count: usize) -> Result<u32, PhysicsError> {
        let first = self.len();
        let requested = first.saturating_add(count);
        if requested > MAX_PARTICLES {
            return Err(PhysicsError::TooMany {
                requested,
                max: MAX_PARTICLES,
            });
        }
        self.positions
            .try_reserve(2 * count)
            .and_then(|()| self.velocities.try_reserve(2 * count))
            .map_err(|_| PhysicsError::OutOfMemory { requested })?;
        // Lossless: `first <= MAX_PARTICLES < u32::MAX`.
        Ok(first as u32)
    }

    /// Keeps the first `len` particles and removes the others (the capacity is kept).
    pub fn truncate(&mut self, len: usize) {
        self.positions.truncate(len.saturating_mul(2));
        self.velocities.truncate(len.saturating_mul(2));
    }

    /// Advances by `dt` seconds with semi-implicit Euler: `v += g dt; p += v dt`.
    pub fn step(&mut self, dt: f32) -> Result<(), PhysicsError> {
        if !(dt.is_finite() && dt > 0.0 && dt <= MAX_DT) {
            return Err(PhysicsError::BadTimeStep(dt));
        }
        let [dvx, dvy] = self.gravity.map(|g| g * dt);
        integrate::integrate(
            &mut self.positions,
            &mut self.velocities,
            [dvx, dvy, dvx, dvy],
            dt,
        );
        Ok(())
    }

    /// Interleaved `x, y` positions.
    pub fn positions(&self) -> &[f32] {
        &self.positions
    }

    /// Interleaved `x, y` velocities.
    pub fn velocities(&self) -> &[f32] {
        &self.velocities
    }

    /// Interleaved `x, y` positions, to change in place. Keep them finite: [`Self::add`] checks
    /// that, writes through here do not.
    pub fn positions_mut(&mut self) -> &mut [f32] {
        &mut self.positions
    }

    /// Interleaved `x, y` velocities, to change in place (finite, as for
    /// [`Self::positions_mut`]).
    pub fn velocities_mut(&mut self) -> &mut [f32] {
        &mut self.velocities
    }

    /// Removes all particles, keeping gravity and the allocated capacity.
    pub fn clear(&mut self) {
        self.positions.clear();
        self.velocities.clear();
    }

    /// Sets gravity to `(gx, gy)`.
    pub fn set_gravity(&mut self, gx: f32, gy: f32) {
        self.gravity = [gx, gy];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f32, b: f32) -> bool {
        (a - b).abs() <= 1e-4 * b.abs().max(1.0)
    }

    #[test]
    fn matches_closed_form() {
        let (g, dt, n) = ([0.5f32, -9.81], 1.0f32 / 60.0, 120u32);
        let p0 = [1.0f32, 2.0, -3.0, 40.0];
        let v0 = [0.0f32, 0.0, 5.0, -1.5];
        let mut world = ParticleWorld::new(g[0], g[1]);
        world.add(&p0, &v0).unwrap();
        for _ in 0..n {
            world.step(dt).unwrap();
        }
        let n = n as f32;
        for i in 0..p0.len() {
            let gi = g[i % 2];
            let v = v0[i] + n * gi * dt;
            let p = p0[i] + n * v0[i] * dt + gi * dt * dt * n * (n + 1.0) / 2.0;
            assert!(close(world.velocities()[i], v), "v[{i}]");
            assert!(close(world.positions()[i], p), "p[{i}]");
        }
    }

    #[test]
    fn at_rest_without_gravity() {
        let mut world = ParticleWorld::new(0.0, 0.0);
        world.add(&[1.0, 2.0, 3.0, 4.0], &[0.0; 4]).unwrap();
        for _ in 0..10 {
            world.step(0.1).unwrap();
        }
        assert_eq!(world.positions(), [1.0, 2.0, 3.0, 4.0]);
        assert_eq!(world.velocities(), [0.0; 4]);
    }

    #[test]
    fn add_returns_first_index() {
        let mut world = ParticleWorld::new(0.0, -1.0);
        assert!(world.is_empty());
        assert_eq!(world.add(&[0.0; 4], &[0.0; 4]), Ok(0));
        assert_eq!(world.add(&[0.0; 6], &[0.0; 6]), Ok(2));
        assert_eq!(world.add(&[], &[]), Ok(5));
        assert_eq!(world.len(), 5);
        world.clear();
        assert!(world.is_empty());
        assert_eq!(world.add(&[0.0; 2], &[0.0; 2]), Ok(0));
    }

    #[test]
    fn add_zeroed_then_truncate() {
        let mut world = ParticleWorld::new(0.0, 0.0);
        world.add(&[1.0, 2.0], &[3.0, 4.0]).unwrap();
        assert_eq!(world.add_zeroed(2), Ok(1));
        world.positions_mut()[2..].copy_from_slice(&[5.0, 6.0, 7.0, 8.0]);
        assert_eq!(world.positions(), [1.0, 2.0, 5.0, 6.0, 7.0, 8.0]);
        assert_eq!(world.velocities(), [3.0, 4.0, 0.0, 0.0, 0.0, 0.0]);
        world.truncate(1);
        assert_eq!(
            (world.positions(), world.velocities()),
            (&[1.0, 2.0][..], &[3.0, 4.0][..])
        );
        world.truncate(usize::MAX); // longer than the world: nothing changes
        assert_eq!(world.len(), 1);
        assert_eq!(
            world.add_zeroed(MAX_PARTICLES),
            Err(PhysicsError::TooMany {
                requested: MAX_PARTICLES + 1,
                max: MAX_PARTICLES
            })
        );
        assert_eq!(
            world.add_zeroed(usize::MAX).map_err(|e| e.to_string()),
            Err(format!(
                "{} particles requested, at most {MAX_PARTICLES} allowed",
                usize::MAX
            ))
        );
        assert_eq!(world.len(), 1, "failed adds must not add anything");
    }

    #[test]
    fn set_gravity_applies() {
        let mut world = ParticleWorld::new(0.0, 0.0);
        world.add(&[0.0, 0.0], &[0.0, 0.0]).unwrap();
        world.set_gravity(2.0, -4.0);
        world.step(0.5).unwrap();
        assert_eq!(world.velocities(), [1.0, -2.0]);
        assert_eq!(world.positions(), [0.5, -1.0]);
    }

    #[test]
    fn rejects_bad_input() {
        let mut world = ParticleWorld::new(0.0, 0.0);
        assert_eq!(
            world.add(&[0.0; 4], &[0.0; 2]),
            Err(PhysicsError::LengthMismatch {
                positions: 4,
                velocities: 2
            })
        );
        assert_eq!(
            world.add(&[0.0; 3], &[0.0; 3]),
            Err(PhysicsError::OddLength(3))
        );
        assert_eq!(
            world.add(&[0.0, f32::NAN], &[0.0; 2]),
            Err(PhysicsError::NonFinite { index: 1 })
        );
        assert_eq!(
            world.add(&[0.0; 4], &[0.0, 0.0, f32::INFINITY, 0.0]),
            Err(PhysicsError::NonFinite { index: 2 })
        );
        let big = vec![0.0; 2 * (MAX_PARTICLES + 1)];
        assert_eq!(
            world.add(&big, &big),
            Err(PhysicsError::TooMany {
                requested: MAX_PARTICLES + 1,
                max: MAX_PARTICLES
            })
        );
        assert!(world.is_empty(), "failed adds must not add anything");
        for dt in [0.0, -0.1, 1.5, f32::NAN, f32::INFINITY] {
            assert!(matches!(world.step(dt), Err(PhysicsError::BadTimeStep(_))));
        }
        assert_eq!(world.step(MAX_DT), Ok(()));
    }
}
