// Lints each package the way it will be published: `pnpm pack` it once (workspace: ranges
// replaced, `files` applied), then check that tarball with
//   publint (strict)   package.json fields, exports and the files they point to
//   attw               what TypeScript resolves for every entry point, per module resolution
//   types-deps         the .d.ts files import only published dependencies
// Prints one line per package and `lint: N passed, M failed`; exits non-zero on any problem.
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { crates, root } from './lib.mjs';

const attwBin = join(root, 'node_modules', '.bin', 'attw');

// Our layout (see packages/*/package.json): `.` is ESM with a CJS `require` build under the
// `node` condition; `./inline` is ESM + CJS; `./web` and `./workerd` are ESM-only on purpose
// (browsers and bundlers; Workers are ES modules; CommonJS users have `.` and `./inline`). So we
// run attw twice:
//  - everything but ./web and ./workerd with --profile node16: `engines` is Node >= 20, and the
//    subpaths need an exports-aware resolver; node10 ("moduleResolution": "node") still finds `.`
//    via main/types.
//  - ./web and ./workerd with --profile esm-only, which skips exactly the `require` resolutions
//    they never offer.
// No rule is ignored.
const attwRuns = [
  ['--profile', 'node16', '--exclude-entrypoints', './web', './workerd'],
  ['--profile', 'esm-only', '--entrypoints', './web', './workerd'],
];

const results = [];
for (const { name } of crates) {
  const dir = join(root, 'packages', name);
  const work = mkdtempSync(join(tmpdir(), `lint-${name}-`));
  try {
    const checks = await lintPackage(dir, work);
    const label = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name;
    const ok = Object.values(checks).every((problems) => problems.length === 0);
    results.push(ok);
    const summary = Object.entries(checks).map(([check, problems]) => `${check} ${problems.length ? `✖ ${problems.length}` : 'ok'}`);
    console.log(`${ok ? '✔' : '✖'} ${label}: ${summary.join(', ')}`);
    for (const problem of Object.values(checks).flat()) console.log(indent(problem));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
const failed = results.filter((ok) => !ok).length;
console.log(`lint: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

/** The problems each check found in one package, as readable strings (none when clean). */
async function lintPackage(dir, work) {
  const pack = spawnSync('pnpm', ['pack', '--pack-destination', work], { cwd: dir, encoding: 'utf8' });
  if (pack.status !== 0) return { pack: [`pnpm pack failed:\n${pack.stderr}`] };
  const tarball = join(work, readdirSync(work).find((f) => f.endsWith('.tgz')));
  const checks = { publint: [], attw: [], 'types-deps': [] };

  // publint: strict turns warnings into errors; suggestions are printed but do not fail.
  const buffer = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
    strict: true,
  });
  for (const message of messages) {
    const text = `publint ${message.type}: ${formatMessage(message, pkg, { color: false })}`;
    if (message.type === 'suggestion') console.log(`  note: ${text}`);
    else checks.publint.push(text);
  }

  for (const args of attwRuns) {
    const attw = spawnSync(attwBin, [tarball, ...args, '--format', 'ascii', '--no-color'], { encoding: 'utf8' });
    if (attw.status !== 0) checks.attw.push(`attw ${args.join(' ')}:\n${attw.stdout}${attw.stderr}`);
  }

  // attw does not notice a .d.ts importing a package the consumer will not have (it only reports
  // unresolved relative imports); TypeScript then types those imports as `any` under skipLibCheck.
  const unpacked = join(work, 'unpacked');
  mkdirSync(unpacked);
  const untar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1'], { encoding: 'utf8' });
  checks['types-deps'] = untar.status === 0 ? typesDeps(unpacked) : [`tar failed:\n${untar.stderr}`];
  return checks;
}

/** Bare imports in the packed .d.ts files that are neither builtins nor declared dependencies. */
function typesDeps(pkgDir) {
  const manifest = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const declared = new Set(
    [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies].flatMap((deps) => Object.keys(deps ?? {})),
  );
  const importers = new Map(); // undeclared package -> the .d.ts files importing it
  for (const file of walk(pkgDir).filter((f) => /\.d\.[cm]?ts$/.test(f))) {
    // Doc comments hold `@example` imports of the package itself: strip comments first.
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/(?!\/ <reference).*$/gm, '');
    const specifiers = code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|<reference\s+types=)["']([^"'./][^"']*)["']/g);
    for (const [, specifier] of specifiers) {
      const pkgName = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
      if (pkgName === manifest.name || declared.has(pkgName) || isBuiltin(specifier)) continue;
      importers.set(pkgName, new Set([...(importers.get(pkgName) ?? []), relative(pkgDir, file)]));
    }
  }
  return [...importers].map(
    ([pkgName, files]) => `types-deps: ${[...files].join(', ')} import '${pkgName}', which is not a dependency of the published package`,
  );
}

function isBuiltin(specifier) {
  return specifier.startsWith('node:') || builtinModules.includes(specifier);
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function indent(text) {
  return text.replace(/^/gm, '    ');
}
