// Entry for browsers and bundlers: `init()` fetches the .wasm, which bundlers emit as an asset;
// where a bundler leaves it behind, the embedded copy comes in a chunk loaded only then.
import * as glue from '../wasm/wasm_crypto.web.js';
import { webModule } from '@org/wasm-runtime';
import { crypto } from './binding.js';

crypto.set(
  webModule(
    crypto.name,
    glue,
    { baseline: () => new URL('../wasm/wasm_crypto_bg.wasm', import.meta.url) },
    () => import('../wasm/wasm_crypto.inline.js'),
  ),
);
export * from './index.js';
