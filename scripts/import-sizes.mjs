// Reports what typical imports of @org/wasm-crypto cost a browser user, next to hash-wasm's
// equivalent imports: each is bundled and minified with esbuild (ESM, code splitting), and we
// count the gzip size of the JS loaded up front plus the .wasm it fetches (the embedded fallback
// chunk, loaded only when the .wasm cannot be fetched, is left out). hash-wasm embeds its wasm in
// the JS. Budgets of the full modules live in packages/crypto/.size-limit.json; this is the
// comparison the crypto issue asks for, printed on every `pnpm size`, and the budget of the
// `/lite/*` entries: each must cost no more than hash-wasm's equivalent import, or this fails.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { liteSimdModules, root } from './lib.mjs';

/**
 * [our subpath, the names imported from it, hash-wasm's names, the `/lite/*` module with them, the
 * families whose .wasm the subpath loads (default: the subpath's own)]
 */
const imports = [
  ['sha2', 'sha256', 'sha256', 'sha256'],
  ['sha3', 'sha3_256', 'sha3', 'sha3'],
  ['blake3', 'blake3', 'blake3', 'blake3'],
  ['legacy', 'md5', 'md5', 'md5'],
  ['legacy-extra', 'whirlpool', 'whirlpool'],
  ['checksum', 'crc32', 'crc32', 'crc32'],
  ['xxhash', 'xxhash64', 'xxhash64', 'xxhash64'],
  ['xxhash', 'xxhash3', 'xxhash3', 'xxhash3'],
  ['sha2', 'sha512', 'sha512', 'sha512'],
  ['legacy', 'sha1', 'sha1', 'sha1'],
  ['argon2', 'argon2id', 'argon2id', 'argon2'],
  ['scrypt', 'scrypt', 'scrypt', 'scrypt'],
  ['bcrypt', 'bcrypt', 'bcrypt', 'bcrypt'],
  ['password', 'hashPassword, verifyPassword', 'argon2id, argon2Verify', 'argon2', ['argon2', 'scrypt', 'bcrypt', 'sha2']],
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const work = mkdtempSync(join(tmpdir(), 'import-sizes-'));

/** Gzip bytes of the JS a page loads for `source` (entry plus statically imported chunks). */
async function upfrontJs(name, source) {
  const entry = join(work, `${name}.mjs`);
  writeFileSync(entry, source);
  const outdir = join(work, `out-${name}`);
  const result = await build({
    entryPoints: [entry], bundle: true, minify: true, format: 'esm', splitting: true, platform: 'browser',
    outdir, metafile: true, write: true, logLevel: 'error', absWorkingDir: root, nodePaths: [join(root, 'node_modules')],
  });
  const outputs = result.metafile.outputs;
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') visit(imported.path);
  };
  visit(Object.keys(outputs).find((file) => outputs[file].entryPoint));
  return [...seen].reduce((sum, file) => sum + gz(readFileSync(join(root, file))), 0);
}

const overBudget = [];
const kB = (bytes) => (bytes / 1000).toFixed(1);
const wasmFile = (name) => gz(readFileSync(join(root, 'packages', 'crypto', 'wasm', name)));
/** Gzip kB of an import of `names` from `subpath`: JS + .wasm = total. */
const sum = (js, wasm) => `${kB(js)} + ${kB(wasm)} = ${kB(js + wasm)}`;
console.log(
  'typical import (gzip kB)'.padEnd(34), 'full entry: JS + .wasm'.padStart(22), 'ratio'.padStart(6),
  '/lite/* entry: JS + .wasm'.padStart(26), 'ratio'.padStart(6), 'hash-wasm'.padStart(10),
);
try {
  for (const [subpath, ours, theirs, lite, families = [subpath]] of imports) {
    const js = await upfrontJs(`ours-${subpath}`, `import { init, ${ours} } from '@org/wasm-crypto/${subpath}';\nglobalThis.use = [init, ${ours}];\n`);
    // The subpath's family modules (legacy-extra's is wasm_crypto_legacy_extra).
    const wasm = families.reduce((sum, family) => sum + wasmFile(`wasm_crypto_${family.replace('-', '_')}_bg.wasm`), 0);
    const peer = await upfrontJs(`peer-${theirs}`, `import { ${theirs} } from 'hash-wasm';\nglobalThis.use = [${theirs}];\n`);
    const ratio = (bytes) => `${(bytes / peer).toFixed(1)}×`;
    const row = [`{ ${ours} }`.padEnd(34), sum(js, wasm).padStart(22), ratio(js + wasm).padStart(6)];
    if (lite) {
      const liteJs = await upfrontJs(`lite-${subpath}-${lite}`, `import { init, ${ours} } from '@org/wasm-crypto/lite/${lite}';\nglobalThis.use = [init, ${ours}];\n`);
      // A module with a SIMD128 build: the larger of the two, whichever the engine fetches.
      const liteWasm = Math.max(wasmFile(`lite_${lite}.wasm`), liteSimdModules.includes(lite) ? wasmFile(`lite_${lite}_simd.wasm`) : 0);
      row.push(sum(liteJs, liteWasm).padStart(26), ratio(liteJs + liteWasm).padStart(6));
      if (liteJs + liteWasm > peer) overBudget.push(`/lite/${lite} (${ours}): ${liteJs + liteWasm} B gzip > hash-wasm's ${peer} B`);
    } else {
      row.push('—'.padStart(26), ''.padStart(6));
    }
    console.log(...row, kB(peer).padStart(10));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (overBudget.length) {
  console.error(`\nOver budget (a /lite/* import must cost no more than hash-wasm's):\n  ${overBudget.join('\n  ')}`);
  process.exit(1);
}
