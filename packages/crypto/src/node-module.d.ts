// The Node APIs the Node entries use: the package's sources are typed without @types/node
// (tsconfig.base.json), while the repo's typecheck, which has it, excludes this file.
declare module 'node:module' {
  /** A CommonJS `require` resolving relative to `url`. */
  export function createRequire(url: string): { (id: string): unknown; resolve(id: string): string };
}

declare module 'node:fs' {
  /** The bytes of a file (the lite entries read their `.wasm`). */
  export function readFileSync(path: URL): Uint8Array<ArrayBuffer>;
}
