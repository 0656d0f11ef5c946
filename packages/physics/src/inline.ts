// Entry for workers and edge runtimes: the wasm is embedded and loads itself on first use.
import * as glue from '../wasm/wasm_physics.web.js';
import * as base64 from '../wasm/wasm_physics.inline.js';
import { inlineModule } from '@org/wasm-runtime';
import { physics } from './binding.js';

physics.set(inlineModule(physics.name, glue, base64));
export * from './index.js';
