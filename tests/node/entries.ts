// Loads each package the two ways Node users do: ESM `import` and CommonJS `require`.
// Both resolve through the package's `exports` map to the built dist/ files.
import { createRequire } from 'node:module';

type Crypto = typeof import('@org/wasm-crypto');
type Imaging = typeof import('@org/wasm-imaging');
type Physics = typeof import('@org/wasm-physics');

const require = createRequire(import.meta.url);

export interface Entry<T> {
  readonly kind: 'esm' | 'cjs';
  readonly lib: T;
}

async function both<T>(name: string): Promise<Entry<T>[]> {
  return [
    { kind: 'esm', lib: (await import(name)) as T },
    { kind: 'cjs', lib: require(name) as T },
  ];
}

export const cryptoEntries = await both<Crypto>('@org/wasm-crypto');
export const imagingEntries = await both<Imaging>('@org/wasm-imaging');
export const physicsEntries = await both<Physics>('@org/wasm-physics');

/**
 * The `/lite/<name>` entries of `modules`, merged, each of the four ways Node loads them: ESM and
 * CommonJS, the Node entry and `/inline`.
 */
export async function liteEntries<T>(modules: readonly string[]): Promise<{ kind: string; lib: T }[]> {
  const load = async (kind: string) => {
    const parts = await Promise.all(
      modules.map(async (name) => {
        const path = `@org/wasm-crypto/lite/${name}${kind.startsWith('inline') ? '/inline' : ''}`;
        return (kind.endsWith('cjs') ? require(path) : await import(path)) as object;
      }),
    );
    return { kind, lib: Object.assign({}, ...parts) as T };
  };
  return Promise.all(['esm', 'cjs', 'inline esm', 'inline cjs'].map(load));
}

export { pseudoRandomBytes } from '../browser/workload.mjs';

export const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
