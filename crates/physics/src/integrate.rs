//! The hot loop: semi-implicit Euler over interleaved `x, y` arrays.
//!
//! Lanes of four floats (two particles) line up with `[dvx, dvy, dvx, dvy]`. LLVM's
//! auto-vectoriser turns the plain loop into shuffles that run slower than scalar code on V8,
//! so the SIMD128 build uses explicit `f32x4` operations instead.

/// `v += dv; p += v * dt` element-wise, where `dv` repeats every four elements.
pub(crate) fn integrate(positions: &mut [f32], velocities: &mut [f32], dv: [f32; 4], dt: f32) {
    debug_assert_eq!(positions.len(), velocities.len());
    let split = positions.len() / 4 * 4;
    let (p_lanes, p_rest) = positions.split_at_mut(split);
    let (v_lanes, v_rest) = velocities.split_at_mut(split);
    lanes(p_lanes, v_lanes, dv, dt);
    for (k, (p, v)) in p_rest.iter_mut().zip(v_rest.iter_mut()).enumerate() {
        *v += dv[k];
        *p += *v * dt;
    }
}

#[cfg(not(all(target_arch = "wasm32", target_feature = "simd128")))]
fn lanes(positions: &mut [f32], velocities: &mut [f32], dv: [f32; 4], dt: f32) {
    for (p, v) in positions
        .chunks_exact_mut(4)
        .zip(velocities.chunks_exact_mut(4))
    {
        for k in 0..4 {
            v[k] += dv[k];
            p[k] += v[k] * dt;
        }
    }
}

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
#[allow(unsafe_code)]
fn lanes(positions: &mut [f32], velocities: &mut [f32], dv: [f32; 4], dt: f32) {
    use core::arch::wasm32::{
        f32x4, f32x4_add, f32x4_mul, f32x4_splat, v128, v128_load, v128_store,
    };
    let dv = f32x4(dv[0], dv[1], dv[2], dv[3]);
    let dt = f32x4_splat(dt);
    for (p, v) in positions
        .chunks_exact_mut(4)
        .zip(velocities.chunks_exact_mut(4))
    {
        let (p, v) = (p.as_mut_ptr().cast::<v128>(), v.as_mut_ptr().cast::<v128>());
        // SAFETY: `p` and `v` each point to 4 in-bounds f32s (16 bytes) of distinct slices, and
        // wasm's v128.load/store accept unaligned addresses.
        unsafe {
            let velocity = f32x4_add(v128_load(v), dv);
            v128_store(v, velocity);
            v128_store(p, f32x4_add(v128_load(p), f32x4_mul(velocity, dt)));
        }
    }
}
