/** Ownership of one object living in wasm memory (a hasher, a world). */
import { StaleHandleError } from './errors.js';
import type { GlueBase, WasmModule } from './module.js';

/** What wasm-bindgen generates for every exported Rust struct. */
export interface Freeable {
  free(): void;
}

/**
 * Holds a wasm-bindgen object and knows whether it may still be used: not after `dispose()`,
 * and not after a panic replaced the instance it lived in. wasm-bindgen's own
 * FinalizationRegistry frees objects that are dropped without `dispose()`, as a safety net.
 */
export class HandleCell<T extends Freeable> {
  #inner: T | undefined;
  readonly #epoch: number;
  readonly #module: WasmModule<GlueBase>;
  readonly #kind: string;

  constructor(module: WasmModule<GlueBase>, kind: string, inner: T) {
    this.#module = module;
    this.#epoch = module.epoch;
    this.#kind = kind;
    this.#inner = inner;
  }

  /** The live object, or a StaleHandleError explaining why there is none. */
  get(): T {
    if (this.#inner === undefined) throw new StaleHandleError(`this ${this.#kind} was disposed`);
    // #inner stays set, so that every later use gives this reason too (dispose() clears it).
    if (this.#epoch !== this.#module.epoch) {
      throw new StaleHandleError(`this ${this.#kind} was lost when the module recovered from a panic`);
    }
    return this.#inner;
  }

  get disposed(): boolean {
    return this.#inner === undefined || this.#epoch !== this.#module.epoch;
  }

  /** Frees the object now; later calls do nothing. */
  dispose(): void {
    const inner = this.#inner;
    this.#inner = undefined;
    if (inner !== undefined && this.#epoch === this.#module.epoch) this.#module.call(() => inner.free());
  }
}
