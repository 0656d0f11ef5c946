// Builds every crate to WebAssembly and lays the results out in packages/<name>/wasm/:
//
// A crate is built into one module, or (crypto) one per family, each with its own feature set
// and cargo target dir. Per module:
//
//   <out>.web.js          wasm-bindgen glue for the `web` target (bundled into dist/ by tsup)
//   <out>.node.cjs        glue for the `nodejs` target (CommonJS, loads the .wasm at require)
//   <out>_bg.wasm         the baseline build, verified to contain no SIMD instruction
//   <out>_simd_bg.wasm    the SIMD128 build, for crates that have one
//   <out>.inline.js       both builds as base64, for the `inline` entry (workers, edge)
//   <out>.web-source.js   (crypto) the web glue as text, to start Web Workers with
//
// wasm-pack runs cargo and wasm-bindgen for each target. Two steps are ours:
// - wasm-bindgen also gets --experimental-reset-state-function, which wasm-pack cannot pass: the
//   runtime re-instantiates the module with it after a panic. A shim named `wasm-bindgen`, first
//   on PATH, adds the flag (wasm-pack picks the binary on PATH whose version matches Cargo.lock).
// - wasm-opt runs here rather than in wasm-pack, so that each build is optimised with exactly
//   its own feature set. (wasm-opt also honours the features the module's target_features section
//   declares, so it cannot prove the baseline SIMD-free: assertNoSimd disassembles it instead.)
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { capture, crates, fail, liteModules, litePasswordModules, liteSimdModules, root, run, toolchainEnv } from './lib.mjs';

const only = process.argv.slice(2);
const staging = join(root, 'target', 'wasm-pack');
const shimDir = join(root, 'target', 'wasm-bindgen-shim');
const baseEnv = toolchainEnv();
const realWasmBindgen = capture('sh', ['-c', 'command -v wasm-bindgen'], { env: baseEnv }).trim();
if (!realWasmBindgen) fail('wasm-bindgen is not installed: run `bash scripts/bootstrap.sh`');

mkdirSync(shimDir, { recursive: true });
const shim = join(shimDir, 'wasm-bindgen');
writeFileSync(
  shim,
  `#!/bin/sh\n# Adds the reset-state option that wasm-pack cannot pass (see scripts/build-wasm.mjs).\n` +
    `case "$1" in --version|-V) exec "${realWasmBindgen}" "$@";; esac\n` +
    `exec "${realWasmBindgen}" --experimental-reset-state-function "$@"\n`,
);
chmodSync(shim, 0o755);
const env = toolchainEnv([shimDir]);

/** Features every build may use (rustc ≥ 1.87 emits them by default), SIMD aside. */
const BASE_FEATURES = [
  '--mvp-features',
  '--enable-bulk-memory',
  '--enable-bulk-memory-opt',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-mutable-globals',
  '--enable-reference-types',
  '--enable-multivalue',
];

// `lite` alone rebuilds just the size-first modules, into the crypto package's wasm/.
/** Custom sections no engine reads (which compilers built the module, and its features). */
const STRIP = ['--strip-producers', '--strip-target-features'];

const selected = crates.filter((c) => only.length === 0 || only.includes(c.name));
if (only.includes('lite') && !only.includes('crypto')) buildLiteModules(join(root, 'packages', 'crypto', 'wasm'));
for (const spec of selected) {
  const pkgWasm = join(root, 'packages', spec.name, 'wasm');
  rmSync(pkgWasm, { recursive: true, force: true });
  mkdirSync(pkgWasm, { recursive: true });
  for (const module of spec.modules) buildModule(spec, module, pkgWasm);
  if (spec.name === 'crypto') buildLiteModules(pkgWasm);
}

