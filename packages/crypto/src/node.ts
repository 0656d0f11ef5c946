// Entry for Node (and Bun, Deno): the nodejs glue loads the wasm synchronously at import.
import glue from '../wasm/wasm_crypto.node.cjs';
import { WasmModule } from '@org/wasm-runtime';
import { crypto, type CryptoGlue } from './binding.js';

crypto.set(new WasmModule<CryptoGlue>('@org/wasm-crypto', glue, {}, glue.__wasmVariant));

export * from './index.js';
