// Checks the crates for wasm32 with every compiler this machine has a wasm32 std for: rustup's
// default toolchain and, where bootstrap.sh set it up, Debian's rustc-web (`system`). The wasm
// build uses only one of them; this keeps the code building on both.
import { spawnSync } from 'node:child_process';
import { root } from './lib.mjs';

const candidates = [
  { name: 'rustup default', env: { RUSTUP_TOOLCHAIN: undefined } },
  { name: 'system (Debian rustc-web)', env: { RUSTUP_TOOLCHAIN: 'system' } },
];

function envWith(overrides) {
  const env = { ...process.env };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

let checked = 0;
let failed = 0;
for (const { name, env: overrides } of candidates) {
  const env = envWith(overrides);
  const libdir = spawnSync('rustc', ['--target', 'wasm32-unknown-unknown', '--print', 'target-libdir'], { env, encoding: 'utf8' });
  const version = spawnSync('rustc', ['-V'], { env, encoding: 'utf8' }).stdout?.trim();
  const hasStd = libdir.status === 0 && spawnSync('sh', ['-c', `ls "${libdir.stdout.trim()}"/libstd-*.rlib`], { stdio: 'ignore' }).status === 0;
  if (!hasStd) {
    console.log(`- ${name}: no wasm32 std here, not checked`);
    continue;
  }
  console.log(`▶ ${name}: ${version}`);
  // wasm-crypto-lite on its own: built with the others, cargo would unify its dependencies'
  // features with theirs (`alloc`), which its no_std, allocator-free modules cannot link.
  const cargoCheck = (packages) =>
    spawnSync('cargo', ['check', ...packages, '--all-features', '--target', 'wasm32-unknown-unknown', '--quiet'], { cwd: root, env, stdio: 'inherit' }).status;
  checked++;
  if (cargoCheck(['--workspace', '--exclude', 'wasm-crypto-lite']) !== 0 || cargoCheck(['-p', 'wasm-crypto-lite']) !== 0) failed++;
}
console.log(`toolchains: ${checked - failed} passed, ${failed} failed`);
process.exit(failed > 0 || checked === 0 ? 1 : 0);
