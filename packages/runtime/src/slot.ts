/** Where a package's API finds the module its entry (node, web or inline) loaded. */
import type { GlueBase, WasmModule } from './module.js';

export class ModuleSlot<G extends GlueBase> {
  #module: WasmModule<G> | undefined;
  #lazy: (() => WasmModule<G>) | undefined;
  /** The npm package name, for error messages. */
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  set(module: WasmModule<G>): void {
    // Keep the first: a web bundle may load one family through the root and a subpath, which share
    // chunks (and so this slot) but each carry an entry that sets it.
    if (!this.#module && !this.#lazy) this.#module = module;
  }

  /**
   * Like `set`, but the module is made on first use: a Node entry that offers several wasm
   * modules then compiles only those its caller uses (each synchronously, at that first call).
   */
  setLazy(make: () => WasmModule<G>): void {
    if (!this.#module && !this.#lazy) this.#lazy = make;
  }

  /** Whether the module is left to be made at its first use (a lazy Node entry's, not used yet). */
  get deferred(): boolean {
    return !this.#module && this.#lazy !== undefined;
  }

  get(): WasmModule<G> {
    if (!this.#module && this.#lazy) this.#module = this.#lazy();
    if (!this.#module) throw new Error(`${this.name}: import the package itself, not one of its internal files`);
    return this.#module;
  }
}
