// Entry for Cloudflare Workers (workerd), which forbids compiling wasm from bytes at run time: the
// host (wrangler, or workerd's config) compiles the imported .wasm as it loads the worker, and we
// instantiate it on first use (or `init()`).
import * as glue from '../wasm/wasm_imaging.web.js';
import baseline from '../wasm/wasm_imaging_bg.wasm';
import { precompiledModule } from '@org/wasm-runtime';
import { imaging } from './binding.js';

imaging.set(precompiledModule(imaging.name, glue, { baseline: () => baseline }));
export * from './index.js';
