// Checks the API docs' examples: every exported declaration (function, class, interface, type
// alias, variable, enum) has an `@example` (TypeDoc's own validation checks that each is
// documented, not that it shows how to use it), read from the JSON that `pnpm docs:api` writes
// next to the HTML; and every `@example` in the packages' sources (members and the generated
// entries' included) is a ```ts block that type-checks against the built packages (strict, a
// bundler's resolution), as do the ```ts blocks of the READMEs and docs/, with what they assume
// around them from scripts/doc-examples.d.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, root } from './lib.mjs';

/** TypeDoc's ReflectionKind values of the declarations that need an example. */
const KINDS = { 8: 'enum', 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type alias' };
/** Containers: the project, a package, a module. */
const CONTAINERS = new Set([1, 2, 4]);

const project = JSON.parse(readFileSync(join(root, 'target', 'api.json'), 'utf8'));
const commentsOf = (reflection) =>
  [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment), reflection.getSignature?.comment].filter(Boolean);
const hasExample = (reflection) => commentsOf(reflection).some((comment) => (comment.blockTags ?? []).some((tag) => tag.tag === '@example'));

const missing = [];
const visit = (reflection, path) => {
  for (const child of reflection.children ?? []) {
    const name = path ? `${path} › ${child.name}` : child.name;
    if (CONTAINERS.has(child.kind)) visit(child, name);
    else if (KINDS[child.kind] && !hasExample(child)) missing.push(`${name} (${KINDS[child.kind]})`);
  }
};
visit(project, '');
if (missing.length) fail(`${missing.length} exported declarations have no @example:\n  ${missing.join('\n  ')}`);

/** Every `@example` of the packages' sources: code → where it was seen first. */
const examples = new Map();
const notTypeScript = [];
for (const pkg of readdirSync(join(root, 'packages'))) {
  const src = join(root, 'packages', pkg, 'src');
  for (const file of readdirSync(src, { recursive: true }).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/@example\n((?:[ \t]*\*(?!\/).*\n)+)/g)) {
      const lines = match[1].split('\n').map((line) => line.replace(/^[ \t]*\* ?/, ''));
      const code = /^```ts\n([\s\S]*?)\n```/.exec(lines.join('\n').trim())?.[1];
      const where = `packages/${pkg}/src/${file}:${text.slice(0, match.index).split('\n').length}`;
      if (code === undefined) notTypeScript.push(where);
      else if (!examples.has(code)) examples.set(code, where);
    }
  }
}
// The TypeScript of the READMEs and docs/ too.
const markdown = ['README.md', ...readdirSync(join(root, 'packages')).map((pkg) => join('packages', pkg, 'README.md')), ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => join('docs', name))];
for (const file of markdown) {
  let text;
  try {
    text = readFileSync(join(root, file), 'utf8');
  } catch {
    continue; // a package without a README of its own
  }
  for (const match of text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)) {
    if (!examples.has(match[1])) examples.set(match[1], `${file}:${text.slice(0, match.index).split('\n').length}`);
  }
}
if (notTypeScript.length) fail(`@example blocks that are not one \`\`\`ts block:\n  ${notTypeScript.join('\n  ')}`);

// One module per example (its imports shadow the declared surroundings).
const dir = join(root, 'target', 'doc-examples');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
let count = 0;
for (const [code, name] of examples) {
  writeFileSync(join(dir, `example-${String(count++).padStart(3, '0')}.ts`), `// ${name}\n${code}\nexport {};\n`);
}
copyFileSync(join(root, 'scripts', 'doc-examples.d.ts'), join(dir, 'surroundings.d.ts'));
writeFileSync(
  join(dir, 'tsconfig.json'),
  JSON.stringify({
    compilerOptions: {
      target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true,
      lib: ['es2022', 'dom', 'esnext.disposable'], types: [], skipLibCheck: true,
    },
    include: ['*.ts'],
  }),
);
const tsc = spawnSync(join(root, 'node_modules', '.bin', 'tsc'), ['-p', join(dir, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
if (tsc.status !== 0) fail(`API doc examples do not type-check (above; the first line of each ${dir}/example-NNN.ts says where it is written)`);
console.log(`every exported declaration has an @example; all ${examples.size} examples (sources, READMEs, docs/) type-check`);
