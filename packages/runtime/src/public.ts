/** What every package re-exports from the runtime as part of its public API. */
export { NotInitializedError, StaleHandleError, WasmError, WasmPanicError } from './errors.js';
export type { WasmInfo } from './lifecycle.js';
export type { InitOptions, WasmVariant } from './module.js';
export type { InitInput, SyncInitInput } from './source.js';
export type { Bytes } from './validate.js';
