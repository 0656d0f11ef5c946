// Entry for browsers and bundlers: `init()` fetches the .wasm that bundlers emit as an asset.
import * as glue from '../wasm/wasm_crypto.web.js';
import { WasmModule } from '@org/wasm-runtime';
import { crypto, type CryptoGlue } from './binding.js';

crypto.set(
  new WasmModule<CryptoGlue>('@org/wasm-crypto', glue, {
    web: glue,
    urls: { baseline: () => new URL('../wasm/wasm_crypto_bg.wasm', import.meta.url) },
  }),
);

export * from './index.js';
