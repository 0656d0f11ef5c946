/**
 * Errors every @org/wasm-* package throws, beyond the standard `TypeError` and `RangeError`
 * it uses for bad arguments.
 * @module
 */

/**
 * The Rust core rejected an input that the TypeScript checks let through.
 *
 * @example
 * ```ts
 * try { hasher.update(data) } catch (e) { if (e instanceof WasmError) console.error(e.message) }
 * ```
 */
export class WasmError extends Error {
  /** Always `'WasmError'` (unlike `instanceof`, works across realms). */
  override readonly name: string = 'WasmError';
}

/**
 * The WebAssembly code panicked or trapped. The module has already been re-instantiated, so the
 * next call works; objects created before the panic (hashers, worlds) are gone and throw
 * {@link StaleHandleError} when used.
 *
 * @example
 * ```ts
 * try { run() } catch (e) { if (e instanceof WasmPanicError) console.error('internal error:', e.message) }
 * ```
 */
export class WasmPanicError extends Error {
  /** Always `'WasmPanicError'` (unlike `instanceof`, works across realms). */
  override readonly name: string = 'WasmPanicError';
}

/**
 * An API was called before the WebAssembly module was loaded. Call `await init()` once first.
 *
 * @example
 * ```ts
 * import { init, sha256 } from '@org/wasm-crypto';
 * await init();
 * sha256('abc');
 * ```
 */
export class NotInitializedError extends Error {
  /** Always `'NotInitializedError'` (unlike `instanceof`, works across realms). */
  override readonly name: string = 'NotInitializedError';
}

/**
 * An object was used after `dispose()`, or after a panic re-instantiated the module it lived in.
 *
 * @example
 * ```ts
 * const h = sha256.create();
 * h.dispose();
 * h.update('x'); // throws StaleHandleError
 * ```
 */
export class StaleHandleError extends Error {
  /** Always `'StaleHandleError'` (unlike `instanceof`, works across realms). */
  override readonly name: string = 'StaleHandleError';
}
