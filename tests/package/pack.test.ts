// The packages as users get them: `pnpm pack` each one, check the tarball holds exactly the files
// meant to ship, then install the three tarballs into a fresh npm project and use them from plain
// `node`, through ESM `import` and CommonJS `require`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// @ts-expect-error: a plain .mjs script without declarations
import { cryptoEntries, liteEntries, pureEntries } from '../../scripts/crypto-entries.mjs';
// @ts-expect-error: a plain .mjs script without declarations
import { crates, liteModules, liteSimdModules } from '../../scripts/lib.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Package {
  readonly dir: string;
  readonly name: string;
  /** The wasm modules: output name and whether it has a SIMD build. */
  readonly modules: readonly { out: string; simd: boolean }[];
  /** Other .wasm files in wasm/ (crypto's size-first modules). */
  readonly plainWasm: readonly string[];
  /** Subpath entries (dist/<entry>.<target>.*); the single-entry packages have just `''`. */
  readonly entries: readonly string[];
  /** Subpaths without wasm (dist/<name>.{js,cjs}). */
  readonly pure: readonly string[];
  /** The file `import` resolves the package to, under dist/. */
  readonly nodeEntry: string;
}

const PACKAGES: readonly Package[] = [
  {
    dir: 'crypto',
    name: '@org/wasm-crypto',
    modules: (crates as { name: string; modules: { out: string; simd: boolean }[] }[]).find((c) => c.name === 'crypto')!.modules.map(({ out, simd }) => ({ out, simd })),
    plainWasm: [...(liteModules as string[]).map((name) => `lite_${name}.wasm`), ...(liteSimdModules as string[]).map((name) => `lite_${name}_simd.wasm`)],
    entries: [...Object.keys(cryptoEntries), ...liteEntries],
    pure: pureEntries,
    nodeEntry: 'index.node',
  },
  { dir: 'imaging', name: '@org/wasm-imaging', modules: [{ out: 'wasm_imaging', simd: false }], plainWasm: [], entries: [''], pure: [], nodeEntry: 'node' },
  { dir: 'physics', name: '@org/wasm-physics', modules: [{ out: 'wasm_physics', simd: true }], plainWasm: [], entries: [''], pure: [], nodeEntry: 'node' },
];

const TARGET_FILES = ['node.js', 'node.cjs', 'node.d.ts', 'node.d.cts', 'web.js', 'web.d.ts', 'inline.js', 'inline.cjs', 'inline.d.ts', 'inline.d.cts', 'workerd.js', 'workerd.d.ts'];

function expectedFiles({ modules, plainWasm, entries, pure }: Package): string[] {
  const dist = entries.flatMap((entry) => TARGET_FILES.map((f) => (entry ? `${entry}.${f}` : f)));
  dist.push(...pure.flatMap((name) => ['js', 'cjs', 'd.ts', 'd.cts'].map((ext) => `${name}.${ext}`)));
  const wasm = modules.flatMap(({ out, simd }) => [`${out}.node.cjs`, `${out}_bg.wasm`, ...(simd ? [`${out}_simd_bg.wasm`] : [])]).concat(plainWasm);
  return ['package.json', 'README.md', 'LICENSE', ...dist.map((f) => `dist/${f}`), ...wasm.map((f) => `wasm/${f}`)].sort();
}

