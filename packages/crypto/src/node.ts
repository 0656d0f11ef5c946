// Entry for Node (and Bun, Deno): the nodejs glue loads the wasm synchronously at import.
import glue from '../wasm/wasm_crypto.node.cjs';
import { nodeModule } from '@org/wasm-runtime';
import { crypto } from './binding.js';

crypto.set(nodeModule(crypto.name, glue));
export * from './index.js';
