import { lifecycle } from '@org/wasm-runtime';
import { physics } from './binding.js';

const bound = lifecycle(physics);

/**
 * Loads the WebAssembly module. In Node the package is ready at import, and this resolves at
 * once whatever the arguments (`ORG_WASM_SIMD=0` forces the baseline there); in browsers, workers
 * and bundlers call it once before anything else. Concurrent and repeated calls share one load.
 * `source` defaults to the `.wasm` shipped with the package, the SIMD128 build where the engine
 * supports it; `{ simd: false }` forces the baseline build.
 *
 * @example
 * ```ts
 * import { init, ParticleWorld } from '@org/wasm-physics';
 * await init();
 * const world = new ParticleWorld();
 * ```
 */
export const init = bound.init;

/**
 * Loads the WebAssembly module synchronously from its bytes or a compiled module, e.g. in a
 * worker. The `inline` entry needs no argument (and also loads itself on first use).
 *
 * @example
 * ```ts
 * import { initSync } from '@org/wasm-physics';
 * initSync(await (await fetch(wasmUrl)).arrayBuffer());
 * ```
 */
export const initSync = bound.initSync;

/**
 * Reports whether the module is loaded, which build runs, and its heap and memory size.
 *
 * @example
 * ```ts
 * import { wasmInfo } from '@org/wasm-physics';
 * console.log(wasmInfo().variant, wasmInfo().heapBytes);
 * ```
 */
export const wasmInfo = bound.wasmInfo;

/**
 * Panics inside the WebAssembly module, to test the recovery after a panic. Not for applications.
 * @internal
 */
export const __debugPanic = bound.debugPanic;
