/** How each package entry (node, web, inline, workerd) builds its WasmModule. */
import { decodeEmbedded } from './base64.js';
import { WasmModule, type BuiltinWasm, type EmbeddedWasm, type GlueBase, type WasmVariant, type WebGlueInit } from './module.js';

/** Wraps the nodejs glue, which instantiated itself at import (and says which build it chose). */
export function nodeModule<G extends GlueBase>(name: string, glue: G & { __wasmVariant: WasmVariant }): WasmModule<G> {
  return new WasmModule<G>(name, glue, {}, glue.__wasmVariant);
}

/**
 * Wraps the web glue for browsers and bundlers: `init()` fetches one of `urls`, and falls back to
 * the embedded builds that `fallback` imports (a chunk loaded only then) if that fails.
 */
export function webModule<G extends GlueBase>(
  name: string,
  glue: G & WebGlueInit,
  urls: BuiltinWasm<URL>,
  fallback: () => Promise<EmbeddedWasm>,
): WasmModule<G> {
  return new WasmModule<G>(name, glue, { web: glue, urls, fallback });
}

/** Wraps the web glue with the wasm embedded as base64: ready on first use, no `init()` needed. */
export function inlineModule<G extends GlueBase>(name: string, glue: G & WebGlueInit, embedded: EmbeddedWasm): WasmModule<G> {
  return new WasmModule<G>(name, glue, { web: glue, inline: decodeEmbedded(embedded) });
}

/**
 * Wraps the web glue with modules the host already compiled, as `import m from './x_bg.wasm'` gives
 * in Cloudflare Workers (workerd forbids compiling bytes at run time). Instantiated on first use or
 * `init()`, like the inline entry: no startup cost for a package the worker never calls.
 */
export function precompiledModule<G extends GlueBase>(
  name: string,
  glue: G & WebGlueInit,
  modules: BuiltinWasm<WebAssembly.Module>,
): WasmModule<G> {
  return new WasmModule<G>(name, glue, { web: glue, inline: modules });
}
