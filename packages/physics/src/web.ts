// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset.
import * as glue from '../wasm/wasm_physics.web.js';
import { webModule } from '@org/wasm-runtime';
import { physics } from './binding.js';

physics.set(webModule(physics.name, glue, {
  simd: () => new URL('../wasm/wasm_physics_simd_bg.wasm', import.meta.url),
  baseline: () => new URL('../wasm/wasm_physics_bg.wasm', import.meta.url),
}));
export * from './index.js';
