// `pnpm test:release`: proves the maintainers' release path end to end against a real registry,
// without touching the real one or this checkout. It starts a throwaway verdaccio on 127.0.0.1 (no
// uplinks, so nothing leaves the machine), copies the working tree into a scratch git repository,
// and there runs exactly what a maintainer runs: a changeset, `pnpm version-packages` (versions
// bumped, changelogs written) and `pnpm release` (build + `changeset publish`). Then it installs
// @org/wasm-crypto from the registry into a fresh npm project and uses it.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { root } from './lib.mjs';

const PACKAGES = ['crypto', 'imaging', 'physics'];
const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const COMMAND_TIMEOUT = 600_000;

const step = (message) => console.log(`release: ${message}`);

/** Undo steps, run newest first whatever happens (success, failure, Ctrl-C). */
const cleanups = [];
let cleaning;
let interrupted = false;
/** Runs the undo steps once; later calls (main and a signal handler) share the same run. */
function cleanUp() {
  cleaning ??= (async () => {
    while (cleanups.length > 0) {
      try {
        await cleanups.pop()();
      } catch (error) {
        console.error(`release: cleanup step failed: ${error.message}`);
      }
    }
  })();
  return cleaning;
}

class ReleaseError extends Error {}

/** The running registry, so a failure can show what it said. */
let verdaccio;

/** Runs a command to completion; throws with its output if it fails. */
function run(command, args, { cwd = root, env = process.env } = {}) {
  if (interrupted) throw new ReleaseError('interrupted');
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: COMMAND_TIMEOUT, maxBuffer: 1 << 26 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status ?? result.signal}`;
    throw new ReleaseError(`\`${command} ${args.join(' ')}\` failed (${why}) in ${cwd}:\n${output}`);
  }
  return result.stdout;
}

function checkPrerequisites() {
  if (!existsSync(join(root, '.changeset', 'config.json'))) {
    throw new ReleaseError('.changeset/config.json is missing: changeset needs it');
  }
  if (!existsSync(join(root, 'target', 'toolchain.env'))) {
    throw new ReleaseError('target/toolchain.env is missing: run `bash scripts/bootstrap.sh` first');
  }
}

/**
 * Copies the working tree (tracked and untracked files, minus ignored ones) into `repo`, commits it
 * there, and installs its node modules from pnpm's store. The Rust build reuses this checkout's
 * cargo target directory, so `pnpm release` there only rebuilds our own crates.
 */
function scratchCopy(repo) {
  step('copying the working tree into a scratch repository');
  const files = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z']).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted but not yet staged
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    copyFileSync(join(root, file), join(repo, file));
  }
  mkdirSync(join(repo, 'target'), { recursive: true });
  copyFileSync(join(root, 'target', 'toolchain.env'), join(repo, 'target', 'toolchain.env'));
  const git = (...args) => run('git', ['-c', 'user.name=release-test', '-c', 'user.email=release-test@localhost', ...args], { cwd: repo });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'scratch copy');
  run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], { cwd: repo });
  return git;
}

const versionsOf = (repo) =>
  Object.fromEntries(PACKAGES.map((name) => [name, JSON.parse(readFileSync(join(repo, 'packages', name, 'package.json'), 'utf8')).version]));

/** Adds a changeset, runs `pnpm version-packages`, and checks the bumps and changelogs. */
async function versionPackages(repo, git) {
  const summary = 'Release test: a patch for every package.';
  const changeset = `---\n${PACKAGES.map((name) => `'@org/wasm-${name}': patch`).join('\n')}\n---\n\n${summary}\n`;
  await writeFile(join(repo, '.changeset', 'release-test.md'), changeset);
  git('add', '-A');
  git('commit', '-q', '-m', 'add a changeset');
  const before = versionsOf(repo);
  step('running `pnpm version-packages`');
  run('pnpm', ['version-packages'], { cwd: repo });
  const after = versionsOf(repo);
  for (const name of PACKAGES) {
    if (after[name] === before[name]) throw new ReleaseError(`version-packages left @org/wasm-${name} at ${before[name]}`);
    const changelog = join(repo, 'packages', name, 'CHANGELOG.md');
    const text = existsSync(changelog) ? readFileSync(changelog, 'utf8') : '';
    if (!text.includes(`## ${after[name]}`) || !text.includes(summary)) {
      throw new ReleaseError(`packages/${name}/CHANGELOG.md does not describe ${after[name]}`);
    }
    step(`  @org/wasm-${name} ${before[name]} → ${after[name]}, CHANGELOG.md written`);
  }
  git('add', '-A');
  git('commit', '-q', '-m', 'version packages');
  return after;
}

