// Entry for Cloudflare Workers (workerd), which forbids compiling wasm from bytes at run time: the
// host (wrangler, or workerd's config) compiles the imported .wasm as it loads the worker, and we
// instantiate it on first use (or `init()`).
import * as glue from '../wasm/wasm_crypto.web.js';
import baseline from '../wasm/wasm_crypto_bg.wasm';
import { precompiledModule } from '@org/wasm-runtime';
import { crypto } from './binding.js';

crypto.set(precompiledModule(crypto.name, glue, { baseline: () => baseline }));
export * from './index.js';
