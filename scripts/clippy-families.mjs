// `cargo clippy` on each family build of wasm-crypto and each module of wasm-crypto-lite (one
// cargo feature per wasm module), for wasm32: each is a different subset of its crate, compiled
// as scripts/build-wasm.mjs builds it.
import { cryptoFamilies, liteModules, run, toolchainEnv } from './lib.mjs';

const env = toolchainEnv();
for (const family of cryptoFamilies) {
  console.log(`clippy: wasm-crypto [${family}]`);
  run(
    'cargo',
    ['clippy', '-q', '-p', 'wasm-crypto', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', `wasm,${family}`, '--', '-D', 'warnings'],
    { env },
  );
}
for (const name of liteModules) {
  console.log(`clippy: wasm-crypto-lite [${name}]`);
  run(
    'cargo',
    ['clippy', '-q', '-p', 'wasm-crypto-lite', '--target', 'wasm32-unknown-unknown', '--no-default-features', '--features', name, '--', '-D', 'warnings'],
    { env },
  );
}
console.log(`clippy: ${cryptoFamilies.length} family builds and ${liteModules.length} lite modules clean`);
