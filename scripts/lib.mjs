// Shared by the repo's scripts: paths, the toolchain chosen by bootstrap.sh, and running commands.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The families of @org/wasm-crypto: one cargo feature and one wasm module each (docs/crypto-families.md). */
export const cryptoFamilies = ['sha2', 'sha3', 'sha3_addons', 'blake2', 'blake3', 'legacy', 'legacy_extra', 'argon2', 'scrypt', 'bcrypt', 'checksum', 'xxhash'];
/**
 * The size-first modules of @org/wasm-crypto (`/lite/<name>`): one cargo feature of
 * wasm-crypto-lite each, built without wasm-bindgen (docs/crypto-lite.md). The password hashes'
 * modules run one derivation per instance (src/lite/kdf.ts) instead of keeping hash states.
 */
export const litePasswordModules = ['argon2', 'scrypt', 'bcrypt'];
/** The lite modules with a SIMD128 build beside the baseline, chosen where the engine runs it (scrypt: 1.6× faster). */
export const liteSimdModules = ['scrypt'];
export const liteModules = ['sha256', 'sha512', 'sha3', 'blake3', 'md5', 'sha1', 'crc32', 'xxhash32', 'xxhash64', 'xxhash3', 'xxhash128', ...litePasswordModules];
const simdFamilies = ['sha2', 'sha3', 'sha3_addons', 'blake3', 'xxhash', 'argon2', 'scrypt'];

/**
 * The crates, the packages that wrap them, and the wasm modules each is built into: `features`
 * selects what a module contains (none: the crate's defaults); `simd` where a SIMD128 build pays
 * off, as measured (docs/architecture.md), with `simdFeatures` turned on only in that build.
 * Imaging's current loops run no faster with SIMD128, so it has none yet.
 */
export const crates = [
  { name: 'imaging', crate: 'wasm-imaging', modules: [{ out: 'wasm_imaging', simd: false }] },
  {
    name: 'crypto',
    crate: 'wasm-crypto',
    modules: cryptoFamilies.map((family) => ({
      out: `wasm_crypto_${family}`,
      features: [family],
      // SIMD128 builds where measured faster: sha2 (SHA-256 1 MiB 375 → 469 MB/s), sha3 (SHA3-256
      // 372 → 419), sha3_addons (KT128 389 → 416, cSHAKE128 384 → 424 MiB/s), blake3 (the crate's
      // kernels), xxhash (XXH3 1 MiB 5 900 → 8 800 MiB/s), argon2 (148 → 138 ms), scrypt (389 → 224
      // ms). legacy, legacy_extra, blake2, bcrypt and checksum (CRC, Adler-32) gained under 5%.
      simd: simdFamilies.includes(family),
      simdFeatures: ['simd'],
    })),
  },
  { name: 'physics', crate: 'wasm-physics', modules: [{ out: 'wasm_physics', simd: true }] },
];

/** The environment for Rust tools: the toolchain bootstrap.sh picked, cached tools on PATH. */
export function toolchainEnv(extraPath = []) {
  const env = { ...process.env };
  const file = join(root, 'target', 'toolchain.env');
  if (existsSync(file)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const match = /^([A-Z_]+)=(.*)$/.exec(line);
      if (!match) continue;
      const [, key, value] = match;
      if (key === 'TOOLS_BIN') extraPath.push(value);
      else if (key === 'RUSTUP_TOOLCHAIN' && value && !process.env.RUSTUP_TOOLCHAIN) env.RUSTUP_TOOLCHAIN = value;
    }
  }
  const home = process.env.HOME ?? '';
  env.PATH = [...extraPath, join(root, 'node_modules', '.bin'), join(home, '.cargo', 'bin'), env.PATH].join(delimiter);
  return env;
}

/** Runs a command, streaming its output; exits the process with a clear line if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  return result;
}

/** Runs a command and returns its standard output. */
export function capture(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  if (result.error) fail(`${command}: ${result.error.message}`);
  if (result.status !== 0) fail(`${command} ${args.join(' ')} exited with ${result.status}:\n${result.stderr}`);
  return result.stdout;
}

export function fail(message) {
  console.error(`\n✖ ${message}`);
  process.exit(1);
}
