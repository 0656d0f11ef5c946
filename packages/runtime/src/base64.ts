import type { BuiltinWasm, EmbeddedWasm } from './module.js';

/** Decodes the inlined wasm; `atob` exists in every runtime we support (browsers, Node ≥ 16, edge). */
export function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The embedded base64 builds, decoded on demand. */
export function decodeEmbedded({ baseline, simd }: EmbeddedWasm): BuiltinWasm<Uint8Array> {
  const builds: BuiltinWasm<Uint8Array> = { baseline: () => decodeBase64(baseline) };
  if (simd !== undefined) builds.simd = () => decodeBase64(simd);
  return builds;
}
