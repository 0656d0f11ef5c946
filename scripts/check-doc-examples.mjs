// Checks the API docs' examples: every exported declaration (function, class, interface, type
// alias, variable, enum) has an `@example` (TypeDoc's own validation checks that it is documented,
// not that it shows how to use it), and every example, of members too, type-checks against the
// built packages (strict, a bundler's resolution). Reads the JSON that `pnpm docs:api` writes next
// to the HTML; what the examples assume is around them is declared in scripts/doc-examples.d.ts.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, root } from './lib.mjs';

/** TypeDoc's ReflectionKind values of the declarations that need an example. */
const KINDS = { 8: 'enum', 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type alias' };
/** Containers: the project, a package, a module. */
const CONTAINERS = new Set([1, 2, 4]);

const project = JSON.parse(readFileSync(join(root, 'target', 'api.json'), 'utf8'));
const commentsOf = (reflection) =>
  [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment), reflection.getSignature?.comment].filter(Boolean);
const examplesIn = (comment) =>
  (comment.blockTags ?? [])
    .filter((tag) => tag.tag === '@example')
    .flatMap((tag) => tag.content.filter((part) => part.kind === 'code').map((part) => /^```tsx?\n([\s\S]*?)\n?```$/.exec(part.text)?.[1]))
    .filter((code) => code !== undefined);

const missing = [];
const examples = new Map(); // code → where it was seen first
const visit = (reflection, path) => {
  for (const child of reflection.children ?? []) {
    const name = path ? `${path} › ${child.name}` : child.name;
    const found = commentsOf(child).flatMap(examplesIn);
    for (const code of found) if (!examples.has(code)) examples.set(code, name);
    if (CONTAINERS.has(child.kind)) visit(child, name);
    else {
      if (KINDS[child.kind] && found.length === 0) missing.push(`${name} (${KINDS[child.kind]})`);
      visit(child, name); // members
    }
  }
};
visit(project, '');
if (missing.length) fail(`${missing.length} exported declarations have no @example:\n  ${missing.join('\n  ')}`);

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
if (tsc.status !== 0) fail(`API doc examples do not type-check (above; the first line of each ${dir}/example-NNN.ts names its declaration)`);
console.log(`every exported declaration has an @example; all ${examples.size} examples type-check`);
