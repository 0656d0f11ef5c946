// What every matrix cell starts from: the three packages packed as npm would publish them, and a
// user project (target/matrix/app) that installed those tarballs with npm. The project is reused
// while the tarballs' contents are unchanged, so a second run installs nothing.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const work = join(root, 'target', 'matrix');
export const PACKAGES = ['crypto', 'imaging', 'physics'];

/** The environment minus what pnpm injects, so npm behaves in the app as it does for a user. */
export function userEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const key of Object.keys(env)) {
    if (/^(pnpm_|npm_command$|npm_lifecycle_|npm_package_|npm_config_verify_deps|npm_config_user_agent$)/i.test(key)) delete env[key];
  }
  return env;
}

export function sh(command, args, options = {}) {
  try {
    return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: 'pipe', env: userEnv(), ...options });
  } catch (error) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`.trim(), { cause: error });
  }
}

function packAll() {
  const dir = join(work, 'tarballs');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of PACKAGES) sh('pnpm', ['pack', '--pack-destination', dir], { cwd: join(root, 'packages', name) });
  const tarballs = Object.fromEntries(
    PACKAGES.map((name) => [name, join(dir, readdirSync(dir).find((file) => file.startsWith(`org-wasm-${name}-`)))]),
  );
  const hash = createHash('sha256');
  for (const name of PACKAGES) hash.update(readFileSync(tarballs[name]));
  return { tarballs, hash: hash.digest('hex') };
}

/** Packs the packages and (re)installs them into the app project if they changed. */
export function prepare() {
  const { tarballs, hash } = packAll();
  const app = join(work, 'app');
  const stamp = join(app, 'node_modules', '.tarballs-sha256');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    rmSync(app, { recursive: true, force: true });
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'matrix-app', private: true, type: 'module' }, null, 2));
    sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', ...PACKAGES.map((name) => tarballs[name])], { cwd: app });
    writeFileSync(stamp, hash);
  }
  copyFileSync(join(root, 'tests', 'matrix', 'workload.mjs'), join(app, 'workload.mjs'));
  return { root, app, tarballs, work };
}
