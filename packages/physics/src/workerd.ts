// Entry for Cloudflare Workers (workerd), which forbids compiling wasm from bytes at run time: the
// host (wrangler, or workerd's config) compiles the imported .wasm as it loads the worker, and we
// instantiate it on first use (or `init()`).
// workerd runs SIMD128, so the SIMD build is used; `init(undefined, { simd: false })` picks the baseline.
import * as glue from '../wasm/wasm_physics.web.js';
import simd from '../wasm/wasm_physics_simd_bg.wasm';
import baseline from '../wasm/wasm_physics_bg.wasm';
import { precompiledModule } from '@org/wasm-runtime';
import { physics } from './binding.js';

physics.set(precompiledModule(physics.name, glue, { simd: () => simd, baseline: () => baseline }));
export * from './index.js';
