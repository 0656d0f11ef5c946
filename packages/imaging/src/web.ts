// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset.
import * as glue from '../wasm/wasm_imaging.web.js';
import { webModule } from '@org/wasm-runtime';
import { imaging } from './binding.js';

imaging.set(webModule(imaging.name, glue, { baseline: () => new URL('../wasm/wasm_imaging_bg.wasm', import.meta.url) }));
export * from './index.js';
