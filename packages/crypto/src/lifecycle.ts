import { lifecycle, type GlueBase, type InitInput, type InitOptions, type ModuleSlot, type SyncInitInput, type WasmInfo } from '@org/wasm-runtime';

/** `init`, `initSync`, `wasmInfo` and `__debugPanic` for an entry that loads these families. */
export function familyLifecycle(slots: readonly ModuleSlot<GlueBase>[]) {
  // The runtime's per-module lifecycle, for each family of the entry.
  const each = slots.map((slot) => lifecycle(slot));
  const single = each.length === 1 ? each[0] : undefined;
  const noSource = (source: unknown): void => {
    if (source !== undefined && !single) {
      throw new TypeError('this entry loads several wasm modules: import the family subpath (e.g. @org/wasm-crypto/sha2) to init from a given source');
    }
  };
  return {
    /**
     * Loads the WebAssembly module(s) of this entry. In Node the package is ready at import, and
     * this resolves at once; in browsers, workers and bundlers call it once before anything
     * else. Concurrent and repeated calls share one load. A family subpath (e.g.
     * `@org/wasm-crypto/sha2`) also takes the `.wasm` `source`; the root loads every family.
     *
     * @example
     * ```ts
     * import { init, sha256 } from '@org/wasm-crypto/sha2';
     * await init();
     * sha256('abc');
     * ```
     */
    init: async (source?: InitInput, options?: InitOptions): Promise<void> => {
      noSource(source);
      await Promise.all(each.map((family) => family.init(single ? source : undefined, options)));
    },
    /**
     * Loads the WebAssembly module(s) synchronously; a family subpath takes the `.wasm` bytes or
     * a compiled module. The `inline` entries need no argument.
     *
     * @example
     * ```ts
     * import { initSync, sha256 } from '@org/wasm-crypto/sha2';
     * initSync(await (await fetch(wasmUrl)).arrayBuffer());
     * ```
     */
    initSync: (source?: SyncInitInput, options?: InitOptions): void => {
      noSource(source);
      for (const family of each) family.initSync(single ? source : undefined, options);
    },
    /**
     * Reports whether the module(s) are loaded, which build runs, and their heap and memory
     * sizes (summed over the families of this entry).
     *
     * @example
     * ```ts
     * import { wasmInfo } from '@org/wasm-crypto';
     * console.log(wasmInfo().ready, wasmInfo().heapBytes);
     * ```
     */
    wasmInfo: (): WasmInfo => {
      const infos = each.map((family) => family.wasmInfo());
      return {
        ready: infos.every((info) => info.ready),
        // SIMD if any family runs it; a family not used yet (Node compiles each at its first use) has no variant.
        variant: infos.find((info) => info.variant === 'simd')?.variant ?? infos.find((info) => info.variant !== undefined)?.variant,
        heapBytes: infos.reduce((sum, info) => sum + info.heapBytes, 0),
        memoryBytes: infos.reduce((sum, info) => sum + info.memoryBytes, 0),
      };
    },
    /**
     * Panics inside the (first) WebAssembly module, to test the recovery after a panic. Not for applications.
     * @internal
     */
    __debugPanic: (message: string): void => (each[0] as (typeof each)[number]).debugPanic(message),
  };
}
