// Entry for Node (and Bun, Deno): the nodejs glue loads the wasm synchronously at import.
import glue from '../wasm/wasm_physics.node.cjs';
import { nodeModule } from '@org/wasm-runtime';
import { physics } from './binding.js';

physics.set(nodeModule(physics.name, glue));
export * from './index.js';
