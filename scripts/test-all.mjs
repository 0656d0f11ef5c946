// Every test of the repo, in order, against the packages `pnpm build` made. Each step streams its
// runner's own output (summaries included); the last line totals the tests of all runners.
// Exits non-zero if any step fails, after running the rest, so one run shows every failure.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './lib.mjs';

const vitestReport = join(root, 'target', 'vitest-report.json');

/** Each step: a command, and how to count its tests (else it counts as one check). */
const steps = [
  { name: 'rust: fmt', cmd: 'cargo', args: ['fmt', '--all', '--check'] },
  { name: 'rust: test', cmd: 'cargo', args: ['test', '--workspace'], count: cargoCounts },
  { name: 'rust: clippy', cmd: 'cargo', args: ['clippy', '--workspace', '--all-targets', '--all-features', '--', '-D', 'warnings'] },
  { name: 'rust: clippy on each crypto family build', cmd: 'node', args: ['scripts/clippy-families.mjs'] },
  { name: 'rust: wasm32 check with each compiler', cmd: 'node', args: ['scripts/check-toolchains.mjs'] },
  { name: 'typescript: typecheck', cmd: 'pnpm', args: ['typecheck'] },
  {
    name: 'vitest: node, browser, package',
    cmd: 'pnpm',
    args: ['exec', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
    before: () => rmSync(vitestReport, { force: true }),
    count: vitestCounts,
  },
  { name: 'matrix: runtimes and bundlers', cmd: 'pnpm', args: ['test:matrix'], count: (out) => plainCounts(out, 'matrix') },
  { name: 'packages: publint + attw', cmd: 'pnpm', args: ['lint:package'], count: (out) => plainCounts(out, 'lint') },
  { name: 'packages: size budgets', cmd: 'pnpm', args: ['size'] },
  { name: 'docs: typedoc', cmd: 'pnpm', args: ['docs:api'] },
  { name: 'release: changesets → verdaccio → npm install', cmd: 'pnpm', args: ['test:release'], count: (out) => plainCounts(out, 'release') },
];

const results = [];
for (const step of steps) {
  console.log(`\n━━ ${step.name} ━━`);
  step.before?.();
  const started = Date.now();
  const { status, output } = await runStreaming(step.cmd, step.args);
  const ok = status === 0;
  const counted = step.count?.(output);
  const { passed, failed } = counted ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  results.push({ name: step.name, ok, passed, failed: ok ? failed : Math.max(failed, 1), seconds: (Date.now() - started) / 1000 });
}

console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(`${r.ok ? '✔' : '✖'} ${r.name.padEnd(48)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0).padStart(4)} s`);
}
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) ? 0 : 1);

/** Runs a command with its output shown live, and also returns its standard output. */
function runStreaming(cmd, args) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('error', (error) => resolve({ status: -1, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ status, output }));
  });
}

/** Counts from a `<label>: N passed, M failed` line, as our own runners print. */
function plainCounts(output, label) {
  const match = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'm').exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]) } : undefined;
}

function cargoCounts(output) {
  let passed = 0;
  let failed = 0;
  for (const match of output.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
    passed += Number(match[1]);
    failed += Number(match[2]);
  }
  return { passed, failed };
}

function vitestCounts() {
  if (!existsSync(vitestReport)) return undefined;
  const report = JSON.parse(readFileSync(vitestReport, 'utf8'));
  return { passed: report.numPassedTests, failed: report.numFailedTests + (report.numTotalTestSuites === 0 ? 1 : 0) };
}