function buildModule(spec, module, pkgWasm) {
  const { out } = module;
  const label = module.features ? `${spec.crate} [${module.features.join(', ')}]` : spec.crate;
  console.log(`\n▶ ${label}`);
  const crateDir = join(root, 'crates', spec.name);
  const staged = join(staging, out);
  rmSync(staged, { recursive: true, force: true });
  const targetRoot = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  // Family builds share one target dir: cargo keeps each feature set's artifacts apart, so they
  // stay cached side by side while the dependencies (and their build scripts and proc macros)
  // compile once. RUSTFLAGS are not kept apart like that, so SIMD builds use a dir of their own.
  const targetDir = module.features ? join(targetRoot, 'modules') : targetRoot;
  const featureArgs = (extra = []) =>
    module.features
      ? ['--no-default-features', '--features', ['wasm', ...module.features, ...extra].join(',')]
      : ['--features', ['wasm', ...extra].join(',')];
  const wasmPack = (target, dir, { extraFlags = [], extraFeatures = [], targetDir: dirForCargo = targetDir } = {}) =>
    run(
      'wasm-pack',
      ['--log-level', 'warn', 'build', crateDir, '--release', '--target', target, '--out-dir', join(staged, dir),
        '--out-name', out, '--no-pack', '--', ...featureArgs(extraFeatures)],
      { env: { ...env, CARGO_TARGET_DIR: dirForCargo, CARGO_ENCODED_RUSTFLAGS: rustflags(extraFlags) } },
    );

  wasmPack('web', 'web');
  wasmPack('nodejs', 'node');
  // The nodejs glue will load the web build's (optimised) .wasm: they must have the same interface.
  assertSameInterface(join(staged, 'node', `${out}_bg.wasm`), join(staged, 'web', `${out}_bg.wasm`), label);
  if (module.simd) {
    wasmPack('web', 'web-simd', {
      extraFlags: ['-Ctarget-feature=+simd128'],
      extraFeatures: module.simdFeatures ?? [],
      targetDir: join(targetDir, 'simd'),
    });
    const glue = readFileSync(join(staged, 'web', `${out}.js`), 'utf8');
    const simdGlue = readFileSync(join(staged, 'web-simd', `${out}.js`), 'utf8');
    if (glue !== simdGlue) fail(`${label}: the SIMD and baseline builds generated different glue`);
  }

  const baseline = join(pkgWasm, `${out}_bg.wasm`);
  optimise(join(staged, 'web', `${out}_bg.wasm`), baseline, BASE_FEATURES, 'baseline');
  assertNoSimd(baseline, label);
  const builds = { baseline: readFileSync(baseline) };
  if (module.simd) {
    const simd = join(pkgWasm, `${out}_simd_bg.wasm`);
    optimise(join(staged, 'web-simd', `${out}_bg.wasm`), simd, [...BASE_FEATURES, '--enable-simd'], 'simd');
    builds.simd = readFileSync(simd);
  }

  const webGlue = stripSelfTypes(readFileSync(join(staged, 'web', `${out}.js`), 'utf8'));
  writeFileSync(join(pkgWasm, `${out}.web.js`), webGlue);
  if (spec.name === 'crypto') {
    // The glue's source, for crypto's web entries to start a module Worker with (async KDFs).
    writeFileSync(join(pkgWasm, `${out}.web-source.js`), `// Generated by scripts/build-wasm.mjs: the web glue's source text.\nexport default ${JSON.stringify(webGlue)};\n`);
    writeFileSync(join(pkgWasm, `${out}.web-source.d.ts`), `/** The wasm-bindgen web glue of this module, as source text. */\ndeclare const source: string;\nexport default source;\n`);
  }
  writeFileSync(join(pkgWasm, `${out}.node.cjs`), nodeGlue(out, module.simd, label, readFileSync(join(staged, 'node', `${out}.js`), 'utf8')));
  // wasm-bindgen's declarations type the glue for our TypeScript; they are not published.
  copyFileSync(join(staged, 'web', `${out}.d.ts`), join(pkgWasm, `${out}.web.d.ts`));
  writeFileSync(
    join(pkgWasm, `${out}.node.d.cts`),
    readFileSync(join(staged, 'node', `${out}.d.ts`), 'utf8') + `\n/** Which build the glue loaded. */\nexport const __wasmVariant: 'simd' | 'baseline';\n`,
  );
  writeFileSync(
    join(pkgWasm, `${out}.inline.js`),
    `// Generated by scripts/build-wasm.mjs: the wasm builds as base64, for the inline entry.\n` +
      `export const baseline = ${JSON.stringify(builds.baseline.toString('base64'))};\n` +
      `export const simd = ${builds.simd ? JSON.stringify(builds.simd.toString('base64')) : 'undefined'};\n`,
  );
  writeFileSync(
    join(pkgWasm, `${out}.inline.d.ts`),
    `/** The baseline build, base64. */\nexport const baseline: string;\n/** The SIMD128 build, base64, if the module has one. */\nexport const simd: string | undefined;\n`,
  );
  for (const [variant, bytes] of Object.entries(builds)) {
    console.log(`  ${variant.padEnd(8)} ${(bytes.length / 1024).toFixed(1)} KiB`);
  }
}

