// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset;
// where a bundler leaves it behind, the embedded copy comes in a chunk loaded only then.
import * as glue from '../wasm/wasm_imaging.web.js';
import { webModule } from '@org/wasm-runtime';
import { imaging } from './binding.js';

imaging.set(
  webModule(
    imaging.name,
    glue,
    { baseline: () => new URL('../wasm/wasm_imaging_bg.wasm', import.meta.url) },
    () => import('../wasm/wasm_imaging.inline.js'),
  ),
);
export * from './index.js';
