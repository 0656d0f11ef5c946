/**
 * A 2D particle world in WebAssembly: bulk adds from typed arrays, `step(dt)`, and positions as a
 * zero-copy `Float32Array`. Ready at import in Node; elsewhere call `await init()` once.
 *
 * @example
 * ```ts
 * import { ParticleWorld } from '@org/wasm-physics';
 * const world = new ParticleWorld();
 * world.addParticles([0, 10]);
 * world.step(1 / 60);
 * ```
 * @module
 */
export { MAX_PARTICLES, MAX_TIME_STEP, ParticleWorld, type WorldOptions } from './world.js';
export { init, initSync, wasmInfo, __debugPanic } from './init.js';
export * from '@org/wasm-runtime/public';
