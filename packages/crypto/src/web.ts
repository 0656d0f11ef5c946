// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset.
import * as glue from '../wasm/wasm_crypto.web.js';
import { webModule } from '@org/wasm-runtime';
import { crypto } from './binding.js';

crypto.set(webModule(crypto.name, glue, { baseline: () => new URL('../wasm/wasm_crypto_bg.wasm', import.meta.url) }));
export * from './index.js';