/** Every size-first module, replacing the lite files already in `pkgWasm` (a rename leaves none behind). */
function buildLiteModules(pkgWasm) {
  for (const stale of readdirSync(pkgWasm).filter((file) => file.startsWith('lite_'))) rmSync(join(pkgWasm, stale));
  for (const name of liteModules) {
    buildLiteModule(name, pkgWasm);
    if (liteSimdModules.includes(name)) buildLiteModule(name, pkgWasm, true);
  }
}

/**
 * A size-first module of wasm-crypto-lite: plain cargo (no wasm-bindgen) with a 64 KiB stack (its
 * states are at most 4 KiB). The hashes are optimised for size; the password hashes at opt-level 3,
 * which for them is both smaller and faster than "s" (measured: Argon2 8.2 instead of 8.9 kB gzip,
 * scrypt 4.8 instead of 5.5 kB and 0.43 instead of 1.25 s at N = 2^17, bcrypt 7.0 instead of 7.5
 * kB), then `wasm-opt -O2`, as fast as -O3 for them and up to 0.2 kB smaller (Argon2). Writes lite_<name>.wasm and lite_<name>.inline.js (base64, for the inline entries), or with
 * `simd` the SIMD128 build, lite_<name>_simd.wasm and .inline.js.
 */
function buildLiteModule(name, pkgWasm, simd = false) {
  const file = `lite_${name}${simd ? '_simd' : ''}`;
  console.log(`\n▶ wasm-crypto-lite [${name}${simd ? ', SIMD128' : ''}]`);
  const passwordHash = litePasswordModules.includes(name);
  const targetDir = join(process.env.CARGO_TARGET_DIR ?? join(root, 'target'), 'lite');
  run(
    'cargo',
    ['build', '-q', '--release', '--target', 'wasm32-unknown-unknown', '-p', 'wasm-crypto-lite', '--no-default-features', '--features', name,
      '--config', `profile.release.opt-level=${passwordHash ? '3' : '"s"'}`],
    {
      env: {
        ...env,
        CARGO_TARGET_DIR: targetDir,
        CARGO_ENCODED_RUSTFLAGS: rustflags([
          '-Clink-arg=-zstack-size=65536',
          // SHA-512's rounds not unrolled: 3.8 instead of 5.6 kB gzip. SHA-256 keeps them (4.8
          // instead of 2.9 kB, still under hash-wasm's import), being 28% faster so (350 MB/s).
          ...(name === 'sha256' ? [] : ['--cfg=sha2_backend_soft="compact"']),
          ...(simd ? ['-Ctarget-feature=+simd128'] : []),
        ]),
      },
    },
  );
  const output = join(pkgWasm, `${file}.wasm`);
  const level = passwordHash ? ['-O2'] : ['-Oz', '--converge'];
  console.log(`  wasm-opt ${level[0]}`);
  const features = simd ? [...BASE_FEATURES, '--enable-simd'] : BASE_FEATURES;
  capture('wasm-opt', [join(targetDir, 'wasm32-unknown-unknown', 'release', 'wasm_crypto_lite.wasm'), ...level, ...STRIP, ...features, '-o', output], { env });
  if (!simd) assertNoSimd(output, `wasm-crypto-lite [${name}]`);
  const bytes = readFileSync(output);
  writeFileSync(
    join(pkgWasm, `${file}.inline.js`),
    `// Generated by scripts/build-wasm.mjs: ${file}.wasm as base64, for the inline entry.\nexport default ${JSON.stringify(bytes.toString('base64'))};\n`,
  );
  writeFileSync(join(pkgWasm, `${file}.inline.d.ts`), `/** ${file}.wasm, base64. */\ndeclare const wasm: string;\nexport default wasm;\n`);
  console.log(`  ${simd ? 'simd' : 'baseline'} ${(bytes.length / 1024).toFixed(1)} KiB`);
}

