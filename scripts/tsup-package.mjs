// The tsup build every package shares. Each package gets four entries (see docs/architecture.md):
//   dist/node.{js,cjs}    Node: the nodejs glue (kept external in wasm/) loads the wasm at import
//   dist/web.js           browsers and bundlers: `init()` fetches wasm/<out>_bg.wasm via new URL,
//                         falling back to the embedded wasm (base64) in a dist/chunk-<hash>.js loaded only then
//   dist/inline.{js,cjs}  workers and edge: the wasm embedded as base64, loads on first use
//   dist/workerd.js       Cloudflare Workers: `import m from '../wasm/<out>_bg.wasm'` left for the host to
//                         compile (workerd refuses to compile bytes at run time), instantiated on first use
// The private runtime and the web glue are bundled in, so each package stands alone.

/** esbuild plugin: leave the CommonJS nodejs glue in wasm/ (it finds its .wasm via __dirname). */
const keepNodeGlueExternal = {
  name: 'keep-node-glue-external',
  setup(build) {
    build.onResolve({ filter: /\.node\.cjs$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * esbuild plugin: keep `.wasm` imports as they are written (`../wasm/<out>_bg.wasm`, also right from
 * dist/), for wrangler or workerd to load as compiled modules.
 */
const keepWasmImportsExternal = {
  name: 'keep-wasm-imports-external',
  setup(build) {
    build.onResolve({ filter: /\.wasm$/ }, (args) => ({ path: args.path, external: true }));
  },
};

/**
 * The tsup configs of a package. By default one entry per target (src/<target>.ts); `entries`
 * gives several subpaths instead (src/<name>.<target>.ts → dist/<name>.<target>.js), and `pure`
 * subpaths without wasm of their own (src/<name>.ts → dist/<name>.{js,cjs}).
 */
export function packageConfig({ entries, pure = [] } = {}) {
  const entry = (target) =>
    entries ? Object.fromEntries(entries.map((name) => [`${name}.${target}`, `src/${name}.${target}.ts`])) : { [target]: `src/${target}.ts` };
  const pureEntry = Object.fromEntries(pure.map((name) => [name, `src/${name}.ts`]));
  const common = {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    splitting: false,
    noExternal: ['@org/wasm-runtime'],
    dts: false, // one declaration build for every entry, below
    esbuildPlugins: [keepNodeGlueExternal],
  };
  // The declarations of every entry come from one build, so that a type two entries share (a
  // class with private fields, such as crypto's Hasher, compares by declaration) is declared once:
  // separate builds gave `/pbkdf2` and `/sha2` two Hasher classes, and `pbkdf2(sha256, …)` failed
  // to type-check. Its .d.cts files for ESM-only entries are unused.
  const declarations = {
    ...common,
    entry: { ...entry('node'), ...entry('web'), ...entry('inline'), ...entry('workerd'), ...pureEntry },
    format: ['esm', 'cjs'],
    // Point the declaration build at the runtime's sources (not its node_modules link, which
    // rollup-plugin-dts keeps external), so the private runtime's types are inlined too.
    dts: {
      only: true,
      compilerOptions: {
        paths: { '@org/wasm-runtime': ['../runtime/src/index.ts'], '@org/wasm-runtime/public': ['../runtime/src/public.ts'], '@org/wasm-runtime/simd': ['../runtime/src/simd.ts'] },
      },
    },
  };
  return [
    // `shims` gives the CommonJS build `import.meta.url` (crypto's Node entries load their glue lazily).
    { ...common, entry: entry('node'), format: ['esm', 'cjs'], platform: 'node', clean: true, shims: true },
    {
      ...common,
      entry: entry('web'),
      format: ['esm'],
      platform: 'browser',
      splitting: true, // keeps the embedded fallback in its own chunk, fetched only if needed
      esbuildOptions(options) {
        options.chunkNames = 'chunk-[hash]';
      },
    },
    { ...common, entry: entry('inline'), format: ['esm', 'cjs'], platform: 'neutral' },
    // ESM only: Workers are ES modules, and wasm module imports exist only there.
    {
      ...common,
      entry: entry('workerd'),
      format: ['esm'],
      platform: 'neutral',
      esbuildPlugins: [keepNodeGlueExternal, keepWasmImportsExternal],
    },
    ...(pure.length ? [{ ...common, entry: pureEntry, format: ['esm', 'cjs'], platform: 'neutral' }] : []),
    declarations,
  ];
}
