/**
 * The private runtime every @org/wasm-* package bundles: loading, the call guard, handles,
 * memory views and argument checks. Not published on its own.
 * @module
 */
export { NotInitializedError, StaleHandleError, WasmError, WasmPanicError } from './errors.js';
export { addDispose, disposeSymbol } from './dispose.js';
export { HandleCell, type Freeable } from './handle.js';
export { inlineModule, nodeModule, precompiledModule, webModule } from './entries.js';
export {
  WasmModule,
  type BuiltinWasm,
  type EmbeddedWasm,
  type GlueBase,
  type InitOptions,
  type LoadConfig,
  type WasmVariant,
  type WebGlueInit,
} from './module.js';
export { type InitInput, type SyncInitInput } from './source.js';
export { simdSupported } from './simd.js';
export { checkInteger, checkNumber, describe, ownBytes, toBytes, type Bytes, type BytesInput } from './validate.js';
export { typedArrayBytes, typedArrayKind } from './typed.js';
export { Float32View } from './views.js';
export { ModuleSlot } from './slot.js';
export { decodeBase64 } from './base64.js';
export { lifecycle, type WasmInfo } from './lifecycle.js';
