/**
 * `import m from './x.wasm'` as Cloudflare Workers (wrangler, workerd) resolve it: a compiled
 * module. Only the workerd entries use this; their bundle keeps the import for the host.
 */
declare module '*.wasm' {
  const module: WebAssembly.Module;
  export default module;
}