/** A port that was free a moment ago; verdaccio binds it right after. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function verdaccioConfig(dir) {
  // No `uplinks` and no `proxy`: unknown packages are 404 instead of fetched from npmjs.org.
  return `storage: ${JSON.stringify(join(dir, 'storage'))}
auth:
  htpasswd:
    file: ${JSON.stringify(join(dir, 'htpasswd'))}
    max_users: 10
uplinks: {}
packages:
  '@org/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
max_body_size: 100mb
web:
  enable: false
log: { type: stdout, format: pretty, level: warn }
`;
}

async function startVerdaccio(dir, port) {
  const config = join(dir, 'verdaccio.yaml');
  await writeFile(config, verdaccioConfig(dir));
  // Its JS entry run by this Node directly, not the .bin shell shim, so that stopping the child
  // stops verdaccio itself rather than a shell around it.
  const bin = join(root, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
  if (!existsSync(bin)) throw new ReleaseError('verdaccio is not installed: run `pnpm install`');
  const child = spawn(process.execPath, [bin, '--config', config, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  cleanups.push(() => stopProcess(child));
  await waitUntilUp(`http://127.0.0.1:${port}/-/ping`, child, () => output);
  verdaccio = { child, output: () => output };
  return verdaccio;
}

async function waitUntilUp(url, child, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new ReleaseError(`verdaccio exited with ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new ReleaseError(`verdaccio did not answer ${url} within 60 s:\n${output()}`);
}

/** SIGTERM the process we started, SIGKILL if it lingers. */
async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Registers a user through the registry API (what `npm adduser` does) and returns its token. */
async function createUser(registry) {
  const name = 'test';
  const response = await fetch(`${registry}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: `org.couchdb.user:${name}`, name, password: 'release-test-password', type: 'user', roles: [] }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok || typeof body.token !== 'string') {
    throw new ReleaseError(`creating a registry user failed: HTTP ${response.status} ${JSON.stringify(body)}`);
  }
  return body.token;
}

/**
 * The environment every npm/pnpm call gets: the throwaway registry, a user config holding only its
 * token (so the user's own ~/.npmrc and tokens are never read), and an empty npm cache, so the
 * install below really comes from verdaccio.
 */
async function registryEnv(dir, registry, token) {
  const npmrc = join(dir, 'npmrc');
  const host = registry.replace(/^https?:/, '');
  await writeFile(npmrc, `registry=${registry}\n${host}:_authToken=${token}\n`);
  await mkdir(join(dir, 'npm-cache'));
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^npm_config_/i.test(key)) delete env[key];
  return {
    ...env,
    npm_config_registry: registry,
    npm_config_userconfig: npmrc,
    NPM_CONFIG_USERCONFIG: npmrc,
    npm_config_cache: join(dir, 'npm-cache'),
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
}

/** Tags, HEAD and the tracked files' contents of this checkout: the test must change none of them. */
function repoState() {
  const git = (...args) => spawnSync('git', args, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const head = git('rev-parse', 'HEAD');
  if (head.status !== 0) return undefined;
  return {
    head: head.stdout.trim(),
    tags: git('tag', '--list').stdout,
    trackedDiff: createHash('sha256').update(git('diff', 'HEAD', '--binary').stdout).digest('hex'),
  };
}

function assertRepoUnchanged(before) {
  if (!before) {
    step('not a git checkout: skipping the tags/tracked-files check');
    return;
  }
  const after = repoState();
  if (after.head !== before.head) throw new ReleaseError('the release test moved HEAD here');
  if (after.tags !== before.tags) throw new ReleaseError(`the release test created git tags here:\n${after.tags}`);
  if (after.trackedDiff !== before.trackedDiff) {
    const files = run('git', ['diff', 'HEAD', '--name-only']);
    throw new ReleaseError(`tracked files changed during the release test:\n${files}`);
  }
}

function release(repo, env) {
  step('running `pnpm release` (build, then changeset publish)');
  const cargoTarget = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
  const output = run('pnpm', ['release'], { cwd: repo, env: { ...env, CARGO_TARGET_DIR: cargoTarget } });
  for (const line of output.split('\n').filter((l) => /published|error/i.test(l))) step(`  ${line.trim()}`);
}

/**
 * fetch() with one retry on a network error: after the long publish step, undici may reuse a
 * keep-alive socket that verdaccio has just closed ("fetch failed: other side closed").
 */
async function fetchRetrying(url) {
  try {
    return await fetch(url);
  } catch (error) {
    step(`  retrying ${url} after ${error.cause?.code ?? error.message}`);
    return fetch(url, { headers: { connection: 'close' } });
  }
}

async function assertPublished(registry, versions) {
  for (const name of PACKAGES) {
    const [packageName, version] = [`@org/wasm-${name}`, versions[name]];
    const response = await fetchRetrying(`${registry}${packageName.replace('/', '%2f')}`);
    const document = response.ok ? await response.json() : {};
    if (!document.versions?.[version]) {
      throw new ReleaseError(`${packageName}@${version} is not on the registry after publishing (HTTP ${response.status})`);
    }
    step(`  registry has ${packageName}@${version}`);
  }
}

const USE_SCRIPT = `
import { sha256 } from '@org/wasm-crypto';
console.log(Buffer.from(sha256('abc')).toString('hex'));
`;

async function installAndUse(dir, registry, env, version) {
  step(`installing @org/wasm-crypto@${version} from the registry into a fresh project`);
  const project = join(dir, 'project');
  await mkdir(project);
  run('npm', ['init', '-y'], { cwd: project, env });
  run('npm', ['install', `@org/wasm-crypto@${version}`, '--registry', registry], { cwd: project, env });
  const lock = JSON.parse(await readFile(join(project, 'package-lock.json'), 'utf8'));
  const resolved = lock.packages?.['node_modules/@org/wasm-crypto']?.resolved ?? '';
  if (!resolved.startsWith(registry)) throw new ReleaseError(`@org/wasm-crypto came from ${resolved || 'nowhere'}, not ${registry}`);
  await writeFile(join(project, 'use.mjs'), USE_SCRIPT);
  const digest = run('node', ['use.mjs'], { cwd: project, env }).trim();
  if (digest !== ABC) throw new ReleaseError(`sha256('abc') from the installed package is ${digest}, expected ${ABC}`);
  step(`  sha256('abc') = ${digest}`);
}

async function main() {
  const started = Date.now();
  checkPrerequisites();
  const dir = await mkdtemp(join(tmpdir(), 'wasm-release-test-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));

  const port = await freePort();
  const registry = `http://127.0.0.1:${port}/`;
  step(`starting verdaccio on ${registry}`);
  await startVerdaccio(dir, port);
  const env = await registryEnv(dir, registry, await createUser(registry));

  const repo = join(dir, 'repo');
  const before = repoState();
  const git = scratchCopy(repo);
  const versions = await versionPackages(repo, git);
  release(repo, env);
  await assertPublished(registry, versions);
  await installAndUse(dir, registry, env, versions.crypto);
  assertRepoUnchanged(before);
  step(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`release: interrupted (${signal}), cleaning up`);
    interrupted = true;
    void cleanUp().finally(() => process.exit(130));
  });
}

try {
  await main();
  await cleanUp();
  console.log('release: 1 passed, 0 failed');
} catch (error) {
  const registryLog = verdaccio ? `\nverdaccio (exit ${verdaccio.child.exitCode ?? 'running'}):\n${verdaccio.output()}` : '';
  await cleanUp();
  console.error(`\n✖ release test failed: ${error instanceof ReleaseError ? error.message : error.stack}${registryLog}`);
  console.log('release: 0 passed, 1 failed');
  process.exitCode = 1;
}
