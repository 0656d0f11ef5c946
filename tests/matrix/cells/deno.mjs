// Deno (from the `deno` npm package, pinned in package.json), with the app's npm-installed
// node_modules. Deno resolves the `node` condition, so it runs the Node entry and its CommonJS
// glue; the only permissions it needs are reading the package files and the ORG_WASM_SIMD switch.
import { join } from 'node:path';
import { root, sh } from '../fixture.mjs';
import { runChecked, writeNodeScripts } from './node.mjs';

export async function cells({ app }) {
  writeNodeScripts(app);
  const deno = join(root, 'node_modules', '.bin', 'deno');
  const version = () => sh(deno, ['--version']).split(' ').slice(0, 2).join(' ');
  const run = (script) => ['run', '--node-modules-dir=manual', '--allow-read', '--allow-env=ORG_WASM_SIMD', script];
  return [
    { name: 'deno · ESM import', run: () => `${version()} · ${runChecked(deno, run('check-node.mjs'), app, /dist\/(index\.)?node\.js$/)}` },
    { name: 'deno · CJS require', run: () => `${version()} · ${runChecked(deno, run('check-node.cjs'), app, /dist\/(index\.)?node\.cjs$/)}` },
  ];
}
