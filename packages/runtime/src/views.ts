/** Typed-array views over wasm memory that are re-taken whenever they could have gone stale. */
import type { GlueBase, WasmModule } from './module.js';

/**
 * A cached `Float32Array` over `[ptr, ptr + length)` in wasm memory. Memory growth replaces
 * `memory.buffer` (detaching old views) and Rust may move a `Vec`, so `get()` re-checks the buffer,
 * pointer and length on every call; reading it is cheap when nothing changed.
 */
export class Float32View {
  #view = new Float32Array(0);
  #buffer: ArrayBufferLike | undefined;
  readonly #module: WasmModule<GlueBase>;

  constructor(module: WasmModule<GlueBase>) {
    this.#module = module;
  }

  get(ptr: number, length: number): Float32Array {
    const buffer = this.#module.memory().buffer;
    if (buffer !== this.#buffer || this.#view.byteOffset !== ptr || this.#view.length !== length) {
      this.#view = length === 0 ? new Float32Array(0) : new Float32Array(buffer, ptr, length);
      this.#buffer = buffer;
    }
    return this.#view;
  }
}