/**
 * The rustc flags of a build: the caller's RUSTFLAGS, `extra`, and the source-path remapping,
 * encoded (0x1f-separated) so that paths with spaces survive.
 */
function rustflags(extra = []) {
  return [...(process.env.RUSTFLAGS ?? '').split(/\s+/).filter(Boolean), ...extra, ...remapSourcePaths()].join('\x1f');
}

/**
 * `--remap-path-prefix` flags that shorten the source paths panics report (kept in the data even
 * where the panic code is gone) to `<crate>-<version>/src/…`: bytes in every module, and the build
 * machine's paths out of the published files.
 */
function remapSourcePaths() {
  const registry = join(process.env.CARGO_HOME ?? join(homedir(), '.cargo'), 'registry', 'src');
  const indexes = existsSync(registry) ? readdirSync(registry).map((index) => join(registry, index)) : [];
  return [...indexes, root].map((dir) => `--remap-path-prefix=${dir}/=`);
}

// `--merge-similar-functions` folds functions that differ only in constants into one: it halves
// the sha3_addons module (TurboSHAKE's domain byte is a const generic, instantiated 127 times per
// rate).
function optimise(input, output, features, label) {
  console.log(`  wasm-opt ${label}`);
  capture('wasm-opt', [input, '-O3', '--merge-similar-functions', ...STRIP, ...features, '-o', output], { env });
}

/** Some crates compile SIMD paths unconditionally: fail if any v128 instruction is in the baseline. */
function assertNoSimd(file, crate) {
  const text = capture('wasm-dis', [file], { env });
  if (/\bv128\b|\b[if](8x16|16x8|32x4|64x2)\./.test(text)) fail(`${crate}: the baseline build contains SIMD instructions`);
}

function assertSameInterface(a, b, crate) {
  const shape = (file) => {
    const module = new WebAssembly.Module(readFileSync(file));
    return JSON.stringify([WebAssembly.Module.imports(module), WebAssembly.Module.exports(module)]);
  };
  if (shape(a) !== shape(b)) fail(`${crate}: the nodejs and web builds have different imports or exports`);
}

function stripSelfTypes(glue) {
  return glue.replace(/^\/\* @ts-self-types=.*\*\/\n/, '');
}

/** The nodejs glue loads `<out>_bg.wasm` at require; modules with a SIMD build choose here. */
function nodeGlue(out, hasSimd, label, glue) {
  glue = stripSelfTypes(glue);
  const line = `const wasmPath = \`\${__dirname}/${out}_bg.wasm\`;`;
  if (!glue.includes(line)) fail(`${label}: the nodejs glue no longer has the line this script patches:\n  ${line}`);
  const probe = 'AGFzbQEAAAABBQFgAAF7AwIBAAoKAQgAQQD9D/1iCw=='; // the SIMD probe of packages/runtime/src/source.ts
  const choose = hasSimd
    ? `process.env.ORG_WASM_SIMD !== '0' && WebAssembly.validate(Buffer.from('${probe}', 'base64')) ? 'simd' : 'baseline'`
    : `'baseline'`;
  return glue.replace(
    line,
    `// Patched by scripts/build-wasm.mjs: use the SIMD128 build where it runs (ORG_WASM_SIMD=0 forces the baseline).\n` +
      `const wasmVariant = ${choose};\n` +
      `exports.__wasmVariant = wasmVariant;\n` +
      `const wasmPath = \`\${__dirname}/${out}\${wasmVariant === 'simd' ? '_simd' : ''}_bg.wasm\`;`,
  );
}
