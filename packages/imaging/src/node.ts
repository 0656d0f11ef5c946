// Entry for Node (and Bun, Deno): the nodejs glue loads the wasm synchronously at import.
import glue from '../wasm/wasm_imaging.node.cjs';
import { nodeModule } from '@org/wasm-runtime';
import { imaging } from './binding.js';

imaging.set(nodeModule(imaging.name, glue));
export * from './index.js';
