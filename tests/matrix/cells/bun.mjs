// Bun (from the `bun` npm package, pinned in package.json), importing and requiring the packages.
import { join } from 'node:path';
import { root, sh } from '../fixture.mjs';
import { runChecked, writeNodeScripts } from './node.mjs';

export async function cells({ app }) {
  writeNodeScripts(app);
  const bun = join(root, 'node_modules', '.bin', 'bun');
  const version = () => `bun ${sh(bun, ['--version']).trim()}`;
  // Bun honours the `node` condition as Node does.
  return [
    { name: 'bun · ESM import', run: () => `${version()} ${runChecked(bun, ['check-node.mjs'], app, /dist\/(index\.)?node\.js$/)}` },
    { name: 'bun · CJS require', run: () => `${version()} ${runChecked(bun, ['check-node.cjs'], app, /dist\/(index\.)?node\.cjs$/)}` },
  ];
}
