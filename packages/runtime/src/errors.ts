/**
 * Errors every @org/wasm-* package throws, beyond the standard `TypeError` and `RangeError`
 * it uses for bad arguments.
 *
 * Each package (and each of its entries) bundles its own copy of these classes, so `instanceof`
 * is answered by a brand rather than by identity: a `WasmPanicError` thrown by
 * `@org/wasm-imaging` is `instanceof` the `WasmPanicError` imported from `@org/wasm-crypto`.
 * @module
 */

/** Shared by every copy of the runtime in a realm, hence `Symbol.for`. */
const KIND = Symbol.for('@org/wasm-runtime/error-kind');

type ErrorKind = 'WasmError' | 'WasmPanicError' | 'NotInitializedError' | 'StaleHandleError';

/** Marks a class's prototype, so that every instance carries the brand. */
function brand(errorClass: { prototype: Error }, kind: ErrorKind): void {
  Object.defineProperty(errorClass.prototype, KIND, { value: kind });
}

function hasKind(value: unknown, kind: ErrorKind): boolean {
  return value instanceof Error && (value as Error & { [KIND]?: ErrorKind })[KIND] === kind;
}

/**
 * The Rust core rejected an input that the TypeScript checks let through.
 *
 * @example
 * ```ts
 * try { run() } catch (e) { if (e instanceof WasmError) console.error(e.message) }
 * ```
 */
export class WasmError extends Error {
  /** Always `'WasmError'`. */
  override readonly name: string = 'WasmError';

  /** True for a WasmError from any @org/wasm-* package or entry (and `instanceof` narrows to it). */
  static override [Symbol.hasInstance](value: unknown): value is WasmError {
    return hasKind(value, 'WasmError');
  }
}

/**
 * The WebAssembly code panicked or trapped: a bug (please report it), or the engine refused
 * memory where the code could not report that as an error. The module has already been
 * re-instantiated, so the next call works; objects created before the panic (hashers, worlds) are
 * gone and throw {@link StaleHandleError} when used.
 *
 * @example
 * ```ts
 * try { run() } catch (e) { if (e instanceof WasmPanicError) console.error('internal error:', e.message) }
 * ```
 */
export class WasmPanicError extends Error {
  /** Always `'WasmPanicError'`. */
  override readonly name: string = 'WasmPanicError';

  /** True for a WasmPanicError from any @org/wasm-* package or entry (and `instanceof` narrows to it). */
  static override [Symbol.hasInstance](value: unknown): value is WasmPanicError {
    return hasKind(value, 'WasmPanicError');
  }
}

/**
 * An API was called before the WebAssembly module was loaded. Call `await init()` once first.
 *
 * @example
 * ```ts
 * try { run() } catch (e) {
 *   if (!(e instanceof NotInitializedError)) throw e;
 *   await init(); // from the same package and entry
 *   run();
 * }
 * ```
 */
export class NotInitializedError extends Error {
  /** Always `'NotInitializedError'`. */
  override readonly name: string = 'NotInitializedError';

  /** True for a NotInitializedError from any @org/wasm-* package or entry (and `instanceof` narrows to it). */
  static override [Symbol.hasInstance](value: unknown): value is NotInitializedError {
    return hasKind(value, 'NotInitializedError');
  }
}

/**
 * An object was used after `dispose()`, or after a panic re-instantiated the module it lived in.
 *
 * @example
 * ```ts
 * resource.dispose(); // a hasher, a world…
 * try { use(resource) } catch (e) { if (e instanceof StaleHandleError) console.log('already disposed') }
 * ```
 */
export class StaleHandleError extends Error {
  /** Always `'StaleHandleError'`. */
  override readonly name: string = 'StaleHandleError';

  /** True for a StaleHandleError from any @org/wasm-* package or entry (and `instanceof` narrows to it). */
  static override [Symbol.hasInstance](value: unknown): value is StaleHandleError {
    return hasKind(value, 'StaleHandleError');
  }
}

brand(WasmError, 'WasmError');
brand(WasmPanicError, 'WasmPanicError');
brand(NotInitializedError, 'NotInitializedError');
brand(StaleHandleError, 'StaleHandleError');
