// `pnpm test:matrix`: installs the packed packages into a user project and runs one real
// computation per package (tests/matrix/workload.mjs) in every runtime and bundler cell, checking
// the results against known values. One line per cell; exits non-zero if any cell fails.
//
// Cells live in tests/matrix/cells/<group>.mjs; each exports `cells(fixture)` returning
// `[{ name, run }]`, where `run()` throws on failure and may return a short detail to print,
// and may export `dispose()` to stop what it started (servers, browsers).
import { existsSync } from 'node:fs';
import { prepare } from './fixture.mjs';

const GROUPS = ['node', 'bun', 'deno', 'workerd', 'browser'].filter((group) => existsSync(new URL(`./cells/${group}.mjs`, import.meta.url)));
const only = process.argv.slice(2);

const started = Date.now();
const fixture = prepare();
console.log(`matrix: packed and installed in ${((Date.now() - started) / 1000).toFixed(1)} s (${fixture.app})`);

let passed = 0;
let failed = 0;
for (const group of GROUPS.filter((g) => only.length === 0 || only.includes(g))) {
  const cellModule = await import(`./cells/${group}.mjs`);
  let list;
  try {
    list = await cellModule.cells(fixture);
  } catch (error) {
    console.log(`✖ ${group}: could not set up: ${error.message}`);
    failed++;
    await cellModule.dispose?.();
    continue;
  }
  for (const cell of list) {
    const start = Date.now();
    try {
      const detail = await cell.run();
      passed++;
      console.log(`✔ ${cell.name.padEnd(44)} ${String(Date.now() - start).padStart(6)} ms${detail ? `  ${detail}` : ''}`);
    } catch (error) {
      failed++;
      console.log(`✖ ${cell.name.padEnd(44)} ${String(Date.now() - start).padStart(6)} ms\n    ${String(error.message).split('\n').join('\n    ')}`);
    }
  }
  await cellModule.dispose?.();
}
console.log(`matrix: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