/** The environment minus what `pnpm exec` injects, so npm in the temp project behaves as for a user. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(pnpm_|npm_command$|npm_lifecycle_|npm_package_|npm_config_verify_deps)/i.test(key)) delete env[key];
  }
  return env;
}

/** Runs a command; on failure the error carries its output, which is what one needs to debug. */
function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, env: cleanEnv(), encoding: 'utf8', maxBuffer: 1 << 26, stdio: 'pipe' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${stdout ?? ''}\n${stderr ?? ''}`, { cause: error });
  }
}

let work = '';
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wasm-pack-test-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

// Packing is shared by the listing and install tests; each package is packed at most once.
const tarballs = new Map<string, Promise<string>>();
function tarballOf(pkg: Package): Promise<string> {
  let tarball = tarballs.get(pkg.dir);
  if (!tarball) {
    tarball = pack(pkg);
    tarballs.set(pkg.dir, tarball);
  }
  return tarball;
}

async function pack(pkg: Package): Promise<string> {
  const source = join(ROOT, 'packages', pkg.dir);
  // npm/pnpm ship README and LICENSE whenever present; a missing one would silently ship without.
  const missing = ['README.md', 'LICENSE'].filter((file) => !existsSync(join(source, file)));
  if (missing.length > 0) throw new Error(`packages/${pkg.dir} has no ${missing.join(' or ')}: it must ship in the tarball`);
  const destination = join(work, 'tarballs', pkg.dir);
  await mkdir(destination, { recursive: true });
  run('pnpm', ['pack', '--pack-destination', destination], source);
  const [file, ...extra] = readdirSync(destination).filter((f) => f.endsWith('.tgz'));
  if (!file || extra.length > 0) throw new Error(`expected one tarball in ${destination}, found ${readdirSync(destination).join(', ')}`);
  return join(destination, file);
}

/** The tarball's file paths, without npm's leading `package/`. */
function listTarball(tarball: string): string[] {
  return run('tar', ['-tzf', tarball], work)
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''))
    .sort();
}

describe.each(PACKAGES)('$name tarball', (pkg) => {
  it('holds exactly package.json, README.md, LICENSE, dist/ entries and the wasm builds', async () => {
    const files = listTarball(await tarballOf(pkg));
    // The web entry's chunks (the embedded fallback and esbuild's shared helper) are content-hashed.
    const chunks = files.filter((file) => /^dist\/chunk-[A-Z0-9]+\.js$/.test(file));
    // Two per package (fallback and helper), and for crypto's split build also the shared modules.
    if (pkg.entries.length === 1) expect(chunks.length).toBe(2);
    else expect(chunks.length).toBeGreaterThanOrEqual(pkg.modules.length);
    // Declarations shared by several entries go into content-hashed files too (dist/<module>-<hash>.d.ts).
    const typeChunks = files.filter((file) => /^dist\/[a-z0-9-]+-[A-Za-z0-9_-]{8}\.d\.c?ts$/.test(file));
    if (pkg.entries.length === 1) expect(typeChunks).toEqual([]);
    expect(files.filter((file) => !chunks.includes(file) && !typeChunks.includes(file))).toEqual(expectedFiles(pkg));
  });
});

// One script body for both module systems; only how the packages are loaded differs.
const BODY = `
const hex = (bytes) => Buffer.from(bytes).toString('hex');
const red = { data: new Uint8ClampedArray([255, 0, 0, 255]), width: 1, height: 1 };
const world = new ParticleWorld({ gravity: [0, -10] });
world.addParticles([0, 0]);
world.step(0.5);
const result = {
  entry,
  sha256: hex(sha256('abc')),
  gray: Array.from(grayscale(red).data),
  position: Array.from(world.positions),
  ...extra,
};
world.dispose();
console.log(JSON.stringify(result));
`;

const ESM = `
import { sha256 } from '@org/wasm-crypto';
import { grayscale } from '@org/wasm-imaging';
import { ParticleWorld } from '@org/wasm-physics';
import * as inline from '@org/wasm-crypto/inline';
import { sha256 as liteSha256 } from '@org/wasm-crypto/lite/sha256';
import { sha256 as liteInlineSha256 } from '@org/wasm-crypto/lite/sha256/inline';
import { argon2id as liteArgon2id } from '@org/wasm-crypto/lite/argon2';
const entry = import.meta.resolve('@org/wasm-crypto');
// The inline entries carry their wasm and load themselves on first use: no init() call here.
const extra = {
  inline: Buffer.from(inline.sha256('abc')).toString('hex'),
  lite: Buffer.from(liteSha256('abc')).toString('hex'),
  liteInline: Buffer.from(liteInlineSha256('abc')).toString('hex'),
  // RFC 9106 section 5.3's Argon2id example.
  liteArgon2id: Buffer.from(
    liteArgon2id(new Uint8Array(32).fill(1), new Uint8Array(16).fill(2), { t: 3, m: 32, p: 4, key: new Uint8Array(8).fill(3), personalization: new Uint8Array(12).fill(4) }),
  ).toString('hex'),
};
${BODY}`;

const CJS = `
const { sha256 } = require('@org/wasm-crypto');
const { grayscale } = require('@org/wasm-imaging');
const { ParticleWorld } = require('@org/wasm-physics');
const entry = require.resolve('@org/wasm-crypto');
const extra = {
  lite: Buffer.from(require('@org/wasm-crypto/lite/md5').md5('abc')).toString('hex'),
  // An OpenBSD bcrypt vector.
  liteBcrypt: require('@org/wasm-crypto/lite/bcrypt').bcryptVerify('U*U', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'),
};
${BODY}`;

const ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

// A strict TypeScript user of the published types, checked without skipLibCheck so that any
// unresolvable import or `any` leak in our .d.ts files fails; both module systems.
const TYPES_CHECK = `
import { hmac, sha256, sha256Batch, sha512, type Hasher, type HashFunction, type BytesInput, WasmPanicError } from '@org/wasm-crypto';
import { boxBlur, grayscale, type ImageDataLike, type RgbaImage } from '@org/wasm-imaging';
import { ParticleWorld, type WorldOptions } from '@org/wasm-physics';
import { init } from '@org/wasm-crypto/inline';
import { pbkdf2 } from '@org/wasm-crypto/pbkdf2';
import { hkdf } from '@org/wasm-crypto/hkdf';
import { hmac as hmacOf } from '@org/wasm-crypto/hmac';
import { sha256 as sha256Of } from '@org/wasm-crypto/sha2';
import type { CHash } from '@org/wasm-crypto/utils';
import { sha256 as liteSha256, type LiteHasher } from '@org/wasm-crypto/lite/sha256';
import { shake256 as liteShake256 } from '@org/wasm-crypto/lite/sha3';
import { scrypt as liteScrypt, type LiteScryptOptions } from '@org/wasm-crypto/lite/scrypt';
const input: BytesInput = 'abc';
const scryptOptions: LiteScryptOptions = { N: 16, r: 1, p: 1, onProgress: (fraction: number) => fraction };
const liteKey: Uint8Array = liteScrypt(input, 'salt', scryptOptions);
// @ts-expect-error scrypt's N, r and p are required
liteScrypt(input, 'salt', { N: 16 });
// The size-first entries: noble-shaped (noble's generic CHash over their hasher type).
const liteChash: CHash<LiteHasher> = liteSha256;
const liteHasher: LiteHasher = liteSha256.create().update(input);
const liteXof: Uint8Array = liteShake256.create().update(input).xof(64);
const liteXofClone: Uint8Array = liteShake256.create().clone().xof(4);
// @ts-expect-error fixed-length hashers have no xof()
liteHasher.xof(1);
// noble's import style: a hash from one subpath given to the KDFs of others.
const derived: Uint8Array = pbkdf2(sha256Of, 'pw', 'salt', { c: 1 });
const okm: Uint8Array = hkdf(sha256Of, derived, undefined, 'info', 32);
const subpathTag: Uint8Array = hmacOf(sha256Of, derived, 'msg');
const chash: CHash = sha256Of;
const digest: Uint8Array = sha256(input);
const hasher: Hasher = sha256.create().update(digest);
const family: HashFunction[] = [sha256, sha512];
const tag: Uint8Array = hmac(sha512, 'key', digest);
const mac: Hasher = hmac.create(sha256, new Uint8Array(32));
const batch: Uint8Array = sha256Batch([digest, 'x']);
const image: ImageDataLike = { data: new Uint8ClampedArray(4), width: 1, height: 1 };
const out: RgbaImage = boxBlur(grayscale(image), 1);
const options: WorldOptions = { gravity: [0, -9.81] };
const positions: Float32Array = new ParticleWorld(options).positions;
const ready: Promise<void> = init();
const isPanic: boolean = new Error() instanceof WasmPanicError;
// @ts-expect-error a number is not bytes
sha256(42);
// @ts-expect-error radius is a number
boxBlur(image, '2');
export { hasher, family, tag, mac, batch, out, positions, ready, isPanic, okm, subpathTag, chash, liteChash, liteXof, liteXofClone, liteKey };
`;
const TSCONFIG = JSON.stringify({
  compilerOptions: {
    strict: true, noEmit: true, skipLibCheck: false, module: 'nodenext', moduleResolution: 'nodenext',
    target: 'es2022', lib: ['es2022', 'dom', 'esnext.disposable'], types: [],
  },
  files: ['types.mts', 'types.cts'],
});
/** A Node-only user: no `dom` lib, Node's own types (from this repository, as the project has none). */
const TSCONFIG_NODE = JSON.stringify({
  compilerOptions: { ...JSON.parse(TSCONFIG).compilerOptions, lib: ['es2023'], types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')] },
  files: ['types.mts', 'types.cts'],
});
/** The same user with a bundler's resolution, which picks the `default` (web) declarations. */
const TSCONFIG_BUNDLER = JSON.stringify({
  compilerOptions: { ...JSON.parse(TSCONFIG).compilerOptions, module: 'esnext', moduleResolution: 'bundler' },
  files: ['types.mts'],
});

describe('installed from the tarballs into a fresh npm project', () => {
  let project = '';

  beforeAll(async () => {
    const files = await Promise.all(PACKAGES.map(tarballOf));
    project = join(work, 'project');
    await mkdir(project);
    run('npm', ['init', '-y'], project);
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...files], project);
    await writeFile(join(project, 'check.mjs'), ESM);
    await writeFile(join(project, 'check.cjs'), CJS);
    await writeFile(join(project, 'types.mts'), TYPES_CHECK);
    await writeFile(join(project, 'types.cts'), TYPES_CHECK.replace("from '@org/wasm-crypto/inline'", "from '@org/wasm-crypto'"));
    await writeFile(join(project, 'tsconfig.json'), TSCONFIG);
    await writeFile(join(project, 'tsconfig.bundler.json'), TSCONFIG_BUNDLER);
    await writeFile(join(project, 'tsconfig.node.json'), TSCONFIG_NODE);
  });

  const runScript = (file: string): Record<string, unknown> => JSON.parse(run('node', [file], project)) as Record<string, unknown>;

  it('works through ESM import (dist/node.js), including the inline and lite entries without init()', () => {
    const result = runScript('check.mjs');
    expect(result.entry).toMatch(/\/node_modules\/@org\/wasm-crypto\/dist\/index\.node\.js$/);
    expect(result).toMatchObject({ sha256: ABC, inline: ABC, lite: ABC, liteInline: ABC, gray: [54, 54, 54, 255], position: [0, -2.5] });
    expect(result.liteArgon2id).toBe('0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659');
  });

  it('type-checks for a strict TypeScript user, ESM and CommonJS, Node and bundler resolution, with and without the dom lib, without skipLibCheck', () => {
    for (const config of ['tsconfig.json', 'tsconfig.bundler.json', 'tsconfig.node.json']) {
      run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', config], project);
    }
  });

  it('works through CommonJS require (dist/node.cjs)', () => {
    const result = runScript('check.cjs');
    expect(result.entry).toMatch(/\/node_modules\/@org\/wasm-crypto\/dist\/index\.node\.cjs$/);
    // MD5 of 'abc' (RFC 1321), from the lite entry's CommonJS build.
    expect(result).toMatchObject({ sha256: ABC, lite: '900150983cd24fb0d6963f7d28e17f72', liteBcrypt: true, gray: [54, 54, 54, 255], position: [0, -2.5] });
  });
});
