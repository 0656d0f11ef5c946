//! `wasm-bindgen` boundary: validates via the core and maps errors to `JsError`.

use wasm_bindgen::prelude::*;

use crate::ParticleWorld;

wasm_boundary::common_exports!();

/// A 2D particle world under uniform gravity.
#[wasm_bindgen]
pub struct World(ParticleWorld);

#[wasm_bindgen]
impl World {
    /// Creates an empty world with gravity `(gx, gy)`.
    #[wasm_bindgen(constructor)]
    pub fn new(gx: f32, gy: f32) -> Self {
        Self(ParticleWorld::new(gx, gy))
    }

    /// Appends `count` particles at the origin and at rest; returns the first new index. JS then
    /// writes their values through `positionsPtr()` and `velocitiesPtr()`: no argument copies,
    /// so adding needs no memory beyond the world's own, and running out of it is an error, not
    /// an abort.
    #[wasm_bindgen(js_name = addZeroed)]
    pub fn add_zeroed(&mut self, count: u32) -> Result<u32, JsError> {
        self.0
            .add_zeroed(count as usize)
            .map_err(wasm_boundary::reject)
    }

    /// Keeps the first `len` particles (to undo an `addZeroed` whose values JS refused).
    pub fn truncate(&mut self, len: u32) {
        self.0.truncate(len as usize);
    }

    /// Advances the simulation by `dt` seconds, `0 < dt <= 1`.
    pub fn step(&mut self, dt: f32) -> Result<(), JsError> {
        self.0.step(dt).map_err(wasm_boundary::reject)
    }

    /// Number of particles.
    pub fn len(&self) -> u32 {
        // Lossless: the core caps the count at `MAX_PARTICLES`.
        self.0.len() as u32
    }

    /// Whether the world has no particles.
    #[wasm_bindgen(js_name = isEmpty)]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    // Raw pointers let JS build zero-copy `Float32Array` views over linear
    // memory (`2 * len()` floats). A view is invalidated by `addZeroed`/`clear`
    // (the Vec may move) and by any memory growth, so JS must re-create it.

    /// Address of the interleaved positions in linear memory, for a zero-copy view.
    #[wasm_bindgen(js_name = positionsPtr)]
    pub fn positions_ptr(&self) -> *const f32 {
        self.0.positions().as_ptr()
    }

    /// Address of the interleaved velocities in linear memory, for a zero-copy view.
    #[wasm_bindgen(js_name = velocitiesPtr)]
    pub fn velocities_ptr(&self) -> *const f32 {
        self.0.velocities().as_ptr()
    }

    /// Removes all particles, keeping gravity.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Sets gravity to `(gx, gy)`.
    #[wasm_bindgen(js_name = setGravity)]
    pub fn set_gravity(&mut self, gx: f32, gy: f32) {
        self.0.set_gravity(gx, gy);
    }
}
