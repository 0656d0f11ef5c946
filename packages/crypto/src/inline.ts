// Entry for workers and edge runtimes: the wasm is embedded, and loads itself on first use.
import * as glue from '../wasm/wasm_crypto.web.js';
import { baseline } from '../wasm/wasm_crypto.inline.js';
import { WasmModule, decodeBase64 } from '@org/wasm-runtime';
import { crypto, type CryptoGlue } from './binding.js';

crypto.set(new WasmModule<CryptoGlue>('@org/wasm-crypto', glue, { web: glue, inline: { baseline: () => decodeBase64(baseline) } }));

export * from './index.js';
