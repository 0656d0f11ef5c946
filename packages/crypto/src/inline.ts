// Entry for workers and edge runtimes: the wasm is embedded and loads itself on first use.
import * as glue from '../wasm/wasm_crypto.web.js';
import * as base64 from '../wasm/wasm_crypto.inline.js';
import { inlineModule } from '@org/wasm-runtime';
import { crypto } from './binding.js';

crypto.set(inlineModule(crypto.name, glue, base64));
export * from './index.js';
