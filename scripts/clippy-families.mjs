// `cargo clippy` on each family build of wasm-crypto (one cargo feature per wasm module), for
// wasm32: each is a different subset of the crate, compiled as scripts/build-wasm.mjs builds it.
import { cryptoFamilies, run, toolchainEnv } from './lib.mjs';

const env = toolchainEnv();
for (const family of cryptoFamilies) {
  console.log(`clippy: wasm-crypto [${family}]`);
  run(
    'cargo',
    ['clippy', '-q', '-p', 'wasm-crypto', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', `wasm,${family}`, '--', '-D', 'warnings'],
    { env },
  );
}
console.log(`clippy: ${cryptoFamilies.length} family builds clean`);
