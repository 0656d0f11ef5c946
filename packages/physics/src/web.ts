// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset;
// where a bundler leaves it behind, the embedded copy comes in a chunk loaded only then.
import * as glue from '../wasm/wasm_physics.web.js';
import { webModule } from '@org/wasm-runtime';
import { physics } from './binding.js';

physics.set(
  webModule(
    physics.name,
    glue,
    {
      simd: () => new URL('../wasm/wasm_physics_simd_bg.wasm', import.meta.url),
      baseline: () => new URL('../wasm/wasm_physics_bg.wasm', import.meta.url),
    },
    () => import('../wasm/wasm_physics.inline.js'),
  ),
);
export * from './index.js';
