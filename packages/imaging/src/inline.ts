// Entry for workers and edge runtimes: the wasm is embedded and loads itself on first use.
import * as glue from '../wasm/wasm_imaging.web.js';
import * as base64 from '../wasm/wasm_imaging.inline.js';
import { inlineModule } from '@org/wasm-runtime';
import { imaging } from './binding.js';

imaging.set(inlineModule(imaging.name, glue, base64));
export * from './index.js';
