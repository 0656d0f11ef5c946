// Fails unless every exported declaration of the API docs (functions, classes, interfaces, type
// aliases, variables, enums) carries an `@example`: TypeDoc's own validation checks that each is
// documented, not that the documentation shows how to use it. Reads the JSON that `pnpm docs:api`
// writes next to the HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, root } from './lib.mjs';

/** TypeDoc's ReflectionKind values of the declarations that need an example. */
const KINDS = { 8: 'enum', 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type alias' };
/** Containers: the project, a package, a module. */
const CONTAINERS = new Set([1, 2, 4]);

const project = JSON.parse(readFileSync(join(root, 'target', 'api.json'), 'utf8'));
const missing = [];
const hasExample = (comment) => (comment?.blockTags ?? []).some((tag) => tag.tag === '@example');
const visit = (reflection, path) => {
  for (const child of reflection.children ?? []) {
    const name = path ? `${path} › ${child.name}` : child.name;
    if (CONTAINERS.has(child.kind)) visit(child, name);
    else if (KINDS[child.kind] && !hasExample(child.comment ?? child.signatures?.[0]?.comment)) missing.push(`${name} (${KINDS[child.kind]})`);
  }
};
visit(project, '');
if (missing.length) fail(`${missing.length} exported declarations have no @example:\n  ${missing.join('\n  ')}`);
console.log('every exported declaration has an @example');
