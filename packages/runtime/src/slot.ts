/** Where a package's API finds the module its entry (node, web or inline) loaded. */
import type { GlueBase, WasmModule } from './module.js';

export class ModuleSlot<G extends GlueBase> {
  #module: WasmModule<G> | undefined;
  /** The npm package name, for error messages. */
  readonly name: string;

  constructor(name: string) {
    this.name = name;
  }

  set(module: WasmModule<G>): void {
    // Keep the first: a web bundle may load one family through the root and a subpath, which share
    // chunks (and so this slot) but each carry an entry that sets it.
    this.#module ??= module;
  }

  get(): WasmModule<G> {
    if (!this.#module) throw new Error(`${this.name}: import the package itself, not one of its internal files`);
    return this.#module;
  }
}
